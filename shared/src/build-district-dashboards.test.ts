import { describe, expect, it } from 'vitest';
import { buildDistrictDashboards, buildDistrictSummaries } from './build-district-dashboards';
import type { ActionFieldRow, DashboardRows, MeasureRow } from './dashboard-rows';
import { actionFieldRow, annualGoalRow, districtRow, kpiRow, measureRow as measure, noRows, noStatus, snapshotRow as snapshot } from './testing';

const THEMES = [
	{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
	{ id: 'online-dienste-ozg', name: 'Online-Dienste und OZG' },
	{ id: 'organisation', name: 'Organisation, Steuerung und Strategie' },
];

const field = (f: Pick<ActionFieldRow, 'id' | 'district' | 'kind' | 'code' | 'title' | 'theme' | 'parent' | 'sort'>): ActionFieldRow => actionFieldRow(f);

const empty: DashboardRows = { ...noRows(), themes: THEMES };

/** A measure as the dashboard shows it: without its district, with its updates. */
const view = ({ district: _district, ...row }: MeasureRow, updates: unknown[], overdue = false) => ({ ...row, predecessors: [], successors: [], overdue, updates });

const NO_GOALS = { goalCount: null, meanAttainment: null, kpis: [] };
const UNKNOWN_STATUS = noStatus();

describe('buildDistrictDashboards', () => {
	it('summarises measures with classes and progress, lists their updates in closed reports oldest first, the closed reports newest first and what changed', () => {
		const m7 = measure({ id: 'm7', district: 'friesland', code: '7', title: 'Picture', theme: 'organisation', status: 'in_progress', priority_class: '3', progress_current: 3, progress_target: 8, progress_percent: 37.5 });
		const m2 = measure({ id: 'm2', district: 'friesland', code: '2', title: 'DMS', theme: 'e-akte-dms', status: 'in_progress', priority_class: '1+', progress_current: 6, progress_target: 10, progress_percent: 60 });
		const h4 = measure({ id: 'h4', district: 'friesland', code: '4', title: 'Portal', theme: 'online-dienste-ozg', status: 'completed', former_titles: ['Altes Portal'] });
		const [dashboard] = buildDistrictDashboards({
			...empty,
			districts: [districtRow({ id: 'friesland', name: 'Landkreis Friesland' })],
			measures: [m7, m2, h4],
			statusReports: [
				{ id: 'r2021', district: 'friesland', title: 'Bericht 2021', report_date: '2021-08-01', report_date_label: 'August 2021', document_ref: null, body: null, state: 'closed', committee: null, meeting_date: null, document_url: null, consultations: [] },
				{ id: 'r2022', district: 'friesland', title: 'Bericht 2022', report_date: '2022-08-01', report_date_label: 'August 2022', document_ref: 'FB 10', body: 'Text', state: 'closed', committee: 'Kreistag', meeting_date: '2022-09-01', document_url: null, consultations: [] },
				{ id: 'r2023', district: 'friesland', title: 'Entwurf 2023', report_date: '2023-02-01', report_date_label: null, document_ref: null, body: null, state: 'draft', committee: null, meeting_date: null, document_url: null, consultations: [] },
			],
			progressUpdates: [
				{ id: 'u3', district: 'friesland', measure: 'm7', status_report: 'r2023', status: 'in_progress', progress_value: 5, progress_target: 8, progress_percent: 62.5, progress_text: 'Entwurf', next_steps: null, priority_class: '3', progress_approximate: false },
				{ id: 'u2', district: 'friesland', measure: 'm7', status_report: 'r2022', status: 'in_progress', progress_value: 3, progress_target: 8, progress_percent: 37.5, progress_text: 'weiter', next_steps: 'mehr', priority_class: '3', progress_approximate: true },
				{ id: 'u1', district: 'friesland', measure: 'm7', status_report: 'r2021', status: 'planned', progress_value: 1, progress_approximate: false, progress_target: 8, progress_percent: 12.5, progress_text: 'begonnen', next_steps: null, priority_class: '2' },
			],
		});

		expect(dashboard).toEqual({
			district: districtRow({ id: 'friesland', name: 'Landkreis Friesland' }),
			reports: { measures: true, statusCounts: true, priorityScores: false, priorityClasses: true, progress: true, annualGoals: false, kpis: false, fieldSnapshots: false },
			status: { total: 3, byStatus: { idea: 0, planned: 0, in_progress: 2, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0, completed: 1, inProgress: 2, completedShare: 33.33, source: 'measures' },
			meanProgress: 48.75,
			progressCoverage: { withValue: 2, total: 3 },
			scoreCoverage: { withValue: 0, total: 3 },
			priorityClasses: { '1+': 1, '1': 0, '2': 0, '3': 1, '4': 0 },
			goals: null,
			measures: [
				view(m2, []),
				view(h4, []),
				view(m7, [
					{ report: { id: 'r2021', title: 'Bericht 2021', report_date: '2021-08-01', report_date_label: 'August 2021' }, status: 'planned', progress_value: 1, progress_approximate: false, progress_target: 8, progress_percent: 12.5, progress_text: 'begonnen', next_steps: null, priority_class: '2' },
					{ report: { id: 'r2022', title: 'Bericht 2022', report_date: '2022-08-01', report_date_label: 'August 2022' }, status: 'in_progress', progress_value: 3, progress_approximate: true, progress_target: 8, progress_percent: 37.5, progress_text: 'weiter', next_steps: 'mehr', priority_class: '3' },
				]),
			],
			annualGoals: [],
			kpis: [],
			actionFields: [],
			themes: [
				{
					theme: THEMES[0],
					measureCount: 1,
					status: { total: 1, byStatus: { idea: 0, planned: 0, in_progress: 1, completed: 0, ongoing: 0, ended: 0 }, unspecified: 0, completed: 0, inProgress: 1, completedShare: 0, source: 'measures' },
					meanProgress: 60,
					progressCoverage: { withValue: 1, total: 1 },
					meanScore: null,
					...NO_GOALS,
				},
				{
					theme: THEMES[1],
					measureCount: 1,
					status: { total: 1, byStatus: { idea: 0, planned: 0, in_progress: 0, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0, completed: 1, inProgress: 0, completedShare: 100, source: 'measures' },
					meanProgress: null,
					progressCoverage: { withValue: 0, total: 1 },
					meanScore: null,
					...NO_GOALS,
				},
				{
					theme: THEMES[2],
					measureCount: 1,
					status: { total: 1, byStatus: { idea: 0, planned: 0, in_progress: 1, completed: 0, ongoing: 0, ended: 0 }, unspecified: 0, completed: 0, inProgress: 1, completedShare: 0, source: 'measures' },
					meanProgress: 37.5,
					progressCoverage: { withValue: 1, total: 1 },
					meanScore: null,
					...NO_GOALS,
				},
			],
			statusReports: [
				{ id: 'r2022', title: 'Bericht 2022', report_date: '2022-08-01', report_date_label: 'August 2022', document_ref: 'FB 10', body: 'Text', committee: 'Kreistag', meeting_date: '2022-09-01', document_url: null, consultations: [] },
				{ id: 'r2021', title: 'Bericht 2021', report_date: '2021-08-01', report_date_label: 'August 2021', document_ref: null, body: null, committee: null, meeting_date: null, document_url: null, consultations: [] },
			],
			latestReportDate: '2022-08-01',
			reportChanges: {
				report: { id: 'r2022', title: 'Bericht 2022', report_date: '2022-08-01' },
				previous: { id: 'r2021', title: 'Bericht 2021', report_date: '2021-08-01' },
				measures: [{ id: 'm7', code: '7', title: 'Picture', change: 'changed', status: ['planned', 'in_progress'], progress_percent: [12.5, 37.5] }],
			},
			overdueCount: 0,
			dependencies: [],
		});
	});

	it('takes the status of a district that only counts projects per field from the latest snapshots, with no progress', () => {
		const [dashboard] = buildDistrictDashboards({
			...empty,
			districts: [districtRow({ id: 'unna', name: 'Kreis Unna' })],
			actionFields: [
				field({ id: 'kunden', district: 'unna', kind: 'project_field', code: null, title: 'Kunden', theme: 'online-dienste-ozg', parent: null, sort: 2 }),
				field({ id: 'intern', district: 'unna', kind: 'project_field', code: null, title: 'Intern', theme: 'e-akte-dms', parent: null, sort: 3 }),
				field({ id: 'I', district: 'unna', kind: 'priority', code: 'I', title: 'Verwaltung', theme: 'organisation', parent: null, sort: 1 }),
			],
			snapshots: [
				snapshot({ id: 's-alt', district: 'unna', action_field: 'kunden', date: '2021-01-01', total_count: 22, completed_count: 3, in_progress_count: 19 }),
				snapshot({ id: 's1', district: 'unna', action_field: 'kunden', date: '2022-10-18', total_count: 25, completed_count: 15, in_progress_count: 5 }),
				snapshot({ id: 's2', district: 'unna', action_field: 'intern', date: '2022-10-18', total_count: 13, completed_count: 8, in_progress_count: 5 }),
			],
		});

		const kunden = { date: '2022-10-18', planned_count: null, added_count: null, total_count: 25, completed_count: 15, completing_soon_count: null, in_progress_count: 5, ongoing_count: null, note: null };
		const intern = { ...kunden, total_count: 13, completed_count: 8 };
		expect(dashboard).toEqual({
			district: districtRow({ id: 'unna', name: 'Kreis Unna' }),
			reports: { measures: false, statusCounts: true, priorityScores: false, priorityClasses: false, progress: false, annualGoals: false, kpis: false, fieldSnapshots: true },
			status: { total: 38, byStatus: null, unspecified: null, completed: 23, inProgress: 10, completedShare: 60.53, source: 'snapshots' },
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 0 },
			scoreCoverage: { withValue: 0, total: 0 },
			priorityClasses: null,
			goals: null,
			measures: [],
			annualGoals: [],
			kpis: [],
			actionFields: [
				{ id: 'I', code: 'I', title: 'Verwaltung', kind: 'priority', parent: null, theme: 'organisation', long_term_target: null, long_term_values: [], status: UNKNOWN_STATUS, meanProgress: null, snapshot: null },
				{ id: 'kunden', code: null, title: 'Kunden', kind: 'project_field', parent: null, theme: 'online-dienste-ozg', long_term_target: null, long_term_values: [], status: { total: 25, byStatus: null, unspecified: null, completed: 15, inProgress: 5, completedShare: 60, source: 'snapshots' }, meanProgress: null, snapshot: kunden },
				{ id: 'intern', code: null, title: 'Intern', kind: 'project_field', parent: null, theme: 'e-akte-dms', long_term_target: null, long_term_values: [], status: { total: 13, byStatus: null, unspecified: null, completed: 8, inProgress: 5, completedShare: 61.54, source: 'snapshots' }, meanProgress: null, snapshot: intern },
			],
			themes: [
				{ theme: THEMES[0], measureCount: null, status: { total: 13, byStatus: null, unspecified: null, completed: 8, inProgress: 5, completedShare: 61.54, source: 'snapshots' }, meanProgress: null, progressCoverage: { withValue: 0, total: 0 }, meanScore: null, ...NO_GOALS },
				{ theme: THEMES[1], measureCount: null, status: { total: 25, byStatus: null, unspecified: null, completed: 15, inProgress: 5, completedShare: 60, source: 'snapshots' }, meanProgress: null, progressCoverage: { withValue: 0, total: 0 }, meanScore: null, ...NO_GOALS },
			],
			statusReports: [],
			latestReportDate: null,
			reportChanges: null,
			overdueCount: 0,
			dependencies: [],
		});
	});

	it('shows annual goals with costs and KPIs by the theme of their action field, and rolls measures up the field tree', () => {
		const m1 = measure({ id: 'm1', district: 'rd', code: '1', title: 'Bauakte', theme: 'e-akte-dms', status: 'planned', action_field: 'p11' });
		const [dashboard] = buildDistrictDashboards({
			...empty,
			districts: [districtRow({ id: 'rd', name: 'Kreis R' })],
			actionFields: [
				field({ id: 'z1', district: 'rd', kind: 'leitziel', code: '1', title: 'Leitziel', theme: 'organisation', parent: null, sort: 1 }),
				field({ id: 'p11', district: 'rd', kind: 'leitprojekt', code: '1.1', title: 'DMS', theme: 'e-akte-dms', parent: 'z1', sort: 2 }),
			],
			measures: [m1],
			annualGoals: [
				annualGoalRow({ id: 'g2', district: 'rd', action_field: 'p11', year: 2024, title: 'Zweites Ziel', direction: 'at_least', cost_note: 'Noch offen.', sort: 2 }),
				annualGoalRow({ id: 'g1', district: 'rd', action_field: 'p11', year: 2024, title: 'Erstes Ziel', direction: 'at_least', target_value: 10, actual_value: 5, unit: 'Ämter', attainment_percent: 50, sort: 1 }),
			],
			costComponents: [
				{ id: 'c3', district: 'rd', annual_goal: 'g1', kind: 'share', amount: null, approximate: false, years: null, year: null, funder: 'Bund', share_percent: 50, attribution: 'goal', note: null, sort: 2 },
				{ id: 'c2', district: 'rd', annual_goal: 'g1', kind: 'total', amount: 71600000, approximate: true, years: null, year: null, funder: null, share_percent: null, attribution: 'partial', note: null, sort: 1 },
				{ id: 'c1', district: 'rd', annual_goal: 'g2', kind: 'not_calculable', amount: null, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null, sort: 1 },
			],
			kpis: [kpiRow({ id: 'k1', district: 'rd', theme: 'e-akte-dms', name: 'Umstellung', unit: '%', target_value: 100 })],
			kpiValues: [{ kpi: 'k1', district: 'rd', date: '2024-12-31', value: 40, approximate: true }],
		});

		const kpi = { id: 'k1', name: 'Umstellung', description: null, unit: '%', target_value: 100, direction: 'at_least', theme: 'e-akte-dms', measure: null, baseline: null, deadline: null, values: [{ date: '2024-12-31', value: 40, approximate: true }], latest: 40, latestApproximate: true, attainment_percent: 40 };
		const planned = { total: 1, byStatus: { idea: 0, planned: 1, in_progress: 0, completed: 0, ongoing: 0, ended: 0 }, unspecified: 0, completed: 0, inProgress: 0, completedShare: 0, source: 'measures' };
		expect(dashboard).toEqual({
			district: districtRow({ id: 'rd', name: 'Kreis R' }),
			reports: { measures: true, statusCounts: true, priorityScores: false, priorityClasses: false, progress: false, annualGoals: true, kpis: true, fieldSnapshots: false },
			status: planned,
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 1 },
			scoreCoverage: { withValue: 0, total: 1 },
			priorityClasses: null,
			goals: { total: 2, withAttainment: 1, meanAttainment: 50, lights: { green: 0, yellow: 1, red: 0, unknown: 1 } },
			measures: [view(m1, [])],
			annualGoals: [
				{
					id: 'g1', year: 2024, title: 'Erstes Ziel', action_field: 'p11', target_value: 10, target_approximate: false, actual_value: 5, unit: 'Ämter', direction: 'at_least', attainment_percent: 50, light: 'yellow',
					cost: {
						components: [
							{ kind: 'total', amount: 71600000, approximate: true, years: null, year: null, funder: null, share_percent: null, attribution: 'partial', note: null },
							{ kind: 'share', amount: null, approximate: false, years: null, year: null, funder: 'Bund', share_percent: 50, attribution: 'goal', note: null },
						],
						note: null,
					},
				},
				{
					id: 'g2', year: 2024, title: 'Zweites Ziel', action_field: 'p11', target_value: null, target_approximate: false, actual_value: null, unit: null, direction: 'at_least', attainment_percent: null, light: 'unknown',
					cost: { components: [{ kind: 'not_calculable', amount: null, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null }], note: 'Noch offen.' },
				},
			],
			kpis: [kpi],
			actionFields: [
				{ id: 'z1', code: '1', title: 'Leitziel', kind: 'leitziel', parent: null, theme: 'organisation', long_term_target: null, long_term_values: [], status: planned, meanProgress: null, snapshot: null },
				{ id: 'p11', code: '1.1', title: 'DMS', kind: 'leitprojekt', parent: 'z1', theme: 'e-akte-dms', long_term_target: null, long_term_values: [], status: planned, meanProgress: null, snapshot: null },
			],
			themes: [
				{ theme: THEMES[0], measureCount: 1, status: planned, meanProgress: null, progressCoverage: { withValue: 0, total: 1 }, meanScore: null, goalCount: 2, meanAttainment: 50, kpis: [kpi] },
			],
			statusReports: [],
			latestReportDate: null,
			reportChanges: null,
			overdueCount: 0,
			dependencies: [],
		});
	});

	it('marks and counts the running measures whose planned date lies before today, and lists the fields\' dependencies', () => {
		const late = measure({ id: 'late', district: 'rd', code: '15', title: 'Konzept Mitarbeiterportal', theme: 'organisation', status: 'planned', planned_date: '2018-06-30' });
		const done = measure({ id: 'done', district: 'rd', code: '30', title: 'beBPo', theme: 'organisation', status: 'completed', planned_date: '2018-01-01' });
		const dueToday = measure({ id: 'today', district: 'rd', code: '34', title: 'Buchungssystem', theme: 'organisation', status: 'idea', planned_date: '2026-12-01' });
		const undated = measure({ id: 'undated', district: 'rd', code: '2', title: 'DMS', theme: 'organisation', status: 'idea', planned_label: '2018' });
		const [dashboard] = buildDistrictDashboards(
			{
				...empty,
				districts: [districtRow({ id: 'rd', name: 'Kreis R' })],
				measures: [late, done, dueToday, undated],
				dependencies: [{ district: 'rd', from_field: 'p11', to_field: 'p31', note: 'Steckbrief 1.1' }],
			},
			'2026-12-01',
		);

		expect([dashboard?.measures.map((m) => [m.code, m.overdue]), dashboard?.overdueCount, dashboard?.dependencies]).toEqual([
			[['2', false], ['15', true], ['30', false], ['34', false]],
			1,
			[{ from: 'p11', to: 'p31', note: 'Steckbrief 1.1' }],
		]);
	});

	it('keeps several districts apart, in the order asked for, and survives a parent loop in edited data', () => {
		const dashboards = buildDistrictDashboards({
			...empty,
			districts: [districtRow({ id: 'b', name: 'Kreis B' }), districtRow({ id: 'a', name: 'Kreis A' })],
			actionFields: [
				field({ id: 'x', district: 'a', kind: 'handlungsfeld', code: 'X', title: 'X', theme: 'organisation', parent: 'y', sort: 1 }),
				field({ id: 'y', district: 'a', kind: 'handlungsfeld', code: 'Y', title: 'Y', theme: 'organisation', parent: 'x', sort: 2 }),
			],
			measures: [
				measure({ id: 'a1', district: 'a', code: '1', title: 'A1', theme: 'organisation', status: 'completed', action_field: 'y' }),
				measure({ id: 'b1', district: 'b', code: '1', title: 'B1', theme: 'organisation', status: 'idea' }),
				measure({ id: 'b2', district: 'b', code: '2', title: 'B2', theme: 'organisation', status: 'idea' }),
			],
		});

		expect(dashboards.map((d) => [d.district.id, d.status.total, d.actionFields.map((f) => [f.id, f.status.completed])])).toEqual([
			['b', 2, []],
			['a', 1, [['x', 1], ['y', 1]]],
		]);
	});
});

describe('buildDistrictSummaries', () => {
	it('gives each district the figures of its dashboard, in the order asked for', () => {
		const rows: DashboardRows = {
			...empty,
			districts: [districtRow({ id: 'b', name: 'Kreis B' }), districtRow({ id: 'a', name: 'Kreis A' })],
			actionFields: [field({ id: 'x', district: 'a', kind: 'handlungsfeld', code: 'X', title: 'X', theme: 'e-akte-dms', parent: null, sort: 1 })],
			measures: [
				measure({ id: 'a1', district: 'a', code: '1', title: 'A1', theme: 'organisation', status: 'completed', priority_score: 2.5, progress_percent: 100 }),
				measure({ id: 'b1', district: 'b', code: '1', title: 'B1', theme: 'online-dienste-ozg', status: 'in_progress', progress_percent: 40 }),
			],
			annualGoals: [
				annualGoalRow({ id: 'g1', district: 'a', action_field: 'x', year: 2024, title: 'Ziel', direction: 'at_least', target_value: 10, actual_value: 5, attainment_percent: 50, sort: 1 }),
			],
			kpis: [kpiRow({ id: 'k1', district: 'b', theme: 'online-dienste-ozg', name: 'Online-Dienste', target_value: 100 })],
			kpiValues: [{ kpi: 'k1', district: 'b', date: '2024-06-01', value: 40, approximate: false }],
			snapshots: [snapshot({ id: 's1', district: 'a', action_field: 'x', date: '2024-01-01', total_count: 4, completed_count: 1, in_progress_count: 3 })],
		};
		const figures = ({ district, reports, status, meanProgress, goals, themes }: ReturnType<typeof buildDistrictDashboards>[number]) => ({ district, reports, status, meanProgress, goals, themes });

		const summaries = buildDistrictSummaries(rows);

		expect(summaries).toEqual(buildDistrictDashboards(rows).map(figures));
		expect(summaries.map((s) => [s.district.id, s.themes.map((t) => t.theme.id)])).toEqual([
			['b', ['online-dienste-ozg']],
			['a', ['e-akte-dms', 'organisation']],
		]);
	});
});
