import { errorMessage, errorStatus } from '../api/directus-client';
import { FORM_FIELDS, type FormField } from './reporting-form';

/** Where a refused submission's message belongs: at one field of the form, or above it. */
export interface PlacedError {
	field: FormField | null;
	message: string;
	status: number | null;
}

/**
 * The field labels the server's German messages quote (the same labels the Studio shows), in
 * the order they are tried: "Beschreibung des Fortschritts" before the plain "Fortschritt".
 */
const QUOTED_LABELS: [RegExp, FormField][] = [
	[/„Beschreibung des Fortschritts“/, 'progress_text'],
	[/„(Beschreibung der nächsten Tätigkeiten|Nächste Tätigkeiten|Nächste Schritte)“/, 'next_steps'],
	[/„(Fortschritt|Abschluss bei)“/, 'progress_current'],
	[/\bStatus\b/, 'status'],
];

/** Field names the server may give in `extensions.field`; `progress_value` is a report's name for the same value. */
const FIELD_ALIASES: Record<string, FormField> = { progress_value: 'progress_current', progress_target: 'progress_current' };

/**
 * The form field the server names in `extensions.field`: null when it names something that is
 * no field of the form (the report, say), undefined when it names nothing.
 */
function namedField(error: unknown): FormField | null | undefined {
	const errors = (error as { errors?: { extensions?: Record<string, unknown> }[] } | null)?.errors;
	const extensions = Array.isArray(errors) ? errors[0]?.extensions : undefined;
	if (!extensions || !('field' in extensions)) return undefined;
	const field = extensions['field'];
	if (typeof field !== 'string') return null;
	if ((FORM_FIELDS as readonly string[]).includes(field)) return field as FormField;
	return FIELD_ALIASES[field] ?? null;
}

/**
 * Places the server's answer to a submission: the field it names (`extensions.field`) or, where it
 * names none, the field whose label its message quotes. A refusal for the measure as a whole
 * (another owner's measure, a closed report: the server names `report` or nothing of the form)
 * and network failures stay above the form.
 */
export function placeSubmissionError(error: unknown): PlacedError {
	const status = errorStatus(error);
	const message = errorMessage(error);
	if (status !== 400) return { field: null, message, status };
	const named = namedField(error);
	const field = named !== undefined ? named : (QUOTED_LABELS.find(([pattern]) => pattern.test(message))?.[1] ?? null);
	return { field, message, status };
}
