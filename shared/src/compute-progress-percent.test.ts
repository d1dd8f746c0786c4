import { describe, expect, it } from 'vitest';
import { computeProgressPercent } from './compute-progress-percent';

describe('computeProgressPercent', () => {
	it('is the current value as a percentage of the target', () => {
		expect(computeProgressPercent(6, 10)).toBe(60);
	});

	it('rounds to two decimals', () => {
		expect(computeProgressPercent(1, 3)).toBe(33.33);
	});

	it('reaches exactly 100 when the current value equals the target', () => {
		expect(computeProgressPercent(8, 8)).toBe(100);
	});

	it('is capped at 100 when the current value exceeds the target', () => {
		expect(computeProgressPercent(12, 10)).toBe(100);
	});

	it('does not go below 0 for a negative current value', () => {
		expect(computeProgressPercent(-2, 10)).toBe(0);
	});

	it('is 0, not null, when no progress has been made', () => {
		expect(computeProgressPercent(0, 10)).toBe(0);
	});

	it('is null when the current value or the target is missing', () => {
		expect([
			computeProgressPercent(null, 10),
			computeProgressPercent(undefined, 10),
			computeProgressPercent(5, null),
			computeProgressPercent(5, undefined),
		]).toEqual([null, null, null, null]);
	});

	it('is null when the target is zero or negative', () => {
		expect([computeProgressPercent(5, 0), computeProgressPercent(5, -10)]).toEqual([null, null]);
	});
});
