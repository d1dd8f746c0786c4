import { countThemeItems, type DistrictDashboard } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { formatNumber } from '../lib/format';
import { CATEGORY_LABELS, NARROW_CATEGORY_LABELS, PRIMARY, TEXT } from './palette';

export interface DistrictThemeBars {
	/** What is counted: the district's measures, its project counts, or (without either) its annual goals. */
	series: string;
	bars: { theme: string; value: number }[];
}

/**
 * One district's work per shared theme, counted as the district reports it: measures, or the
 * project counts of its project fields (Unna), or its annual goals where it reports only those
 * (Paderborn). Null when it reports none of these.
 */
export function districtThemeBars(dashboard: Pick<DistrictDashboard, 'status' | 'themes'>): DistrictThemeBars | null {
	const { status, themes } = dashboard;
	if (status.source !== null) {
		const series = status.source === 'snapshots' ? de.district.themesProjects : de.district.themesMeasures;
		const bars = themes.map((m) => ({ theme: m.theme.name, value: countThemeItems(status, m) ?? 0 })).filter((bar) => bar.value > 0);
		return bars.length ? { series, bars } : null;
	}
	const bars = themes.flatMap((m) => (m.goalCount ? [{ theme: m.theme.name, value: m.goalCount }] : []));
	return bars.length ? { series: de.district.themesGoals, bars } : null;
}

/** Horizontal bars, the largest first, each with its value as a data label at its end. */
export function buildDistrictThemeChart(data: DistrictThemeBars): ApexOptions {
	const bars = [...data.bars].sort((a, b) => b.value - a.value || a.theme.localeCompare(b.theme, 'de'));
	const top = Math.max(...bars.map((bar) => bar.value));
	return {
		chart: { type: 'bar', height: 80 + bars.length * 38 },
		series: [{ name: data.series, data: bars.map((bar) => bar.value) }],
		colors: [PRIMARY],
		// One step past the longest bar, so its value label stays inside the drawing.
		xaxis: { categories: bars.map((bar) => bar.theme), min: 0, max: top + Math.max(1, Math.ceil(top / 10)), tickAmount: Math.min(10, top + 1), labels: { formatter: (value: string) => formatNumber(Number(value), 0) } },
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		plotOptions: { bar: { horizontal: true, barHeight: '70%', dataLabels: { position: 'top' } } },
		dataLabels: { enabled: true, offsetX: 22, style: { fontSize: '12px', fontWeight: 600, colors: [TEXT] }, formatter: (value: string | number | number[]) => (typeof value === 'number' ? formatNumber(value, 0) : '') },
		grid: { padding: { right: 30, left: 12 } },
		legend: { show: false },
		tooltip: { y: { formatter: (value: number) => formatNumber(value) } },
	};
}
