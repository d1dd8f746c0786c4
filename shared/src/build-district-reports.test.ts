import { describe, expect, it } from 'vitest';
import { buildDistrictReports } from './build-district-reports';

describe('buildDistrictReports', () => {
	it('reports classes and progress for measures that carry them, and no scores when none is scored', () => {
		expect(
			buildDistrictReports({
				measures: [
					{ priority_score: null, priority_class: '1+', progress_percent: 60 },
					{ priority_score: null, priority_class: null, progress_percent: null },
				],
				goals: [],
				kpis: [],
				snapshots: [],
			}),
		).toEqual({
			measures: true,
			statusCounts: true,
			priorityScores: false,
			priorityClasses: true,
			progress: true,
			annualGoals: false,
			kpis: false,
			fieldSnapshots: false,
		});
	});

	it('reports status counts from project-field snapshots when there are no measures', () => {
		expect(buildDistrictReports({ measures: [], goals: [], kpis: [], snapshots: [{}] })).toEqual({
			measures: false,
			statusCounts: true,
			priorityScores: false,
			priorityClasses: false,
			progress: false,
			annualGoals: false,
			kpis: false,
			fieldSnapshots: true,
		});
	});

	it('reports annual goals and KPIs but no status counts for a district without measures or counts', () => {
		expect(buildDistrictReports({ measures: [], goals: [{}], kpis: [{}], snapshots: [] })).toEqual({
			measures: false,
			statusCounts: false,
			priorityScores: false,
			priorityClasses: false,
			progress: false,
			annualGoals: true,
			kpis: true,
			fieldSnapshots: false,
		});
	});
});
