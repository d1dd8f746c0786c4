import { describe, expect, it } from 'vitest';
import { buildDistrictCard } from './build-district-card';
import { dashboard, header, reports, status } from './testing';

describe('buildDistrictCard', () => {
	it('keeps the header, the reported kinds, the status, the mean progress and the latest report date', () => {
		const viersen = dashboard({
			district: header({ id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen', strategy_title: 'Digitalisierungsstrategie', source_date_label: '2021' }),
			reports: reports({ measures: true, statusCounts: true, priorityScores: true, kpis: true }),
			status: status({ idea: 1 }),
			progressCoverage: { withValue: 0, total: 1 },
			scoreCoverage: { withValue: 1, total: 1 },
			latestReportDate: '2021-06-30',
		});
		expect(buildDistrictCard(viersen)).toEqual({
			district: viersen.district,
			reports: viersen.reports,
			status: viersen.status,
			meanProgress: null,
			latestReportDate: '2021-06-30',
		});
	});
});
