import { describe, expect, it } from 'vitest';
import type { CompareRowView, CompareView } from '../lib/compare-merge';
import { compareRow, header, noStatus, status, themeMetrics } from '@cockpit/shared/testing';
import { buildCompareMetricChart, buildCompareStatusChart, buildCompareThemeChart } from './build-compare-chart';

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
	it('groups districts per theme with null where a district has nothing on a theme, and drops themes nobody has', () => {
		const view: CompareView = {
			themes: [
				{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
				{ id: 'schulen-bildung', name: 'Schulen und Bildung' },
				{ id: 'it-sicherheit', name: 'IT-Sicherheit und Datenschutz' },
			],
			rows: [
				row('friesland', 'Landkreis Friesland', { byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { measureCount: 2 }), 'schulen-bildung': null, 'it-sicherheit': null } }),
				row('unna', 'Kreis Unna', { byTheme: { 'e-akte-dms': themeMetrics('e-akte-dms', 'E-Akte und DMS', { measureCount: 13 }), 'schulen-bildung': themeMetrics('schulen-bildung', 'Schulen und Bildung', { measureCount: 12 }), 'it-sicherheit': null } }),
			],
		};
		const options = buildCompareThemeChart(view, 'measureCount')!;
		expect({ series: options.series, categories: options.xaxis?.categories }).toEqual({
			series: [
				{ name: 'Landkreis Friesland', data: [2, null] },
				{ name: 'Kreis Unna', data: [13, 12] },
			],
			categories: ['E-Akte und DMS', 'Schulen und Bildung'],
		});
	});
});
