import type { SubmissionValues } from './check-submission-values';

/** A submission as POST /reporting/submissions receives it; absent values are `undefined`. */
export interface SubmissionRequest {
	report: string;
	measure: string;
	values: Partial<SubmissionValues>;
}

const FIELDS = ['report', 'measure', 'status', 'progress_current', 'progress_text', 'next_steps'] as const;
const VALUE_FIELDS = ['status', 'progress_current', 'progress_text', 'next_steps'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_LABELS = { report: 'den Sachstandsbericht', measure: 'die Maßnahme' } as const;

/**
 * The shape of a submission before anything is read: an object with a report and a measure
 * (UUIDs) and nothing but the contract's fields, so a misspelt field is named instead of being
 * dropped silently. Whether the values are allowed is checkSubmissionValues' part.
 */
export function parseSubmissionBody(body: unknown): { request: SubmissionRequest; problem: null } | { request: null; problem: { field: string | null; message: string } } {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return { request: null, problem: { field: null, message: `Bitte die Meldung als JSON-Objekt mit den Feldern ${FIELDS.join(', ')} senden.` } };
	}
	const input = body as Record<string, unknown>;
	const unknown = Object.keys(input).filter((key) => !(FIELDS as readonly string[]).includes(key));
	if (unknown.length > 0) {
		return { request: null, problem: { field: unknown[0]!, message: `Unbekanntes Feld „${unknown[0]!}“. Erlaubt sind: ${FIELDS.join(', ')}.` } };
	}
	for (const key of ['report', 'measure'] as const) {
		const value = input[key];
		if (value === undefined || value === null || value === '') return { request: null, problem: { field: key, message: `Bitte „${key}“ (${KEY_LABELS[key]}) angeben.` } };
		if (typeof value !== 'string' || !UUID.test(value)) {
			return { request: null, problem: { field: key, message: `„${key}“ muss die Kennung (UUID) für ${KEY_LABELS[key]} sein (angegeben: ${JSON.stringify(value).slice(0, 80)}).` } };
		}
	}
	const values = Object.fromEntries(VALUE_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])) as Partial<SubmissionValues>;
	return { request: { report: String(input['report']).toLowerCase(), measure: String(input['measure']).toLowerCase(), values }, problem: null };
}
