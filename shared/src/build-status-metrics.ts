import type { StatusMetrics } from './dashboard-types';
import { summarizeFieldSnapshots, type FieldSnapshotCounts } from './summarize-field-snapshots';
import { summarizeMeasures } from './summarize-measures';
import type { MeasureStatus } from './types';

/**
 * Counts by status for a set of measures and project-field snapshots (the latest per field).
 *
 * Where a district counts its projects per project field (Kreis Unna), those counts are its
 * own tally of the work, and the few individual measures it lists besides (Unna's outlook for
 * 2023/24) are not part of that tally; so snapshots win over measures. Snapshot counts name no
 * planned or idea stage, so `byStatus` stays null rather than showing zeros nobody reported.
 */
export function buildStatusMetrics(input: {
	measures: readonly { status: MeasureStatus; progress_percent: number | null }[];
	snapshots: readonly FieldSnapshotCounts[];
}): StatusMetrics {
	if (input.snapshots.length > 0) {
		const summary = summarizeFieldSnapshots(input.snapshots);
		return {
			total: summary.total,
			byStatus: null,
			completed: summary.completed,
			inProgress: summary.inProgress,
			completedShare: summary.completedShare,
			source: 'snapshots',
		};
	}
	if (input.measures.length > 0) {
		const summary = summarizeMeasures(input.measures);
		return {
			total: summary.total,
			byStatus: summary.byStatus,
			completed: summary.byStatus.completed,
			inProgress: summary.byStatus.in_progress,
			completedShare: summary.completedShare,
			source: 'measures',
		};
	}
	// Nothing reported: every figure unknown, none of them 0.
	return { total: null, byStatus: null, completed: null, inProgress: null, completedShare: null, source: null };
}
