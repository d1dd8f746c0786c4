import { FINISHED_STATUSES, type MeasureStatus } from './types';

export interface FreezeCandidate {
	id: string;
	status: MeasureStatus | null;
	/** When the measure was created (ISO timestamp); null where the database does not know. */
	date_created: string | null;
}

export interface PreviousClosedReport {
	/** When the previous report was closed (ISO timestamp); null where not recorded. */
	closed_at: string | null;
	/** Its frozen updates: which measure, in which status. */
	updates: { measure: string; status: MeasureStatus | null }[];
}

/**
 * The measures a report freezes when it is closed, in the given order: every measure that was
 * still running at the previous closed report (its frozen status there is neither completed nor
 * ended; an update without a status counts as running, so nothing is lost), plus the measures
 * created since that report was closed. Without a previous report, every measure.
 *
 * A measure without an update in the previous report was either finished before it (then it
 * stays out: the report before already said so) or is new. Where a creation time or closing
 * time is unknown, a measure that is running now is taken as new rather than silently dropped.
 */
export function selectMeasuresToFreeze(measures: readonly FreezeCandidate[], previous: PreviousClosedReport | null): string[] {
	if (previous === null) return measures.map((m) => m.id);
	const statusThen = new Map(previous.updates.map((u) => [u.measure, u.status]));
	const closedAt = previous.closed_at === null ? Number.NaN : Date.parse(previous.closed_at);
	const running = (status: MeasureStatus | null) => status === null || !FINISHED_STATUSES.includes(status);
	return measures
		.filter((m) => {
			if (statusThen.has(m.id)) return running(statusThen.get(m.id) ?? null);
			const created = m.date_created === null ? Number.NaN : Date.parse(m.date_created);
			if (Number.isNaN(created) || Number.isNaN(closedAt)) return running(m.status);
			return created > closedAt;
		})
		.map((m) => m.id);
}
