import { describe, expect, it } from 'vitest';
import { buildCompare } from './build-compare';
import type { DistrictDashboard, ThemeMetrics } from './dashboard-types';

const THEMES = [
	{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
	{ id: 'online-dienste-ozg', name: 'Online-Dienste und OZG' },
];

const onOnline: ThemeMetrics = {
	theme: THEMES[1]!,
	measureCount: null,
	status: { total: 25, byStatus: null, completed: 15, inProgress: 10, completedShare: 60, source: 'snapshots' },
	meanProgress: null,
	progressCoverage: { withValue: 0, total: 0 },
	meanScore: null,
	goalCount: null,
	meanAttainment: null,
	kpis: [],
};

const unna: DistrictDashboard = {
	district: { id: 'unna', name: 'Kreis Unna', state: 'Nordrhein-Westfalen', published: true, strategy_title: null, source_document: null, source_date: null, source_date_label: null },
	reports: { measures: false, statusCounts: true, priorityScores: false, priorityClasses: false, progress: false, annualGoals: false, kpis: false, fieldSnapshots: true },
	status: onOnline.status,
	meanProgress: null,
	progressCoverage: { withValue: 0, total: 0 },
	scoreCoverage: { withValue: 0, total: 0 },
	priorityClasses: null,
	goals: null,
	measures: [],
	annualGoals: [],
	kpis: [],
	actionFields: [],
	themes: [onOnline],
	statusReports: [],
	latestReportDate: '2022-10-18',
};

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
