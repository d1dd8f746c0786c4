import { describe, expect, it } from 'vitest';
import { formatApproximate } from './format-approximate';

describe('formatApproximate', () => {
	it('puts "ca." before an approximate number and nothing before an exact one', () => {
		expect([formatApproximate(2.5, true), formatApproximate(2.5, false), formatApproximate(0.5, true)]).toEqual(['ca. 2,5', '2,5', 'ca. 0,5']);
	});

	it('writes the unit after the number, the mark before both', () => {
		expect([formatApproximate(60, true, '%'), formatApproximate(20000, true, '€'), formatApproximate(3, false, 'Prozesse'), formatApproximate(7, false, '')]).toEqual(['ca. 60 %', 'ca. 20.000 €', '3 Prozesse', '7']);
	});

	it('keeps as many decimals as asked for', () => {
		expect([formatApproximate(37.456, false, '%', 1), formatApproximate(1234.5678, true)]).toEqual(['37,5 %', 'ca. 1.234,57']);
	});
});
