import { roundTo } from './round-to';
import { MEASURE_STATUSES, type MeasureStatus } from './types';

export interface MeasureSummary {
	total: number;
	/** Every status is present, with 0 where no measure has it, so charts keep a fixed order. */
	byStatus: Record<MeasureStatus, number>;
	/** Percentage of measures completed, two decimals; null when there are no measures. */
	completedShare: number | null;
	/** Mean progress over the measures that report one, two decimals; null when none does. */
	meanProgress: number | null;
	/** How many measures the mean progress rests on, so a reader can judge it. */
	progressCoverage: { withValue: number; total: number };
}

export function summarizeMeasures(
	measures: readonly { status: MeasureStatus; progress_percent: number | null }[],
): MeasureSummary {
	const byStatus = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;
	for (const measure of measures) byStatus[measure.status] += 1;

	const total = measures.length;
	// A measure without a progress value is unknown, not at 0 %, so it stays out of the mean.
	const progressValues = measures.flatMap((m) => (m.progress_percent === null ? [] : [m.progress_percent]));
	const progressSum = progressValues.reduce((sum, value) => sum + value, 0);

	return {
		total,
		byStatus,
		completedShare: total === 0 ? null : roundTo((100 * byStatus.completed) / total, 2),
		meanProgress: progressValues.length === 0 ? null : roundTo(progressSum / progressValues.length, 2),
		progressCoverage: { withValue: progressValues.length, total },
	};
}
