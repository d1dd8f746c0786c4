import { describe, expect, it } from 'vitest';
import { summarizeMeasureTotals } from './summarize-measure-totals';

describe('summarizeMeasureTotals', () => {
	it('adds up counts per status, the completed share and the mean progress from hundredths', () => {
		expect(
			summarizeMeasureTotals([
				{ status: 'completed', count: 1, progressCount: 1, progressHundredths: 10_000 },
				{ status: 'in_progress', count: 2, progressCount: 2, progressHundredths: 11_000 },
				{ status: 'planned', count: 1, progressCount: 0, progressHundredths: 0 },
			]),
		).toEqual({
			total: 4,
			byStatus: { idea: 0, planned: 1, in_progress: 2, completed: 1, ongoing: 0, ended: 0 }, unspecified: 0,
			completedShare: 25,
			meanProgress: 70,
			progressCoverage: { withValue: 3, total: 4 },
		});
	});

	it('rounds a mean that ends in a half up, as on paper', () => {
		// 12.35 % and 10 %: 11.175 %, which a floating-point sum may turn into 11.17.
		expect(summarizeMeasureTotals([{ status: 'in_progress', count: 2, progressCount: 2, progressHundredths: 2235 }]).meanProgress).toBe(11.18);
	});

	it('has no shares and no mean without measures', () => {
		expect(summarizeMeasureTotals([])).toEqual({
			total: 0,
			byStatus: { idea: 0, planned: 0, in_progress: 0, completed: 0, ongoing: 0, ended: 0 }, unspecified: 0,
			completedShare: null,
			meanProgress: null,
			progressCoverage: { withValue: 0, total: 0 },
		});
	});
});
