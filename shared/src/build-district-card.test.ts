import { describe, expect, it } from 'vitest';
import { buildDistrictCard } from './build-district-card';
import type { DistrictDashboard } from './dashboard-types';

describe('buildDistrictCard', () => {
	it('keeps the header, the reported kinds, the status, the mean progress and the latest report date', () => {
		const dashboard: DistrictDashboard = {
			district: { id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen', published: true, strategy_title: 'Digitalisierungsstrategie', source_document: null, source_date: null, source_date_label: '2021' },
			reports: { measures: true, statusCounts: true, priorityScores: true, priorityClasses: false, progress: false, annualGoals: false, kpis: true, fieldSnapshots: false },
			status: { total: 1, byStatus: { idea: 1, planned: 0, in_progress: 0, completed: 0, ongoing: 0, ended: 0 }, completed: 0, inProgress: 0, completedShare: 0, source: 'measures' },
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 1 },
			scoreCoverage: { withValue: 1, total: 1 },
			priorityClasses: null,
			goals: null,
			measures: [],
			annualGoals: [],
			kpis: [],
			actionFields: [],
			themes: [],
			statusReports: [],
			latestReportDate: null,
		};
		expect(buildDistrictCard(dashboard)).toEqual({
			district: dashboard.district,
			reports: dashboard.reports,
			status: dashboard.status,
			meanProgress: null,
			latestReportDate: null,
		});
	});
});
