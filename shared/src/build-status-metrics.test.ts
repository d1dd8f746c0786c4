import { describe, expect, it } from 'vitest';
import { buildStatusMetrics } from './build-status-metrics';

const snapshot = (total: number | null, completed: number | null, soon: number | null, running: number | null, ongoing: number | null) => ({
	total_count: total,
	completed_count: completed,
	completing_soon_count: soon,
	in_progress_count: running,
	ongoing_count: ongoing,
});

describe('buildStatusMetrics', () => {
	it('counts measures per status when the district lists measures', () => {
		expect(
			buildStatusMetrics({
				measures: [
					{ status: 'completed', progress_percent: 100 },
					{ status: 'in_progress', progress_percent: 30 },
					{ status: 'in_progress', progress_percent: null },
					{ status: 'idea', progress_percent: null },
				],
				snapshots: [],
			}),
		).toEqual({
			total: 4,
			byStatus: { idea: 1, planned: 0, in_progress: 2, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0,
			completed: 1,
			inProgress: 2,
			completedShare: 25,
			source: 'measures',
		});
	});

	it('sums the project-field counts, with no per-status breakdown, when the district reports counts', () => {
		expect(
			buildStatusMetrics({
				measures: [],
				snapshots: [snapshot(25, 15, 5, 5, null), snapshot(13, 12, null, null, 1)],
			}),
		).toEqual({ total: 38, byStatus: null, unspecified: null, completed: 27, inProgress: 10, completedShare: 71.05, source: 'snapshots' });
	});

	it('prefers the project-field counts over the few measures listed besides them', () => {
		expect(
			buildStatusMetrics({
				measures: [{ status: 'planned', progress_percent: null }],
				snapshots: [snapshot(13, 8, null, 5, null)],
			}),
		).toEqual({ total: 13, byStatus: null, unspecified: null, completed: 8, inProgress: 5, completedShare: 61.54, source: 'snapshots' });
	});

	it('is unknown throughout, not 0, when there are neither measures nor counts', () => {
		expect(buildStatusMetrics({ measures: [], snapshots: [] })).toEqual({
			total: null,
			byStatus: null, unspecified: null,
			completed: null,
			inProgress: null,
			completedShare: null,
			source: null,
		});
	});
});
