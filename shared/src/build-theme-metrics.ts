import { buildStatusMetrics } from './build-status-metrics';
import type { ThemeRow } from './dashboard-rows';
import type { KpiMetrics, ThemeMetrics } from './dashboard-types';
import { roundTo } from './round-to';
import type { FieldSnapshotCounts } from './summarize-field-snapshots';
import { summarizeAnnualGoals } from './summarize-annual-goals';
import { summarizeMeasures } from './summarize-measures';
import type { MeasureStatus } from './types';

export interface ThemeItems {
	measures: readonly { status: MeasureStatus | null; progress_percent: number | null; priority_score: number | null }[];
	/** Annual goals whose action field has the theme. */
	goals: readonly { attainment_percent: number | null }[];
	kpis: readonly KpiMetrics[];
	/** The latest snapshot of each project field that has the theme. */
	snapshots: readonly FieldSnapshotCounts[];
}

/**
 * One district's figures on one theme, or null when the district has nothing on it, so a
 * comparison shows a gap instead of a row of zeros.
 *
 * Counts are null, not 0, when the theme is covered only by other kinds of data: a district
 * that tracks a theme through project-field counts or annual goals has not reported "no
 * measures" there.
 */
export function buildThemeMetrics(theme: ThemeRow, items: ThemeItems): ThemeMetrics | null {
	const { measures, goals, kpis, snapshots } = items;
	if (measures.length === 0 && goals.length === 0 && kpis.length === 0 && snapshots.length === 0) return null;

	const progress = summarizeMeasures(measures);
	// A measure without a score is unrated, not rated 0, so it stays out of the mean.
	const scores = measures.flatMap((m) => (m.priority_score === null ? [] : [m.priority_score]));
	return {
		theme: { id: theme.id, name: theme.name },
		measureCount: measures.length > 0 ? measures.length : null,
		status: buildStatusMetrics({ measures, snapshots }),
		meanProgress: progress.meanProgress,
		progressCoverage: progress.progressCoverage,
		meanScore: scores.length === 0 ? null : roundTo(scores.reduce((sum, s) => sum + s, 0) / scores.length, 2),
		goalCount: goals.length > 0 ? goals.length : null,
		meanAttainment: summarizeAnnualGoals(goals).meanAttainment,
		kpis: [...kpis],
	};
}
