import type { StatusMetrics } from './dashboard-types';
import { summarizeFieldSnapshots, type FieldSnapshotCounts } from './summarize-field-snapshots';
import { summarizeMeasures, type MeasureSummary } from './summarize-measures';
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
	/** The measures, or their summary (the start page's cards summarise SQL totals instead of rows). */
	measures: readonly MeasureFigures[] | MeasureSummary;
	snapshots: readonly FieldSnapshotCounts[];
}): StatusMetrics {
	const measures = isSummary(input.measures) ? input.measures : summarizeMeasures(input.measures);
	if (input.snapshots.length > 0) {
		const summary = summarizeFieldSnapshots(input.snapshots);
		return {
			total: summary.total,
			byStatus: null,
			unspecified: null,
			completed: summary.completed,
			inProgress: summary.inProgress,
			completedShare: summary.completedShare,
			source: 'snapshots',
		};
	}
	if (measures.total > 0) {
		return {
			total: measures.total,
			byStatus: measures.byStatus,
			unspecified: measures.unspecified,
			completed: measures.byStatus.completed,
			inProgress: measures.byStatus.in_progress,
			completedShare: measures.completedShare,
			source: 'measures',
		};
	}
	// Nothing reported: every figure unknown, none of them 0.
	return { total: null, byStatus: null, unspecified: null, completed: null, inProgress: null, completedShare: null, source: null };
}

type MeasureFigures = { status: MeasureStatus | null; progress_percent: number | null };

function isSummary(measures: readonly MeasureFigures[] | MeasureSummary): measures is MeasureSummary {
	return !Array.isArray(measures);
}
