import { MEASURE_STATUSES, type StatusMetrics } from '@cockpit/shared';
import { statusLabel } from '../lib/format';

/** A status column of the charts: a domain status, or `unspecified` for measures whose document gives none. */
export type StatusKey = (typeof MEASURE_STATUSES)[number] | 'unspecified';

/** The fixed order of the columns; "nicht angegeben" last. */
export const STATUS_KEYS: readonly StatusKey[] = [...MEASURE_STATUSES, 'unspecified'];

/** "In Umsetzung", and "nicht angegeben" for `unspecified`. */
export function statusKeyLabel(key: StatusKey): string {
	return statusLabel(key === 'unspecified' ? null : key);
}

/**
 * The status counts a district states. From measures every status is known (0 included), and
 * measures without a status count as "nicht angegeben"; from project-field counts only
 * "completed" and "in progress" are, and the other statuses stay absent rather than 0. Null
 * when the district states no counts at all.
 */
export function statedStatusCounts(status: StatusMetrics): Partial<Record<StatusKey, number>> | null {
	if (status.byStatus) return status.unspecified ? { ...status.byStatus, unspecified: status.unspecified } : status.byStatus;
	const stated: Partial<Record<StatusKey, number>> = {};
	if (status.completed !== null) stated.completed = status.completed;
	if (status.inProgress !== null) stated.in_progress = status.inProgress;
	return Object.keys(stated).length ? stated : null;
}

/** Statuses with a count above 0, in the fixed order. */
export function presentStatuses(counts: readonly (Partial<Record<StatusKey, number>> | null)[]): StatusKey[] {
	return STATUS_KEYS.filter((status) => counts.some((c) => (c?.[status] ?? 0) > 0));
}
