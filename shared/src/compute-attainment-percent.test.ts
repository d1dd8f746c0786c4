import { describe, expect, it } from 'vitest';
import { computeAttainmentPercent } from './compute-attainment-percent';

describe('computeAttainmentPercent', () => {
	it('is actual over target for an "at least" goal', () => {
		expect(computeAttainmentPercent(10, 7, 'at_least')).toBe(70);
	});

	it('is target over actual for an "at most" goal that is exceeded', () => {
		expect(computeAttainmentPercent(0.8, 1, 'at_most')).toBe(80);
	});

	it('rounds to two decimals', () => {
		expect([computeAttainmentPercent(3, 2, 'at_least'), computeAttainmentPercent(2, 3, 'at_most')]).toEqual([
			66.67, 66.67,
		]);
	});

	it('is capped at 100 when an "at least" goal is surpassed', () => {
		expect(computeAttainmentPercent(10, 15, 'at_least')).toBe(100);
	});

	it('is 100 when an "at most" goal stays at or below its limit, including at 0', () => {
		expect([
			computeAttainmentPercent(0.8, 0.8, 'at_most'),
			computeAttainmentPercent(0.8, 0.5, 'at_most'),
			computeAttainmentPercent(0.8, 0, 'at_most'),
		]).toEqual([100, 100, 100]);
	});

	it('is 0, not null, when nothing of an "at least" goal is reached', () => {
		expect(computeAttainmentPercent(10, 0, 'at_least')).toBe(0);
	});

	it('does not go below 0 for a negative actual value', () => {
		expect(computeAttainmentPercent(10, -3, 'at_least')).toBe(0);
	});

	it('is null when target or actual is missing', () => {
		expect([
			computeAttainmentPercent(null, 5, 'at_least'),
			computeAttainmentPercent(undefined, 5, 'at_most'),
			computeAttainmentPercent(10, null, 'at_least'),
			computeAttainmentPercent(10, undefined, 'at_most'),
		]).toEqual([null, null, null, null]);
	});

	it('is null when the target is zero or negative', () => {
		expect([computeAttainmentPercent(0, 5, 'at_least'), computeAttainmentPercent(-1, 0, 'at_most')]).toEqual([
			null,
			null,
		]);
	});

	it('is null when the direction is not stated (no attainment without "mindestens" or "maximal")', () => {
		expect([computeAttainmentPercent(10, 5, null), computeAttainmentPercent(10, 10, undefined)]).toEqual([null, null]);
	});
});
