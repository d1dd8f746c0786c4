import type { StatusMetrics } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { formatNumber } from '../lib/format';
import { STATUS_COLORS } from './palette';
import { presentStatuses, statedStatusCounts, statusKeyLabel } from './status-counts';

export interface StatusSlice {
	label: string;
	value: number;
	color: string;
}

/** The slices of the status mix: only statuses that occur, in domain order, "nicht angegeben" last. */
export function statusSlices(status: StatusMetrics): StatusSlice[] {
	const counts = statedStatusCounts(status);
	if (!counts) return [];
	return presentStatuses([counts]).map((s) => ({ label: statusKeyLabel(s), value: counts[s]!, color: STATUS_COLORS[s] }));
}

/** "Geplant 4, In Umsetzung 20" for the chart's accessible name. */
export function statusSummary(slices: readonly StatusSlice[]): string {
	return slices.map((slice) => `${slice.label} ${formatNumber(slice.value)}`).join(', ');
}

/** Donut (or bar) of a district's status mix; null when the district states no counts. */
export function buildStatusChart(status: StatusMetrics, kind: 'donut' | 'bar' = 'donut'): ApexOptions | null {
	const slices = statusSlices(status);
	if (slices.length === 0) return null;
	const base: ApexOptions = {
		colors: slices.map((slice) => slice.color),
		legend: { position: 'bottom' },
		tooltip: { y: { formatter: (value: number) => formatNumber(value) } },
	};
	if (kind === 'bar') {
		return {
			...base,
			chart: { type: 'bar', height: 80 + slices.length * 40 },
			series: [{ name: de.district.count, data: slices.map((slice) => slice.value) }],
			xaxis: { categories: slices.map((slice) => slice.label) },
			plotOptions: { bar: { horizontal: true, distributed: true, barHeight: '70%' } },
			legend: { show: false },
			dataLabels: { enabled: true, style: { colors: ['#fff'] } },
		};
	}
	return {
		...base,
		chart: { type: 'donut', height: 320 },
		series: slices.map((slice) => slice.value),
		labels: slices.map((slice) => slice.label),
		// Counts, not ApexCharts' default percentages: the table beside gives the shares.
		dataLabels: { enabled: true, formatter: (_percent: unknown, opts?: { seriesIndex?: number }) => formatNumber(slices[opts?.seriesIndex ?? -1]?.value ?? null) },
		plotOptions: {
			pie: {
				donut: {
					size: '58%',
					// The district's own total: project-field counts may not assign every project a status.
					labels: { show: true, total: { show: true, label: de.district.snapshotTotal, formatter: () => formatNumber(status.total ?? slices.reduce((sum, s) => sum + s.value, 0)) } },
				},
			},
		},
	};
}
