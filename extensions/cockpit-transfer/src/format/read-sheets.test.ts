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

	it('reads a goal without direction as not stated and its cost components in sheet order, an empty Zurechnung as „diesem Ziel“', () => {
		const goals = sheet('Jahresziele', ['Kennung', 'Jahr', 'Ziel', 'Richtung'], ['Z1', 2024, 'Prozesse digitalisieren', null]);
		const costs = sheet('Kosten', ['Jahresziel', 'Art', 'Betrag (EUR)', 'Betrag ca.', 'Zurechnung'], ['Z1', 'Einmalig', 150, null, null], ['Z1', 'Pro Jahr', '6.000,00', 'ca.', 'Nur teilweise diesem Ziel zuzurechnen']);
		const { model } = readSheets([kreis, goals, costs], themes);
		expect([model?.goals.map((g) => g['direction']), model?.costs.map((c) => [c.row, c['annual_goal'], c['kind'], c['amount'], c['approximate'], c['attribution'], c['sort']])]).toEqual([
			[null],
			[
				[2, 'Z1', 'one_off', 150, false, 'goal', 1],
				[3, 'Z1', 'per_year', 6000, true, 'partial', 2],
			],
		]);
	});

	it('refuses a filled cost column of the old format instead of dropping the cost silently', () => {
		const goals = sheet('Jahresziele', ['Kennung', 'Jahr', 'Ziel', 'Kostenart', 'Betrag (EUR)'], ['Z1', 2024, 'Ziel', 'Einmalig', null]);
		expect(readSheets([kreis, goals], themes).problems).toEqual([
			{ sheet: 'Jahresziele', row: 1, column: 'Kostenart', message: 'Die Spalte „Kostenart“ gibt es nicht mehr: Kosten stehen je Bestandteil im Blatt „Kosten“ (Art, Betrag, Laufzeit, Träger, Anteil). Bitte die Angaben dorthin übertragen und die Spalte löschen.' },
		]);
	});

	it('attaches other numbers to their measure in sheet order, gives the others an empty list, and refuses a number of a measure not on the sheet', () => {
		const measures = sheet('Maßnahmen', ['Nummer', 'Titel', 'Thema'], ['12', 'A', 'E-Akte und DMS'], ['13', 'B', 'E-Akte und DMS']);
		const good = sheet('Weitere Nummern', ['Maßnahme', 'Nummer', 'Quelle'], ['12', '13', 'Kapitel 7.1'], ['12', '14', 'Anlage']);
		const bad = sheet('Weitere Nummern', ['Maßnahme', 'Nummer', 'Quelle'], ['99', '1', 'Kapitel 7.1']);
		expect([readSheets([kreis, measures, good], themes).model?.measures.map((m) => m['other_codes']), readSheets([kreis, measures, bad], themes).problems]).toEqual([
			[[{ code: '13', source: 'Kapitel 7.1' }, { code: '14', source: 'Anlage' }], []],
			[{ sheet: 'Weitere Nummern', row: 2, column: 'Maßnahme', message: '„99“ steht nicht im Blatt „Maßnahmen“. Bitte die Kennung einer Zeile dieses Blatts angeben.' }],
		]);
	});

	it('reads a KPI\'s undated approximate baseline and its measure, and refuses a baseline date without a value', () => {
		const headers = ['Kennung', 'Name', 'Thema', 'Maßnahme', 'Ausgangswert', 'Ausgangswert ca.', 'Ausgangswert am', 'Ausgangswert im Wortlaut', 'Frist wie im Dokument', 'Stichtag', 'Wert'];
		const good = sheet('Kennzahlen und Messwerte', headers, ['K1', 'Anteil online', 'E-Akte und DMS', '43', 60, 'ja', null, '„rd. 60 Prozent“', 'bis zum Jahresende 2021', null, null]);
		const bad = sheet('Kennzahlen und Messwerte', headers, ['K1', 'Anteil online', 'E-Akte und DMS', null, null, null, '01.01.2021', null, null, null, null]);
		const kpi = readSheets([kreis, good], themes).model?.kpis[0];
		expect([[kpi?.['measure'], kpi?.['baseline_value'], kpi?.['baseline_approximate'], kpi?.['baseline_date'], kpi?.['direction'], kpi?.['deadline_label'], kpi?.values], readSheets([kreis, bad], themes).problems]).toEqual([
			['43', 60, true, null, null, 'bis zum Jahresende 2021', []],
			[{ sheet: 'Kennzahlen und Messwerte', row: 2, column: 'Ausgangswert', message: '„Ausgangswert ca.“ oder „Ausgangswert am“ ohne Ausgangswert: bitte den Wert angeben oder die Angaben löschen.' }],
		]);
	});

	it('refuses a negative cost amount and a share above 100 % with the rule of a direct edit', () => {
		const costs = sheet('Kosten', ['Jahresziel', 'Art', 'Betrag (EUR)', 'Anteil in %'], ['Z1', 'Einmalig', -5, null], ['Z1', 'Finanzierungsanteil', null, 120]);
		expect(readSheets([kreis, costs], themes).problems).toEqual([
			{ sheet: 'Kosten', row: 2, column: null, message: '„Betrag (EUR)“ darf nicht negativ sein (angegeben: -5).' },
			{ sheet: 'Kosten', row: 3, column: null, message: '„Anteil in %“ muss größer als 0 und höchstens 100 sein (angegeben: 120).' },
		]);
	});

	it('refuses the same succession twice', () => {
		const successions = sheet('Nachfolge', ['Vorgänger', 'Nachfolger'], ['historie-15', '13'], ['historie-15', '13']);
		expect(readSheets([kreis, successions], themes).problems).toEqual([{ sheet: 'Nachfolge', row: 3, column: null, message: 'Diese Nachfolge steht schon (Zeile 2).' }]);
	});

	it('refuses a workbook without the Kreis sheet', () => {
		expect(readSheets([], themes).problems).toEqual([{ sheet: 'Kreis', row: null, column: null, message: 'Das Blatt fehlt in der Arbeitsmappe.' }]);
	});
});
