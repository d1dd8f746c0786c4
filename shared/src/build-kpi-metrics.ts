import { computeAttainmentPercent } from './compute-attainment-percent';
import type { KpiRow } from './dashboard-rows';
import type { KpiMetrics } from './dashboard-types';

/**
 * A KPI with its time series, oldest first, its baseline and deadline, and how far its latest
 * value reaches the target. Without a measured value, or without a direction in the document's
 * wording, the attainment is unknown (null), not 0.
 */
export function buildKpiMetrics(kpi: KpiRow, values: readonly { date: string; value: number; approximate: boolean }[]): KpiMetrics {
	const series = [...values].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, value, approximate }) => ({ date, value, approximate }));
	const last = series.at(-1);
	const latest = last?.value ?? null;
	return {
		id: kpi.id,
		name: kpi.name,
		description: kpi.description,
		unit: kpi.unit,
		target_value: kpi.target_value,
		direction: kpi.direction,
		theme: kpi.theme,
		measure: kpi.measure,
		baseline: kpi.baseline_value === null ? null : { value: kpi.baseline_value, approximate: kpi.baseline_approximate, date: kpi.baseline_date, note: kpi.baseline_note },
		deadline: kpi.deadline_date === null && kpi.deadline_label === null ? null : { date: kpi.deadline_date, label: kpi.deadline_label },
		values: series,
		latest,
		latestApproximate: last?.approximate ?? false,
		attainment_percent: kpi.direction === null ? null : computeAttainmentPercent(kpi.target_value, latest, kpi.direction),
	};
}
