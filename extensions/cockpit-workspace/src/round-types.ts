import type { LiveMeasureValues, MeasureStatus } from '@cockpit/shared';

/** A measure as the Berichtsrunde shows and edits it. */
export interface RoundMeasure extends LiveMeasureValues {
	id: string;
	code: string | null;
	title: string;
	date_created: string | null;
	planned_date: string | null;
	owner: { id: string; name: string } | null;
}

/** The fields a clerk edits in a row; each is saved on its own. */
export type Editable = 'status' | 'progress_current' | 'progress_target' | 'progress_text' | 'next_steps';

export const FIELD_LABELS: Record<Editable, string> = {
	status: 'Status',
	progress_current: 'Fortschritt',
	progress_target: 'Abschluss bei',
	progress_text: 'Beschreibung des Fortschritts',
	next_steps: 'Nächste Tätigkeiten',
};

/** What an owner reported for a measure in the draft report (progress_submissions). */
export interface Submission {
	id: string;
	measure: string;
	state: 'submitted' | 'accepted' | 'returned';
	status: MeasureStatus | null;
	progress_current: number | null;
	progress_text: string | null;
	next_steps: string | null;
	submitted_at: string | null;
	review_note: string | null;
}

/** A value the server refused, kept with the field until a later save of it succeeds. */
export interface FailedSave {
	value: unknown;
	message: string;
}
