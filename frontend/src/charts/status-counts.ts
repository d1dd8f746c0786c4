import { MEASURE_STATUSES, type MeasureStatus, type StatusMetrics } from '@cockpit/shared';

/**
 * The status counts a district states. From measures every status is known (0 included); from
 * project-field counts only "completed" and "in progress" are, and the other statuses stay
 * absent rather than 0. Null when the district states no counts at all.
 */
export function statedStatusCounts(status: StatusMetrics): Partial<Record<MeasureStatus, number>> | null {
	if (status.byStatus) return status.byStatus;
	const stated: Partial<Record<MeasureStatus, number>> = {};
	if (status.completed !== null) stated.completed = status.completed;
	if (status.inProgress !== null) stated.in_progress = status.inProgress;
	return Object.keys(stated).length ? stated : null;
}

/** Statuses with a count above 0, in the fixed order of the domain. */
export function presentStatuses(counts: readonly (Partial<Record<MeasureStatus, number>> | null)[]): MeasureStatus[] {
	return MEASURE_STATUSES.filter((status) => counts.some((c) => (c?.[status] ?? 0) > 0));
}
