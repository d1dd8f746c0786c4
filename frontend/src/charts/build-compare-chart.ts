import { countThemeItems } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import type { CompareRowView, CompareView } from '../lib/compare-merge';
import { fill, formatNumber, formatPercent } from '../lib/format';
import { CATEGORY_LABELS, NARROW_CATEGORY_LABELS, districtColor, STATUS_COLORS, TEXT } from './palette';
import { presentStatuses, statedStatusCounts, statusKeyLabel } from './status-counts';

/**
 * Charts of the district comparison. A district that reports nothing gets no bar (a null
 * point, never 0) and its axis label says "keine Angabe", so the gap is explained in the chart.
 */

/** "Kreis Unna (keine Angabe)" for a category without a value. */
export function categoryLabel(name: string, missing: boolean): string {
	return missing ? fill(de.compare.missingSuffix, { name }) : name;
}

/** Status mix per district as 100 % stacked bars. Null when no district states counts. */
export function buildCompareStatusChart(rows: readonly CompareRowView[]): ApexOptions | null {
	const counts = rows.map((row) => statedStatusCounts(row.status));
	const statuses = presentStatuses(counts);
	if (statuses.length === 0) return null;
	return {
		chart: { type: 'bar', height: 90 + rows.length * 52, stacked: true, stackType: '100%' },
		series: statuses.map((status) => ({
			name: statusKeyLabel(status),
			// A status a district does not state stays null; only stated counts become bars.
			data: counts.map((c) => (c === null || c[status] === undefined ? null : c[status]!)),
		})),
		colors: statuses.map((status) => STATUS_COLORS[status]),
		xaxis: { categories: rows.map((row, i) => categoryLabel(row.district.name, counts[i] === null)), labels: { formatter: (value: string) => `${value} %` } },
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		plotOptions: { bar: { horizontal: true, barHeight: '70%' } },
		dataLabels: { enabled: true, style: { colors: ['#fff'] }, formatter: (value: number) => formatPercent(value, 0) },
		legend: { position: 'top', horizontalAlign: 'left' },
		tooltip: { y: { formatter: (value: number | null) => formatNumber(value) } },
	};
}

export type CompareMetric = 'meanProgress' | 'meanAttainment';

/** One percentage per district (mean progress, goal attainment). Null when no district has one. */
export function buildCompareMetricChart(rows: readonly CompareRowView[], metric: CompareMetric): ApexOptions | null {
	const values = rows.map((row) => row[metric]);
	if (values.every((value) => value === null)) return null;
	return {
		chart: { type: 'bar', height: 90 + rows.length * 46 },
		series: [{ name: metric === 'meanProgress' ? de.compare.meanProgress : de.compare.meanAttainment, data: values }],
		colors: rows.map((_row, i) => districtColor(i)),
		xaxis: { categories: rows.map((row, i) => categoryLabel(row.district.name, values[i] === null)), min: 0, max: 100, labels: { formatter: (value: string) => `${value} %` } },
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		plotOptions: { bar: { horizontal: true, distributed: true, barHeight: '65%' } },
		dataLabels: { enabled: true, style: { colors: ['#fff'] }, formatter: (value: number) => formatPercent(value) },
		legend: { show: false },
		tooltip: { y: { formatter: (value: number | null) => formatPercent(value) } },
	};
}

/** `itemCount`: measures or projects, counted like the overview's "Maßnahmen bzw. Projekte". */
export type ThemeMetric = 'itemCount' | 'meanProgress' | 'meanAttainment';

const isPercent = (metric: ThemeMetric) => metric !== 'itemCount';

/**
 * The value of one theme metric for a district: null where the district reports nothing on
 * it; a count is 0 where a district that counts its work has none on the theme.
 */
export function themeValue(row: CompareRowView, themeId: string, metric: ThemeMetric): number | null {
	if (metric === 'itemCount') return countThemeItems(row.status, row.byTheme[themeId] ?? null);
	return row.byTheme[themeId]?.[metric] ?? null;
}

/** A theme bar's data label: "3", "45 %"; none for a missing value (no bar there). */
export function themeLabel(value: number | null, metric: ThemeMetric): string {
	if (value === null) return '';
	return isPercent(metric) ? formatPercent(value, 0) : formatNumber(value, 0);
}

function maxValue(view: CompareView, themes: readonly { id: string }[], metric: ThemeMetric): number {
	return Math.max(0, ...themes.flatMap((theme) => view.rows.map((row) => themeValue(row, theme.id, metric) ?? 0)));
}

/**
 * Grouped bars: one group per theme, one bar per district. Themes with nothing to draw (no
 * district has a value, or every count is 0) are left out of the chart; the table keeps them.
 */
export function buildCompareThemeChart(view: CompareView, metric: ThemeMetric): ApexOptions | null {
	const drawn = (value: number | null) => value !== null && (isPercent(metric) || value > 0);
	const themes = view.themes.filter((theme) => view.rows.some((row) => drawn(themeValue(row, theme.id, metric))));
	if (themes.length === 0) return null;
	return {
		chart: { type: 'bar', height: 100 + themes.length * (18 * view.rows.length + 16) },
		series: view.rows.map((row) => {
			const data = themes.map((theme) => themeValue(row, theme.id, metric));
			return { name: categoryLabel(row.district.name, data.every((value) => value === null)), data };
		}),
		colors: view.rows.map((_row, i) => districtColor(i)),
		xaxis: {
			categories: themes.map((theme) => theme.name),
			labels: { formatter: (value: string) => (isPercent(metric) ? `${value} %` : formatNumber(Number(value), 0)) },
			// Counts are whole numbers: one tick per measure up to ten, so no "0,5 Maßnahmen".
			...(isPercent(metric) ? { min: 0, max: 100 } : { min: 0, tickAmount: Math.min(10, Math.max(1, maxValue(view, themes, metric))) }),
		},
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		// Each bar carries its value at its end, in the text colour, so a 0 or a short bar still reads.
		plotOptions: { bar: { horizontal: true, barHeight: '85%', dataLabels: { position: 'top' } } },
		dataLabels: {
			enabled: true,
			offsetX: 24,
			style: { fontSize: '11px', fontWeight: 600, colors: [TEXT] },
			formatter: (value: string | number | number[]) => (typeof value === 'number' ? themeLabel(value, metric) : ''),
		},
		grid: { padding: { right: 36 } },
		legend: { position: 'top', horizontalAlign: 'left' },
		tooltip: { shared: false, y: { formatter: (value: number | null) => (isPercent(metric) ? formatPercent(value) : formatNumber(value)) } },
	};
}
