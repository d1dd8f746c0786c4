import { createI18n } from 'vue-i18n';
import { de, type Messages } from './de';

/** The app speaks German only; vue-i18n still keeps the texts out of the components. */
export const i18n = createI18n<[Messages], 'de', false>({
	legacy: false,
	locale: 'de',
	fallbackLocale: 'de',
	messages: { de },
});
