import { createI18n } from 'vue-i18n';
import { pluralIndex } from '../lib/format';
import { de, type Messages } from './de';

/** The app speaks German only; vue-i18n still keeps the texts out of the components. */
export const i18n = createI18n<[Messages], 'de', false>({
	legacy: false,
	locale: 'de',
	fallbackLocale: 'de',
	messages: { de },
	// One plural rule for components (t(key, values, count)) and pure code (plural() in lib/format).
	pluralRules: { de: pluralIndex },
});
