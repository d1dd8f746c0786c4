import { describe, expect, it } from 'vitest';
import { summarizeMeasures } from './summarize-measures';

describe('summarizeMeasures', () => {
	it('counts measures per status, share completed and mean progress', () => {
		expect(
			summarizeMeasures([
				{ status: 'completed', progress_percent: 100 },
				{ status: 'in_progress', progress_percent: 40 },
				{ status: 'in_progress', progress_percent: 70 },
				{ status: 'planned', progress_percent: 0 },
			]),
		).toEqual({
			total: 4,
			byStatus: { idea: 0, planned: 1, in_progress: 2, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0,
			completedShare: 25,
			meanProgress: 52.5,
			progressCoverage: { withValue: 4, total: 4 },
		});
	});

	it('leaves measures without a progress value out of the mean and reports the coverage', () => {
		expect(
			summarizeMeasures([
				{ status: 'in_progress', progress_percent: 80 },
				{ status: 'idea', progress_percent: null },
				{ status: 'ongoing', progress_percent: null },
			]),
		).toEqual({
			total: 3,
			byStatus: { idea: 1, planned: 0, in_progress: 1, completed: 0, ongoing: 1, ended: 0 }, unspecified: 0,
			completedShare: 0,
			meanProgress: 80,
			progressCoverage: { withValue: 1, total: 3 },
		});
	});

	it('has no mean progress when no measure reports one', () => {
		expect(
			summarizeMeasures([
				{ status: 'completed', progress_percent: null },
				{ status: 'ended', progress_percent: null },
			]),
		).toEqual({
			total: 2,
			byStatus: { idea: 0, planned: 0, in_progress: 0, completed: 1, ongoing: 0, ended: 1 }, unspecified: 0,
			completedShare: 50,
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 2 },
		});
	});

	it('rounds the completed share and the mean progress to two decimals', () => {
		expect(
			summarizeMeasures([
				{ status: 'completed', progress_percent: 100 },
				{ status: 'planned', progress_percent: 0 },
				{ status: 'planned', progress_percent: 0 },
			]),
		).toEqual({
			total: 3,
			byStatus: { idea: 0, planned: 2, in_progress: 0, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0,
			completedShare: 33.33,
			meanProgress: 33.33,
			progressCoverage: { withValue: 3, total: 3 },
		});
	});

	it('reports zeros for every status and no shares for no measures', () => {
		expect(summarizeMeasures([])).toEqual({
			total: 0,
			byStatus: { idea: 0, planned: 0, in_progress: 0, completed: 0, ongoing: 0, ended: 0 }, unspecified: 0,
			completedShare: null,
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 0 },
		});
	});
});
