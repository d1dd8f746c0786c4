import { describe, expect, it } from 'vitest';
import { summarizeAnnualGoals } from './summarize-annual-goals';

describe('summarizeAnnualGoals', () => {
	it('counts goals per traffic light and averages their attainment', () => {
		expect(
			summarizeAnnualGoals([
				{ attainment_percent: 100 },
				{ attainment_percent: 60 },
				{ attainment_percent: 20 },
				{ attainment_percent: 100 },
			]),
		).toEqual({
			total: 4,
			withAttainment: 4,
			meanAttainment: 70,
			lights: { green: 2, yellow: 1, red: 1, unknown: 0 },
		});
	});

	it('leaves goals without an attainment out of the mean and counts them as unknown', () => {
		expect(summarizeAnnualGoals([{ attainment_percent: 80 }, { attainment_percent: null }])).toEqual({
			total: 2,
			withAttainment: 1,
			meanAttainment: 80,
			lights: { green: 0, yellow: 1, red: 0, unknown: 1 },
		});
	});

	it('has no mean attainment when no goal has one', () => {
		expect(summarizeAnnualGoals([{ attainment_percent: null }])).toEqual({
			total: 1,
			withAttainment: 0,
			meanAttainment: null,
			lights: { green: 0, yellow: 0, red: 0, unknown: 1 },
		});
	});

	it('rounds the mean attainment to two decimals', () => {
		expect(
			summarizeAnnualGoals([{ attainment_percent: 100 }, { attainment_percent: 0 }, { attainment_percent: 0 }]),
		).toEqual({
			total: 3,
			withAttainment: 3,
			meanAttainment: 33.33,
			lights: { green: 1, yellow: 0, red: 2, unknown: 0 },
		});
	});

	it('reports zeros and no mean for no goals', () => {
		expect(summarizeAnnualGoals([])).toEqual({
			total: 0,
			withAttainment: 0,
			meanAttainment: null,
			lights: { green: 0, yellow: 0, red: 0, unknown: 0 },
		});
	});
});
