import { describe, expect, it } from 'vitest';
import { roundTo } from './round-to';

describe('roundTo', () => {
	it('rounds to the given number of decimals', () => {
		expect([roundTo(2.34567, 2), roundTo(2.34567, 4), roundTo(2.5, 0)]).toEqual([2.35, 2.3457, 3]);
	});

	it('rounds halves up even where binary floating point stores them just below the half', () => {
		expect([roundTo(1.005, 2), roundTo(1.0005, 3), roundTo(2.675, 2)]).toEqual([1.01, 1.001, 2.68]);
	});

	it('removes floating noise from sums such as 0.1 + 0.2', () => {
		expect(roundTo(0.1 + 0.2, 4)).toBe(0.3);
	});

	it('rounds negative halves away from zero, mirroring the positive side', () => {
		expect([roundTo(-1.005, 2), roundTo(-2.5, 0)]).toEqual([-1.01, -3]);
	});

	it('gives 0 rather than -0 when a small negative value rounds away', () => {
		expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true);
	});

	it('handles values that JavaScript writes in exponent notation', () => {
		expect([roundTo(1e-7, 4), roundTo(1.23456e-5, 6), roundTo(1e21 + 0.4, 2)]).toEqual([0, 0.000012, 1e21]);
	});

	it('leaves integers, NaN and infinities unchanged', () => {
		expect([roundTo(42, 2), roundTo(Number.NaN, 2), roundTo(Number.POSITIVE_INFINITY, 2)]).toEqual([
			42,
			Number.NaN,
			Number.POSITIVE_INFINITY,
		]);
	});
});
