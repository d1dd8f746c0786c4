import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

describe('toCsv', () => {
	it('writes a header row and one record per row, each ended by CRLF', () => {
		expect(toCsv(['code', 'title'], [{ code: '44', title: 'Work Space' }])).toBe('code,title\r\n44,Work Space\r\n');
	});

	it('quotes fields with commas, quotes or line breaks and doubles the quotes inside', () => {
		expect(toCsv(['t'], [{ t: 'a,b' }, { t: 'sagt „ja“ und "nein"' }, { t: 'Zeile 1\nZeile 2' }, { t: 'CR\r' }])).toBe(
			't\r\n"a,b"\r\n"sagt „ja“ und ""nein"""\r\n"Zeile 1\nZeile 2"\r\n"CR\r"\r\n',
		);
	});

	it('writes null and missing values as empty fields, numbers with a decimal point and booleans as words', () => {
		expect(toCsv(['a', 'b', 'c', 'd'], [{ a: null, b: 2.85, c: true }])).toBe('a,b,c,d\r\n,2.85,true,\r\n');
	});

	it('keeps German letters as they are', () => {
		expect(toCsv(['Maßnahme'], [{ Maßnahme: 'Digitale Bürgerdienste für Ämter' }])).toBe('Maßnahme\r\nDigitale Bürgerdienste für Ämter\r\n');
	});

	it('writes only the header for an empty table', () => {
		expect(toCsv(['id'], [])).toBe('id\r\n');
	});
});
