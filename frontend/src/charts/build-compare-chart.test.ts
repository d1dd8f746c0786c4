import { describe, expect, it } from 'vitest';
import type { CompareRowView, CompareView } from '../lib/compare-merge';
import { compareRow, header, noStatus, status, themeMetrics } from '@cockpit/shared/testing';
import { buildCompareMetricChart, buildCompareStatusChart, buildCompareThemeChart, themeLabel, themeValue } from './build-compare-chart';

function row(id: string, name: string, overrides: Partial<CompareRowView> = {}): CompareRowView {
	return { ...compareRow({ district: header({ id, name }) }), key: `x#${id}`, ref: { instance: 'x', id }, instanceLabel: 'Lokal', ...overrides };
}

describe('buildCompareStatusChart', () => {
	it('stacks stated statuses per district and gives a district without counts no bar and a "keine Angabe" label', () => {
		const options = buildCompareStatusChart([row('friesland', 'Landkreis Friesland', { status: status({ in_progress: 20, completed: 2 }) }), row('paderborn', 'Kreis Paderborn', { status: noStatus() })])!;
		expect({ series: options.series, categories: options.xaxis?.categories, stack: options.chart?.stackType }).toEqual({
			series: [
				{ name: 'In Umsetzung', data: [20, null] },
				{ name: 'Umgesetzt', data: [2, null] },
			],
			categories: ['Landkreis Friesland', 'Kreis Paderborn (keine Angabe)'],
			stack: '100%',
		});
	});
});

describe('buildCompareMetricChart', () => {
	it('turns a missing mean progress into a missing bar, never 0', () => {
		const options = buildCompareMetricChart([row('friesland', 'Landkreis Friesland', { meanProgress: 41.5 }), row('unna', 'Kreis Unna', { meanProgress: null })], 'meanProgress')!;
		expect({ series: options.series, categories: options.xaxis?.categories }).toEqual({
			series: [{ name: 'Mittlerer Fortschritt', data: [41.5, null] }],
			categories: ['Landkreis Friesland', 'Kreis Unna (keine Angabe)'],
		});
	});

	it('draws nothing when no district has the figure', () => {
		expect(buildCompareMetricChart([row('a', 'A'), row('b', 'B')], 'meanAttainment')).toBeNull();
	});
});

describe('buildCompareThemeChart', () => {
	const themes = [
		{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
		{ id: 'schulen-bildung', name: 'Schulen und Bildung' },
		{ id: 'it-sicherheit', name: 'IT-Sicherheit und Datenschutz' },
	];
	const projects = (total: number) => ({ ...noStatus(), total, completed: 0, inProgress: total, completedShare: 0, source: 'snapshots' as const });

	it('counts measures or projects per theme: 0 where a counting district has none, null where a district counts nothing; themes nobody has stay out of the chart', () => {
		const view: CompareView = {
			themes,
			rows: [
				row('friesland', 'Landkreis Friesland', { status: status({ planned: 2 }), byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { status: status({ planned: 2 }) }), 'schulen-bildung': null, 'it-sicherheit': null } }),
				row('unna', 'Kreis Unna', {
					status: projects(25),
					byTheme: {
						'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { status: projects(13) }),
						'schulen-bildung': themeMetrics('schulen-bildung', 'Schulen und Bildung', { status: projects(12) }),
						'it-sicherheit': null,
					},
				}),
				row('paderborn', 'Kreis Paderborn', { status: noStatus(), byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { goalCount: 3 }), 'schulen-bildung': null, 'it-sicherheit': null } }),
			],
		};
		const options = buildCompareThemeChart(view, 'itemCount')!;
		expect({
			table: themes.map((theme) => view.rows.map((r) => themeValue(r, theme.id, 'itemCount'))),
			series: options.series,
			categories: options.xaxis?.categories,
		}).toEqual({
			table: [
				[2, 13, null],
				[0, 12, null],
				[0, 0, null],
			],
			series: [
				{ name: 'Landkreis Friesland', data: [2, 0] },
				{ name: 'Kreis Unna', data: [13, 12] },
				{ name: 'Kreis Paderborn (keine Angabe)', data: [null, null] },
			],
			categories: ['E-Akte und DMS', 'Schulen und Bildung'],
		});
	});

	it('keeps a missing mean progress a gap and drops themes without any value', () => {
		const view: CompareView = {
			themes,
			rows: [
				row('friesland', 'Landkreis Friesland', { byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { meanProgress: 0 }), 'schulen-bildung': null, 'it-sicherheit': null } }),
				row('unna', 'Kreis Unna', { byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS'), 'schulen-bildung': null, 'it-sicherheit': null } }),
			],
		};
		const options = buildCompareThemeChart(view, 'meanProgress')!;
		expect({ series: options.series, categories: options.xaxis?.categories }).toEqual({
			series: [
				{ name: 'Landkreis Friesland', data: [0] },
				{ name: 'Kreis Unna (keine Angabe)', data: [null] },
			],
			categories: ['E-Akte und DMS'],
		});
	});

	it('labels each theme bar with its value, a count whole and a share in percent, and a missing value with nothing', () => {
		const view: CompareView = {
			themes,
			rows: [row('friesland', 'Landkreis Friesland', { byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { meanProgress: 45.5 }), 'schulen-bildung': null, 'it-sicherheit': null } })],
		};
		const labels = buildCompareThemeChart(view, 'meanProgress')!.dataLabels!;
		expect({ enabled: labels.enabled, labels: [themeLabel(3, 'itemCount'), themeLabel(0, 'itemCount'), themeLabel(45.5, 'meanProgress'), themeLabel(null, 'meanAttainment')] }).toEqual({
			enabled: true,
			labels: ['3', '0', '46 %', ''],
		});
	});
});
