import type { KpiMetrics } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { formatDate, formatReading, formatWithUnit } from '../lib/format';
import { formatTarget } from '../lib/target-texts';
import { PRIMARY, TARGET_LINE } from './palette';

/** "mindestens 75 %"; without a direction in the document, the bare value. */
export function kpiTargetValue(kpi: Pick<KpiMetrics, 'target_value' | 'unit' | 'direction'>): string {
	return formatTarget(kpi.target_value, kpi.unit, kpi.direction);
}

/** "Ziel: mindestens 75 %" */
export function kpiTargetText(kpi: Pick<KpiMetrics, 'target_value' | 'unit' | 'direction'>): string {
	return `${de.district.kpiTarget}: ${kpiTargetValue(kpi)}`;
}

/**
 * A value axis from 0 that reaches at least 10 % past `top`, in three to five round steps
 * (1, 2, 2.5 or 5 times a power of ten), so the ticks read 0, 20, 40 … rather than 16,5 … 82,5.
 */
export function niceValueAxis(top: number): { max: number; tickAmount: number } {
	const wanted = top > 0 ? top * 1.1 : 1;
	const rough = wanted / 5;
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough)!;
	const tickAmount = Math.ceil(wanted / step);
	return { max: tickAmount * step, tickAmount };
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
		// Room on the right for the last marker and the target's label.
		grid: { padding: { right: 16 } },
		yaxis: { min: 0, ...niceValueAxis(top), labels: { formatter: (value: number) => formatWithUnit(Math.round(value * 100) / 100, kpi.unit) } },
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
		tooltip: { x: { formatter: (value: number) => formatDate(new Date(value).toISOString()) }, y: { formatter: (value: number, opts?: { dataPointIndex?: number }) => formatReading(value, values[opts?.dataPointIndex ?? -1]?.approximate, kpi.unit) } },
		legend: { show: false },
	};
}
