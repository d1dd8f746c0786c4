import type { MeasureSummary } from './summarize-measures';
import { MEASURE_STATUSES, type MeasureStatus } from './types';

/**
 * The measures of one status, counted: what a SQL `GROUP BY status` returns, so a summary of
 * thousands of measures needs no measure rows.
 *
 * Progress is summed in hundredths of a percent (stored percentages have two decimals), an
 * integer, so the database and JavaScript add it up to exactly the same total and the mean
 * does not depend on the order of a floating-point sum.
 */
export interface MeasureTotals {
	/** null: measures whose document gives no status (their own group, as SQL groups NULL). */
	status: MeasureStatus | null;
	count: number;
	/** Measures of this status that report a progress percentage. */
	progressCount: number;
	/** Σ round(progress_percent × 100) over those measures. */
	progressHundredths: number;
}

/** The summary of all measures from their totals per status (statuses may repeat; null is "not stated"). */
export function summarizeMeasureTotals(totals: readonly MeasureTotals[]): MeasureSummary {
	const byStatus = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;
	let unspecified = 0;
	let total = 0;
	let withProgress = 0;
	let hundredths = 0;
	for (const row of totals) {
		if (row.status === null) unspecified += row.count;
		else byStatus[row.status] += row.count;
		total += row.count;
		withProgress += row.progressCount;
		hundredths += row.progressHundredths;
	}
	return {
		total,
		byStatus,
		unspecified,
		// Over all measures, those without a status included: they are part of the work to do.
		completedShare: total === 0 ? null : roundHalfUp((10_000 * byStatus.completed) / total) / 100,
		// A measure without a progress value is unknown, not at 0 %, so it stays out of the mean.
		meanProgress: withProgress === 0 ? null : roundHalfUp(hundredths / withProgress) / 100,
		progressCoverage: { withValue: withProgress, total },
	};
}

/** Integer division results are exact in binary where they end in .5, so this rounds as on paper. */
function roundHalfUp(value: number): number {
	return Math.floor(value + 0.5);
}
