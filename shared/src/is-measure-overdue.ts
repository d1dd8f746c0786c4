import { FINISHED_STATUSES, type MeasureStatus } from './types';

/** The fields of a measure that decide whether it is overdue. */
export interface OverdueInput {
	planned_date: string | null;
	status: MeasureStatus | null;
}

/**
 * Whether a measure is overdue: its planned date (`Geplant bis`, an ISO date) lies before
 * `today` (an ISO date, `YYYY-MM-DD`) and it is neither completed nor ended. The due day itself
 * is not overdue yet. A measure without a planned date is never overdue: the documents often
 * name only a year or nothing, and "no date" must not read as "late".
 */
export function isMeasureOverdue(measure: OverdueInput, today: string): boolean {
	if (!measure.planned_date) return false;
	if (measure.status !== null && FINISHED_STATUSES.includes(measure.status)) return false;
	// Dates may come as timestamps ("2024-06-30T00:00:00"); only the day counts.
	return measure.planned_date.slice(0, 10) < today.slice(0, 10);
}
