import type { KpiMetrics } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { formatDate, formatWithUnit } from '../lib/format';
import { PRIMARY, TARGET_LINE } from './palette';

/** "mindestens 75 %" */
export function kpiTargetValue(kpi: Pick<KpiMetrics, 'target_value' | 'unit' | 'direction'>): string {
	if (kpi.target_value === null) return de.common.noData;
	const direction = kpi.direction === 'at_most' ? de.district.kpiDirectionAtMost : de.district.kpiDirectionAtLeast;
	return `${direction} ${formatWithUnit(kpi.target_value, kpi.unit)}`;
}

/** "Ziel: mindestens 75 %" */
export function kpiTargetText(kpi: Pick<KpiMetrics, 'target_value' | 'unit' | 'direction'>): string {
	return `${de.district.kpiTarget}: ${kpiTargetValue(kpi)}`;
}

/**
 * A KPI's time series with its target as a horizontal line. The value axis reaches past the
 * target, so the line is always in view. Null while the KPI has no values: an empty chart with
 * a lone target line would suggest the district measured 0.
 */
export function buildKpiChart(kpi: KpiMetrics): ApexOptions | null {
	if (kpi.values.length === 0) return null;
	const values = [...kpi.values].sort((a, b) => a.date.localeCompare(b.date));
	const top = Math.max(kpi.target_value ?? 0, ...values.map((v) => v.value));
	return {
		chart: { type: 'line', height: 260 },
		series: [{ name: kpi.name, data: values.map((v) => ({ x: Date.parse(v.date), y: v.value })) }],
		colors: [PRIMARY],
		stroke: { width: 3 },
		markers: { size: 5 },
		xaxis: { type: 'datetime', labels: { datetimeUTC: false } },
		yaxis: { min: 0, max: top === 0 ? 1 : top * 1.1, labels: { formatter: (value: number) => formatWithUnit(Math.round(value * 100) / 100, kpi.unit) } },
		annotations: {
			yaxis:
				kpi.target_value === null
					? []
					: [
							{
								y: kpi.target_value,
								borderColor: TARGET_LINE,
								strokeDashArray: 6,
								label: { text: kpiTargetText(kpi), borderColor: TARGET_LINE, style: { color: '#fff', background: TARGET_LINE } },
							},
						],
		},
		tooltip: { x: { formatter: (value: number) => formatDate(new Date(value).toISOString()) }, y: { formatter: (value: number) => formatWithUnit(value, kpi.unit) } },
		legend: { show: false },
	};
}
