import type { MeasureView } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { compareCodes, formatNumber, formatReading } from '../lib/format';
import { CATEGORY_LABELS, NARROW_CATEGORY_LABELS, PRIMARY, SECONDARY } from './palette';

/** A measure with a progress estimate against its completion mark. */
export type MeasureWithProgress = MeasureView & { progress_current: number; progress_target: number };

export function hasProgress(measure: MeasureView): measure is MeasureWithProgress {
	return measure.progress_current !== null && measure.progress_target !== null;
}

/** Short axis label: the document's number and the start of the title. */
export function measureLabel(measure: Pick<MeasureView, 'code' | 'title'>, maxLength = 42): string {
	const title = measure.title.length > maxLength ? `${measure.title.slice(0, maxLength - 1).trimEnd()}…` : measure.title;
	return measure.code ? `${measure.code}. ${title}` : title;
}

/**
 * Horizontal bars "Fortschritt" against "Abschluss bei" per measure, as the Friesland report
 * draws them. Measures without an estimate are left out (not drawn at 0); the panel names them.
 * Null when no measure has an estimate.
 */
export function buildProgressChart(measures: readonly MeasureView[]): ApexOptions | null {
	const shown = measures.filter(hasProgress).sort((a, b) => compareCodes(a.code, b.code));
	if (shown.length === 0) return null;
	const scaleMax = Math.max(...shown.map((m) => Math.max(m.progress_target, m.progress_current)));
	return {
		chart: { type: 'bar', height: 90 + shown.length * 46 },
		series: [
			{ name: de.district.progressSeries, data: shown.map((m) => m.progress_current) },
			{ name: de.district.targetSeries, data: shown.map((m) => m.progress_target) },
		],
		colors: [PRIMARY, SECONDARY],
		xaxis: {
			categories: shown.map((m) => measureLabel(m)),
			min: 0,
			max: scaleMax,
			tickAmount: Math.min(scaleMax, 10),
			labels: { formatter: (value: string) => formatNumber(Number(value)) },
		},
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		plotOptions: { bar: { horizontal: true, barHeight: '78%', dataLabels: { position: 'center' } } },
		// The estimate keeps its "ca."; the completion mark is exact.
		dataLabels: { enabled: true, style: { colors: ['#fff'] }, formatter: (value: number, opts?: { seriesIndex?: number; dataPointIndex?: number }) => formatReading(value, opts?.seriesIndex === 0 && shown[opts.dataPointIndex ?? -1]?.progress_approximate) },
		legend: { position: 'top', horizontalAlign: 'left' },
		tooltip: { shared: true, intersect: false, y: { formatter: (value: number) => formatNumber(value) } },
	};
}
