import { describe, expect, it } from 'vitest';
import { compareCodes, fill, formatDate, formatDateTime, formatEuro, formatNumber, formatPercent, formatProgress, formatWithUnit } from './format';

describe('format', () => {
	it('writes "keine Angabe" for every missing value instead of 0', () => {
		expect([formatNumber(null), formatPercent(null), formatWithUnit(undefined, '%'), formatEuro(null), formatDate(null), formatProgress(3, null)]).toEqual(
			Array(6).fill('keine Angabe'),
		);
	});

	it('formats known values the German way, and keeps a real 0', () => {
		expect([formatNumber(2.85), formatPercent(45.456), formatPercent(0), formatWithUnit(10, 'Ämter'), formatEuro(71600000), formatDate('2022-08-01')]).toEqual([
			'2,85',
			'45,5 %',
			'0 %',
			'10 Ämter',
			'71.600.000 €',
			'01.08.2022',
		]);
	});

	it('writes a moment as German date and time in the given time zone, and leaves a non-date as it is', () => {
		expect([formatDateTime('2026-12-01T13:30:00.000Z', 'Europe/Berlin'), formatDateTime('gestern'), formatDateTime(null)]).toEqual(['01.12.2026, 14:30 Uhr', 'gestern', 'keine Angabe']);
	});

	it('writes progress against its completion mark as "x von y"', () => {
		expect(formatProgress(3, 8)).toBe('3 von 8');
	});

	it('fills named placeholders and leaves unknown ones untouched', () => {
		expect(fill('{a} und {b}', { a: 'Eins' })).toBe('Eins und {b}');
	});

	it('sorts document codes numerically with unnumbered ones last', () => {
		expect(['10', null, '2', 'I.10', 'I.2'].sort(compareCodes)).toEqual(['2', '10', 'I.2', 'I.10', null]);
	});
});
