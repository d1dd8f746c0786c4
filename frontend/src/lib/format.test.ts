import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { de } from '../i18n/de';
import { compareCodes, fill, formatDate, formatDateTime, formatEuro, formatNumber, formatPercent, formatProgress, formatWithUnit, formatProgressReading, formatReading, plural, statusLabel } from './format';

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

	it('takes the singular for exactly one and the plural for 0 and more, in two- and three-form messages', () => {
		expect([0, 1, 2, 1.5].map((n) => plural('1 Maßnahme | {count} Maßnahmen', n)).concat([0, 1, 7].map((n) => plural('keine | eine | {count}', n)))).toEqual([
			'0 Maßnahmen',
			'1 Maßnahme',
			'2 Maßnahmen',
			'1,5 Maßnahmen',
			'keine',
			'eine',
			'7',
		]);
	});

	it('fills further placeholders and leaves a message without forms as it is', () => {
		expect([plural(de.district.measuresCount, 1, { shown: 1, total: 1 }), plural(de.district.goalsSummary, 33, { total: 33, withAttainment: 0 }), plural('{count} überfällig', 1)]).toEqual([
			'1 von 1 Maßnahme',
			'33 Jahresziele, davon 0 mit Ist-Wert',
			'1 überfällig',
		]);
	});

	it('gives vue-i18n the same plural rule, so components and pure code agree', () => {
		const t = i18n.global.t;
		expect([t('district.measuresCount', { shown: 1, total: 1 }, 1), t('district.measuresCount', { shown: 3, total: 24 }, 24), t('home.countOf', { shown: 1, count: 1 }, 1), t('home.count', 1), t('home.count', 0)]).toEqual([
			'1 von 1 Maßnahme',
			'3 von 24 Maßnahmen',
			'1 von 1 Kreis',
			'Ein Kreis',
			'Keine Kreise gefunden',
		]);
	});

	it('puts "ca." before an approximate reading and its progress, never before "keine Angabe"', () => {
		expect([formatReading(2.5, true), formatReading(60, true, '%'), formatReading(2.5, false), formatReading(null, true), formatProgressReading(2.5, 10, true), formatProgressReading(3, 8, false), formatProgressReading(null, 8, true)]).toEqual([
			'ca. 2,5',
			'ca. 60 %',
			'2,5',
			'keine Angabe',
			'ca. 2,5 von 10',
			'3 von 8',
			'keine Angabe',
		]);
	});

	it('writes a status the document does not give as "nicht angegeben"', () => {
		expect([statusLabel(null), statusLabel('in_progress')]).toEqual(['nicht angegeben', 'In Umsetzung']);
	});
});
