import { describe, expect, it } from 'vitest';
import { buildThemeMetrics } from './build-theme-metrics';

const theme = { id: 'e-akte-dms', name: 'E-Akte und DMS' };
const none = { measures: [], goals: [], kpis: [], snapshots: [] };

describe('buildThemeMetrics', () => {
	it('summarises the measures of a theme: status, mean progress and mean score over those that have one', () => {
		expect(
			buildThemeMetrics(theme, {
				...none,
				measures: [
					{ status: 'in_progress', progress_percent: 60, priority_score: 2.85 },
					{ status: 'completed', progress_percent: 100, priority_score: 2.4 },
					{ status: 'idea', progress_percent: null, priority_score: null },
				],
			}),
		).toEqual({
			theme,
			measureCount: 3,
			status: {
				total: 3,
				byStatus: { idea: 1, planned: 0, in_progress: 1, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0,
				completed: 1,
				inProgress: 1,
				completedShare: 33.33,
				source: 'measures',
			},
			meanProgress: 80,
			progressCoverage: { withValue: 2, total: 3 },
			meanScore: 2.63,
			goalCount: null,
			meanAttainment: null,
			kpis: [],
		});
	});

	it('takes the status from project-field counts and leaves the measure figures null, not 0', () => {
		expect(
			buildThemeMetrics(theme, {
				...none,
				snapshots: [{ total_count: 13, completed_count: 8, completing_soon_count: null, in_progress_count: 5, ongoing_count: null }],
			}),
		).toEqual({
			theme,
			measureCount: null,
			status: { total: 13, byStatus: null, unspecified: null, completed: 8, inProgress: 5, completedShare: 61.54, source: 'snapshots' },
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 0 },
			meanScore: null,
			goalCount: null,
			meanAttainment: null,
			kpis: [],
		});
	});

	it('counts annual goals and averages only the known attainments, with no status where there are no measures', () => {
		expect(
			buildThemeMetrics(theme, { ...none, goals: [{ attainment_percent: 50 }, { attainment_percent: null }, { attainment_percent: 100 }] }),
		).toEqual({
			theme,
			measureCount: null,
			status: { total: null, byStatus: null, unspecified: null, completed: null, inProgress: null, completedShare: null, source: null },
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 0 },
			meanScore: null,
			goalCount: 3,
			meanAttainment: 75,
			kpis: [],
		});
	});

	it('is null when the district has nothing on the theme', () => {
		expect(buildThemeMetrics(theme, none)).toBeNull();
	});
});
