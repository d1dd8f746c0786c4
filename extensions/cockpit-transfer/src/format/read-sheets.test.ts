import { describe, expect, it } from 'vitest';
import type { Cell } from './cells';
import type { RawSheet } from './model';
import { readSheets } from './read-sheets';

const themes = [{ id: 'e-akte-dms', name: 'E-Akte und DMS' }];
const sheet = (name: string, headers: string[], ...rows: Cell[][]): RawSheet => ({ name, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const kreis = sheet('Kreis', ['Kennung', 'Name', 'Bundesland'], ['testkreis', 'Kreis Test', 'Hessen']);

describe('readSheets', () => {
	it('reads a measure whose Kennung is its number, with the district from the Kreis sheet', () => {
		const { model } = readSheets([kreis, sheet('Maßnahmen', ['Nummer', 'Titel', 'Thema', 'Status'], ['7', 'E-Akte', 'E-Akte und DMS', 'Geplant'])], themes);
		expect([model?.district['id'], model?.measures.map((m) => [m.row, m['key'], m['title'], m['theme'], m['status']])]).toEqual(['testkreis', [[2, '7', 'E-Akte', 'e-akte-dms', 'planned']]]);
	});

	it('names sheet, row and column of every problem and gives no model', () => {
		const result = readSheets(
			[kreis, sheet('Maßnahmen', ['Nummer', 'Titel', 'Thema', 'Status', 'Fortschritt', 'Abschluss bei'], ['1', 'A', 'E-Akte und DMS', 'Geplant', 12, 10], ['1', 'B', 'Raumfahrt', 'Geplant', null, null])],
			themes,
		);
		expect(result).toEqual({
			model: null,
			problems: [
				{ sheet: 'Maßnahmen', row: 3, column: 'Thema', message: 'Das Thema „Raumfahrt“ gibt es nicht. Erlaubt: E-Akte und DMS.' },
				{ sheet: 'Maßnahmen', row: 3, column: 'Nummer', message: 'Die Kennung „1“ kommt doppelt vor (schon in Zeile 2).' },
				{ sheet: 'Maßnahmen', row: 2, column: null, message: '„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 12).' },
			],
		});
	});

	it('reports a missing required column once, on the header row', () => {
		const { problems } = readSheets([kreis, sheet('Maßnahmen', ['Nummer', 'Thema', 'Status'], ['1', 'E-Akte und DMS', 'Geplant'], ['2', 'E-Akte und DMS', 'Geplant'])], themes);
		expect(problems).toEqual([{ sheet: 'Maßnahmen', row: 1, column: 'Titel', message: 'Die Pflichtspalte „Titel“ fehlt in der Kopfzeile.' }]);
	});

	it('groups the levels of a criterion whose weight stands only in its first row, and refuses a contradicting weight', () => {
		const criteria = sheet('Kriterien und Stufen', ['Kriterium', 'Gewichtung', 'Stufe', 'Punkte'], ['Nutzen', 40, 'hoch', 3], ['Nutzen', null, 'niedrig', 1], ['Nutzen', 20, 'mittel', 2]);
		expect(readSheets([kreis, criteria], themes).problems).toEqual([
			{ sheet: 'Kriterien und Stufen', row: 4, column: 'Gewichtung', message: 'Widerspricht Zeile 2 derselben Kennung „Nutzen“. Bitte gleich angeben oder leer lassen.' },
		]);
	});

	it('reads a rating per criterion column with its justification, and skips empty cells', () => {
		const ratings = sheet('Bewertungen', ['Maßnahme', 'Titel', 'Nutzen', 'Aufwand', 'Begründung: Nutzen'], ['7', 'E-Akte', 'hoch', null, 'Alle Ämter profitieren']);
		expect(readSheets([kreis, ratings], themes).model?.ratings).toEqual([{ row: 2, column: 'Nutzen', measure: '7', criterion: 'Nutzen', level: 'hoch', justification: 'Alle Ämter profitieren' }]);
	});

	it('refuses a formula in a column it reads, the header and a criterion column included, and lets a computed or unknown column hold one', () => {
		const measures = { ...sheet('Maßnahmen', ['Nummer', 'Titel', 'Thema', 'Status', 'Beschreibung', 'Rang', 'Notiz'], ['1', 'A', 'E-Akte und DMS', 'Geplant', 'b', 1, 'x']), formulas: [5, 6, 7].map((c) => ({ row: 2, index: c - 1, formula: `=B${c}` })) };
		const ratings = { ...sheet('Bewertungen', ['Maßnahme', 'Titel', 'Nutzen'], ['1', 'A', 'hoch']), formulas: [{ row: 2, index: 2, formula: 'wie in Zelle C2' }, { row: 1, index: 2, formula: '="Nutzen"' }] };
		const message = (formula: string) => `Die Zelle enthält eine Formel (${formula}). Der Import übernimmt nur eingetragene Werte: bitte die Formel durch ihren Wert ersetzen (in Excel: Zelle kopieren, dann „Einfügen: Werte“).`;
		expect(readSheets([kreis, measures, ratings], themes)).toEqual({
			model: null,
			problems: [
				{ sheet: 'Maßnahmen', row: 2, column: 'Beschreibung', message: message('=B5') },
				{ sheet: 'Bewertungen', row: 2, column: 'Nutzen', message: message('wie in Zelle C2') },
				{ sheet: 'Bewertungen', row: 1, column: 'Nutzen', message: message('="Nutzen"') },
			],
		});
	});

	it('refuses a workbook without the Kreis sheet', () => {
		expect(readSheets([], themes).problems).toEqual([{ sheet: 'Kreis', row: null, column: null, message: 'Das Blatt fehlt in der Arbeitsmappe.' }]);
	});
});
