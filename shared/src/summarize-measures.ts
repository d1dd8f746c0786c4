import { summarizeMeasureTotals, type MeasureTotals } from './summarize-measure-totals';
import { MEASURE_STATUSES, type MeasureStatus } from './types';

export interface MeasureSummary {
	total: number;
	/** Every status is present, with 0 where no measure has it, so charts keep a fixed order. */
	byStatus: Record<MeasureStatus, number>;
	/** Measures whose document gives no status: in `total`, in no `byStatus` entry. */
	unspecified: number;
	/** Percentage of measures completed, two decimals; null when there are no measures. */
	completedShare: number | null;
	/** Mean progress over the measures that report one, two decimals; null when none does. */
	meanProgress: number | null;
	/** How many measures the mean progress rests on, so a reader can judge it. */
	progressCoverage: { withValue: number; total: number };
}

/** Counts the measures per status, then summarises them as the cards do from SQL totals. */
export function summarizeMeasures(
	measures: readonly { status: MeasureStatus | null; progress_percent: number | null }[],
): MeasureSummary {
	const totals = new Map<MeasureStatus | null, MeasureTotals>(
		[...MEASURE_STATUSES, null].map((status) => [status, { status, count: 0, progressCount: 0, progressHundredths: 0 }]),
	);
	for (const measure of measures) {
		const row = totals.get(measure.status)!;
		row.count += 1;
		if (measure.progress_percent === null) continue;
		row.progressCount += 1;
		row.progressHundredths += Math.round(measure.progress_percent * 100);
	}
	return summarizeMeasureTotals([...totals.values()]);
}
