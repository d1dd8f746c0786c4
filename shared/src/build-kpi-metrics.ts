import { computeAttainmentPercent } from './compute-attainment-percent';
import type { KpiRow } from './dashboard-rows';
import type { KpiMetrics } from './dashboard-types';

/**
 * A KPI with its time series, oldest first, and how far its latest value reaches the target.
 * Without a measured value the attainment is unknown (null), not 0.
 */
export function buildKpiMetrics(kpi: KpiRow, values: readonly { date: string; value: number }[]): KpiMetrics {
	const series = [...values].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, value }) => ({ date, value }));
	const latest = series.at(-1)?.value ?? null;
	return {
		id: kpi.id,
		name: kpi.name,
		description: kpi.description,
		unit: kpi.unit,
		target_value: kpi.target_value,
		direction: kpi.direction,
		theme: kpi.theme,
		values: series,
		latest,
		attainment_percent: computeAttainmentPercent(kpi.target_value, latest, kpi.direction),
	};
}
