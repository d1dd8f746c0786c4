import { formatApproximate, formatGermanDate, MEASURE_STATUS_LABELS, NOT_STATED_LABEL, type MeasureStatus } from '@cockpit/shared';
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

/**
 * Which form of a message with `|`-separated forms a count takes, German style: with two forms
 * "1 Maßnahme | {count} Maßnahmen" (1 is singular, 0 and everything else plural); with three,
 * "keine | eine | {count}" (0, 1, more). vue-i18n uses the same rule (see i18n/index.ts), so a
 * message reads alike in a component and in pure code.
 */
export function pluralIndex(count: number, forms: number): number {
	const n = Math.abs(count);
	if (forms >= 3) return n === 0 ? 0 : n === 1 ? 1 : 2;
	if (forms === 2) return n === 1 ? 0 : 1;
	return 0;
}

/**
 * The form of `template` for `count`, with its placeholders filled (`{count}` and `{n}` are the
 * count itself, German-formatted): plural('eine Maßnahme | {count} Maßnahmen', 3) is "3 Maßnahmen".
 */
export function plural(template: string, count: number, values: Record<string, string | number> = {}): string {
	const forms = template.split('|').map((form) => form.trim());
	const form = forms[pluralIndex(count, forms.length)] ?? forms[forms.length - 1]!;
	const formatted = numberFormat(2).format(count);
	return fill(form, { count: formatted, n: formatted, ...values });
}

/**
 * A reading that may be approximate: "ca. 2,5", "ca. 60 %" (through the shared formatApproximate,
 * as the print view and the Word export); "keine Angabe" when there is none.
 */
export function formatReading(value: number | null | undefined, approximate: boolean | null | undefined, unit: string | null = null): string {
	return value === null || value === undefined ? NO_DATA : formatApproximate(value, Boolean(approximate), unit);
}

/** Progress "ca. 2,5 von 10": the estimate keeps its "ca." */
export function formatProgressReading(current: number | null | undefined, target: number | null | undefined, approximate: boolean | null | undefined): string {
	if (current === null || current === undefined || target === null || target === undefined) return NO_DATA;
	return fill(de.common.of, { current: formatApproximate(current, Boolean(approximate)), target: numberFormat(2).format(target) });
}

/** A measure's status in German; a status the document does not give reads "nicht angegeben". */
export function statusLabel(status: MeasureStatus | null | undefined): string {
	return status ? MEASURE_STATUS_LABELS[status] : NOT_STATED_LABEL;
}
