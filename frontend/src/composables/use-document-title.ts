import { watchEffect, type Ref } from 'vue';
import { de } from '../i18n/de';

/** Page title "Kreis Viersen – Digitalisierungs-Cockpit", so tabs and history tell pages apart. */
export function useDocumentTitle(title: Readonly<Ref<string | null>>): void {
	watchEffect(() => {
		document.title = title.value ? `${title.value} – ${de.app.title}` : de.app.title;
	});
}
