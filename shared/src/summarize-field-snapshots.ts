import { roundTo } from './round-to';

export interface FieldSnapshotCounts {
	total_count: number | null;
	completed_count: number | null;
	completing_soon_count: number | null;
	in_progress_count: number | null;
	ongoing_count: number | null;
}

export interface FieldSnapshotSummary {
	total: number | null;
	completed: number | null;
	/** Projects still running, including those about to be completed. */
	inProgress: number | null;
	ongoing: number | null;
	/** Percentage completed, two decimals; null unless both completed and total are known. */
	completedShare: number | null;
}

/**
 * Sums the per-field counts of districts that report no individual projects (Kreis Unna).
 * A count no snapshot states stays null: a district that reports nothing must not look as if
 * it had reported 0.
 */
export function summarizeFieldSnapshots(snapshots: readonly FieldSnapshotCounts[]): FieldSnapshotSummary {
	const total = sumOfStated(snapshots.map((s) => s.total_count));
	const completed = sumOfStated(snapshots.map((s) => s.completed_count));

	return {
		total,
		completed,
		// "Finishing soon" is a subset of running projects, so both count as in progress.
		inProgress: sumOfStated(snapshots.flatMap((s) => [s.in_progress_count, s.completing_soon_count])),
		ongoing: sumOfStated(snapshots.map((s) => s.ongoing_count)),
		completedShare: total === null || completed === null || total <= 0 ? null : roundTo((100 * completed) / total, 2),
	};
}

function sumOfStated(values: readonly (number | null)[]): number | null {
	const stated = values.filter((value): value is number => value !== null);
	return stated.length === 0 ? null : stated.reduce((sum, value) => sum + value, 0);
}
