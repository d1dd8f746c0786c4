import { checkProgress, checkRequired, checkStatus } from './input-rules';

/** The values an owner submits for a measure. */
export interface SubmissionValues {
	status: unknown;
	progress_current: unknown;
	progress_text: unknown;
	next_steps: unknown;
}

/** A refused value and the field it belongs to, so a form can show the message beside it. */
export interface FieldProblem {
	field: keyof SubmissionValues;
	message: string;
}

/** Characters per text of a submission; a Word page holds about 3,000. */
export const MAX_SUBMISSION_TEXT = 10_000;

const TEXT_LABELS = { progress_text: 'Beschreibung des Fortschritts', next_steps: 'Nächste Tätigkeiten' } as const;

/**
 * The first value of a submission that the measure would refuse, or null. Status and progress
 * go through the very checks the compute hook runs on a direct edit of the measure (same rule,
 * same German message), with the measure's own completion mark ("Abschluss bei"): what the
 * Redaktion could not type into the measure, an owner cannot submit either.
 */
export function checkSubmissionValues(values: SubmissionValues, measure: { progress_target: unknown }): FieldProblem | null {
	const status = checkRequired({ status: 'Status' }, values as unknown as Record<string, unknown>) ?? checkStatus(values.status);
	if (status) return { field: 'status', message: status };
	const progress = checkProgress(values.progress_current, measure.progress_target);
	if (progress) return { field: 'progress_current', message: progress };
	for (const field of ['progress_text', 'next_steps'] as const) {
		const text = values[field];
		if (text === null || text === undefined) continue;
		if (typeof text !== 'string') return { field, message: `„${TEXT_LABELS[field]}“ muss ein Text sein.` };
		if (text.length > MAX_SUBMISSION_TEXT) {
			return { field, message: `„${TEXT_LABELS[field]}“ ist zu lang: höchstens ${MAX_SUBMISSION_TEXT.toLocaleString('de-DE')} Zeichen (angegeben: ${text.length.toLocaleString('de-DE')}).` };
		}
	}
	return null;
}
