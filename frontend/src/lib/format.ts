import { formatGermanDate } from '@cockpit/shared';
import { de } from '../i18n/de';

/**
 * German formatting for figures the API may leave out. Every function here takes `null` and
 * answers "keine Angabe": a value a district does not report must never read as 0.
 */
export const NO_DATA = de.common.noData;

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(maxDigits: number): Intl.NumberFormat {
	let format = numberFormats.get(maxDigits);
	if (!format) {
		format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: maxDigits });
		numberFormats.set(maxDigits, format);
	}
	return format;
}

/** Fills vue-i18n style placeholders (`{name}`) for code that runs outside components. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

export function formatNumber(value: number | null | undefined, maxDigits = 2): string {
	return value === null || value === undefined ? NO_DATA : numberFormat(maxDigits).format(value);
}

/** "45,5 %" (German typography puts a space before the sign). */
export function formatPercent(value: number | null | undefined, maxDigits = 1): string {
	return value === null || value === undefined ? NO_DATA : `${numberFormat(maxDigits).format(value)} %`;
}

/** A value with its unit; "%" and words alike follow after a space. */
export function formatWithUnit(value: number | null | undefined, unit: string | null): string {
	if (value === null || value === undefined) return NO_DATA;
	return unit ? `${numberFormat(2).format(value)} ${unit}` : numberFormat(2).format(value);
}

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
export function formatEuro(value: number | null | undefined): string {
	// Intl puts a no-break space before "€"; a plain one keeps texts and tests predictable.
	return value === null || value === undefined ? NO_DATA : euro.format(value).replace(/\u00a0/g, ' ');
}

/** ISO date (YYYY-MM-DD or a full timestamp) as "01.08.2022". */
export function formatDate(value: string | null | undefined): string {
	return value ? formatGermanDate(value) : NO_DATA;
}

/**
 * A moment as "01.12.2026, 14:30 Uhr" in the reader's time zone (or the one given, for tests).
 * A value that is no date comes back as it is.
 */
export function formatDateTime(value: string | null | undefined, timeZone?: string): string {
	if (!value) return NO_DATA;
	const moment = new Date(value);
	if (Number.isNaN(moment.getTime())) return value;
	const text = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(moment);
	return `${text} Uhr`;
}

/** Progress on the district's own scale, "3 von 8"; unknown unless both parts are known. */
export function formatProgress(current: number | null | undefined, target: number | null | undefined): string {
	if (current === null || current === undefined || target === null || target === undefined) return NO_DATA;
	return fill(de.common.of, { current: numberFormat(2).format(current), target: numberFormat(2).format(target) });
}

/** Compares codes as the documents number them: "2" before "10", "I.2" before "I.10". */
export function compareCodes(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a.localeCompare(b, 'de', { numeric: true });
}
