import type { MeasureStatus, PriorityClass } from './types';

/** A measure's live values that a closed report freezes. */
export interface LiveMeasureValues {
	status: MeasureStatus | null;
	progress_current: number | null;
	progress_target: number | null;
	priority_class: PriorityClass | null;
	progress_text: string | null;
	next_steps: string | null;
}

/** The same values as a closed report froze them. */
export interface FrozenMeasureValues {
	status: MeasureStatus | null;
	progress_value: number | null;
	progress_target: number | null;
	priority_class: PriorityClass | null;
	progress_text: string | null;
	next_steps: string | null;
}

/**
 * Whether closing a report now would record something new for the measure: true without an
 * update in the last closed report (a new measure), else when any frozen value differs. Empty
 * text and no text count as the same, since an editor who clears a field has said nothing new.
 */
export function hasChangedSinceReport(measure: LiveMeasureValues, frozen: FrozenMeasureValues | null): boolean {
	if (frozen === null) return true;
	const text = (value: string | null) => (value ?? '').trim();
	const number = (value: number | null) => (value === null ? null : Number(value));
	return (
		measure.status !== frozen.status ||
		number(measure.progress_current) !== number(frozen.progress_value) ||
		number(measure.progress_target) !== number(frozen.progress_target) ||
		measure.priority_class !== frozen.priority_class ||
		text(measure.progress_text) !== text(frozen.progress_text) ||
		text(measure.next_steps) !== text(frozen.next_steps)
	);
}
