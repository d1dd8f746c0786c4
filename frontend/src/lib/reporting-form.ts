import type { MeasureStatus } from '@cockpit/shared';
import type { ReportingMeasure, SubmissionPayload } from '../api/reporting-api';
import { de } from '../i18n/de';
import { fill } from './format';

/** The fields of a measure's report form, named as the API names them, so errors map onto them. */
export const FORM_FIELDS = ['status', 'progress_current', 'progress_text', 'next_steps'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the form holds while someone types: text as typed, the number still unparsed. */
export interface MeasureForm {
	/** Empty while a measure without a status has none chosen. */
	status: MeasureStatus | '';
	progress: string;
	progressText: string;
	nextSteps: string;
}

export type FieldErrors = Partial<Record<FormField, string>>;

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value).replace('.', ','));

/**
 * The form a measure starts with: what its owner sent last where the server says so and it is
 * not taken over yet (so a returned report can be corrected), otherwise the measure's live values.
 */
export function formFromMeasure(measure: ReportingMeasure): MeasureForm {
	const sent = measure.submission && measure.submission.state !== 'accepted' ? measure.submission : null;
	const pick = <K extends 'status' | 'progress_current' | 'progress_text' | 'next_steps'>(field: K) => (sent ? sent[field] : measure[field]);
	return {
		status: pick('status') ?? measure.status ?? '',
		progress: numberText(pick('progress_current')),
		progressText: pick('progress_text') ?? '',
		nextSteps: pick('next_steps') ?? '',
	};
}

/** "2,5", "2.5" and " 3 " as numbers; null for an empty field, NaN for anything else. */
export function parseGermanNumber(text: string): number | null {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return Number.NaN;
	return Number(trimmed.replace(',', '.'));
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The request body for one measure's report, or the fields the browser can already tell are not
 * a value at all. Whether a value is allowed (progress within 0 and the target, a status given
 * and known) is the server's rule, checked there by the same code as a direct edit, so it is not
 * repeated here. A measure without a target takes no progress value, so none is sent.
 */
export function toSubmissionPayload(
	form: MeasureForm,
	ids: { report: string; measure: string; target: number | null },
): { payload: SubmissionPayload; errors: null } | { payload: null; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const progress = ids.target === null ? null : parseGermanNumber(form.progress);
	if (progress !== null && Number.isNaN(progress)) errors.progress_current = fill(de.reporting.errors.notANumber, { value: form.progress.trim() });
	if (Object.keys(errors).length > 0) return { payload: null, errors };
	return {
		payload: {
			report: ids.report,
			measure: ids.measure,
			status: form.status === '' ? null : form.status,
			progress_current: progress,
			progress_text: textOrNull(form.progressText),
			next_steps: textOrNull(form.nextSteps),
		},
		errors: null,
	};
}
