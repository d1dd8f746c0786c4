import { describe, expect, it } from 'vitest';
import { buildCompare } from './build-compare';
import { dashboard, header, reports, themeMetrics } from './testing';

const THEMES = [
	{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
	{ id: 'online-dienste-ozg', name: 'Online-Dienste und OZG' },
];

const onOnline = themeMetrics(THEMES[1]!.id, THEMES[1]!.name, {
	status: { total: 25, byStatus: null, unspecified: null, completed: 15, inProgress: 10, completedShare: 60, source: 'snapshots' },
});

const unna = dashboard({
	district: header({ id: 'unna', name: 'Kreis Unna', state: 'Nordrhein-Westfalen' }),
	reports: reports({ statusCounts: true, fieldSnapshots: true }),
	status: onOnline.status,
	themes: [onOnline],
	latestReportDate: '2022-10-18',
});

describe('buildCompare', () => {
	it('lists every theme and gives each district its metrics per theme, null where it has nothing', () => {
		expect(buildCompare(THEMES, [unna])).toEqual({
			themes: THEMES,
			districts: [
				{
					district: unna.district,
					reports: unna.reports,
					status: unna.status,
					meanProgress: null,
					meanAttainment: null,
					byTheme: { 'e-akte-dms': null, 'online-dienste-ozg': onOnline },
				},
			],
		});
	});

	it('takes the mean attainment from the annual goals and keeps the districts in the order asked for', () => {
		const paderborn = { ...unna, district: { ...unna.district, id: 'paderborn' }, themes: [], goals: { total: 2, withAttainment: 1, meanAttainment: 80, lights: { green: 0, yellow: 1, red: 0, unknown: 1 } } };
		expect(buildCompare(THEMES, [paderborn, unna]).districts.map((d) => [d.district.id, d.meanAttainment, d.byTheme])).toEqual([
			['paderborn', 80, { 'e-akte-dms': null, 'online-dienste-ozg': null }],
			['unna', null, { 'e-akte-dms': null, 'online-dienste-ozg': onOnline }],
		]);
	});
});
