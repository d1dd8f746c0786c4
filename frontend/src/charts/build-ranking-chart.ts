import { PRIORITY_CLASSES, PRIORITY_CLASS_LABELS, type MeasureView, type PriorityClass } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { compareCodes, formatNumber } from '../lib/format';
import { CATEGORY_LABELS, NARROW_CATEGORY_LABELS, PRIMARY } from './palette';

export type RankedMeasure = MeasureView & { priority_score: number };

/** Scored measures, best first: by rank, then by score, then by the document's number. */
export function rankedMeasures(measures: readonly MeasureView[]): RankedMeasure[] {
	return measures
		.filter((m): m is RankedMeasure => m.priority_score !== null)
		.sort(
			(a, b) =>
				(a.priority_rank ?? Number.MAX_SAFE_INTEGER) - (b.priority_rank ?? Number.MAX_SAFE_INTEGER) ||
				b.priority_score - a.priority_score ||
				compareCodes(a.code, b.code),
		);
}

/** "1. Work Space" */
export function rankingLabel(measure: RankedMeasure): string {
	return `${measure.priority_rank ?? '–'}. ${measure.title}`;
}

/**
 * Score bars in rank order, the highest priority on top. The scale ends at the next whole point
 * above the best score, so differences stay visible. `limit` shows only the first ranks.
 */
export function buildRankingChart(measures: readonly MeasureView[], limit?: number): ApexOptions | null {
	const ranked = rankedMeasures(measures).slice(0, limit);
	if (ranked.length === 0) return null;
	return {
		chart: { type: 'bar', height: 80 + ranked.length * 30 },
		series: [{ name: de.district.score, data: ranked.map((m) => m.priority_score) }],
		colors: [PRIMARY],
		xaxis: {
			categories: ranked.map(rankingLabel),
			min: 0,
			max: Math.ceil(Math.max(...ranked.map((m) => m.priority_score))),
			labels: { formatter: (value: string) => formatNumber(Number(value)) },
		},
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		plotOptions: { bar: { horizontal: true, barHeight: '72%' } },
		dataLabels: { enabled: true, style: { colors: ['#fff'] }, formatter: (value: number) => formatNumber(value) },
		legend: { show: false },
		tooltip: { y: { formatter: (value: number) => formatNumber(value) } },
	};
}

/** Measures per manual priority class (1+ … 4); null when the district uses no classes. */
export function buildPriorityClassChart(classes: Record<PriorityClass, number> | null): ApexOptions | null {
	if (!classes) return null;
	return {
		chart: { type: 'bar', height: 280 },
		series: [{ name: de.district.count, data: PRIORITY_CLASSES.map((c) => classes[c]) }],
		colors: [PRIMARY],
		xaxis: { categories: PRIORITY_CLASSES.map((c) => c), title: { text: de.district.priorityClass } },
		yaxis: { labels: { formatter: (value: number) => formatNumber(value, 0) } },
		plotOptions: { bar: { columnWidth: '55%' } },
		dataLabels: { enabled: true, style: { colors: ['#fff'] } },
		legend: { show: false },
		tooltip: { x: { formatter: (value: string | number, opts?: { dataPointIndex?: number }) => { const c = PRIORITY_CLASSES[opts?.dataPointIndex ?? -1]; return c ? PRIORITY_CLASS_LABELS[c] : String(value); } } },
	};
}
