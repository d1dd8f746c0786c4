import { describe, expect, it } from 'vitest';
import { formatCell, parseCell } from './cells';
import { SHEETS } from './sheets';

const themes = [{ id: 'e-akte-dms', name: 'E-Akte und DMS' }];
const kind = (sheet: keyof typeof SHEETS, header: string) => SHEETS[sheet].columns.find((c) => c.header === header)!.kind;

describe('parseCell', () => {
	it('reads dates as Excel dates, ISO text, German text and Excel serial numbers, all as ISO dates', () => {
		const date = kind('measures', 'Geplant bis');
		expect([new Date(Date.UTC(2024, 11, 31)), '2024-12-31', '31.12.2024', 45657].map((cell) => parseCell(date, cell, themes))).toEqual(Array(4).fill({ value: '2024-12-31' }));
	});

	it('refuses a day that does not exist and text that is no date, in German', () => {
		const date = kind('measures', 'Geplant bis');
		expect(['31.02.2022', 'bald'].map((cell) => parseCell(date, cell, themes))).toEqual([
			{ error: '„31.02.2022“ ist kein Datum. Bitte als TT.MM.JJJJ angeben, z. B. 31.12.2024.' },
			{ error: '„bald“ ist kein Datum. Bitte als TT.MM.JJJJ angeben, z. B. 31.12.2024.' },
		]);
	});

	it('reads numbers with a German decimal comma and refuses words', () => {
		const number = kind('measures', 'Fortschritt');
		expect(['7,5', 7.5, '1.234,5', 'viel'].map((cell) => parseCell(number, cell, themes))).toEqual([{ value: 7.5 }, { value: 7.5 }, { value: 1234.5 }, { error: '„viel“ ist keine Zahl.' }]);
	});

	it('accepts a status by its German label or its key, case-insensitively, and names the allowed ones otherwise', () => {
		const status = kind('measures', 'Status');
		expect(['In Umsetzung', 'completed', 'daueraufgabe', 'erledigt'].map((cell) => parseCell(status, cell, themes))).toEqual([
			{ value: 'in_progress' },
			{ value: 'completed' },
			{ value: 'ongoing' },
			{ error: '„erledigt“ ist keine erlaubte Angabe für „Status“. Erlaubt: Idee / neu, Geplant, In Umsetzung, Umgesetzt, Daueraufgabe, Beendet.' },
		]);
	});

	it('reads a report\'s Zustand and its updates\' Status by German label and refuses other words, naming the allowed ones', () => {
		const state = kind('reports', 'Zustand');
		const status = kind('reports', 'Status');
		expect([parseCell(state, 'Abgeschlossen', themes), parseCell(state, 'entwurf', themes), parseCell(state, 'fertig', themes), parseCell(status, 'Umgesetzt', themes), formatCell(state, 'closed', themes)]).toEqual([
			{ value: 'closed' },
			{ value: 'draft' },
			{ error: '„fertig“ ist keine erlaubte Angabe für „Zustand“. Erlaubt: Entwurf, Abgeschlossen.' },
			{ value: 'completed' },
			'Abgeschlossen',
		]);
	});

	it('accepts a theme by name or id and refuses an unknown one', () => {
		const theme = kind('measures', 'Thema');
		expect(['E-Akte und DMS', 'e-akte-dms', 'Raumfahrt'].map((cell) => parseCell(theme, cell, themes))).toEqual([
			{ value: 'e-akte-dms' },
			{ value: 'e-akte-dms' },
			{ error: 'Das Thema „Raumfahrt“ gibt es nicht. Erlaubt: E-Akte und DMS.' },
		]);
	});

	it('reads an empty status or direction, and the words „nicht angegeben“, as not stated, and writes it as an empty cell', () => {
		const status = kind('measures', 'Status');
		const direction = kind('goals', 'Richtung');
		expect([parseCell(status, null, themes), parseCell(status, 'Nicht angegeben', themes), parseCell(direction, '', themes), formatCell(direction, null, themes)]).toEqual([{ value: null }, { value: null }, { value: null }, null]);
	});

	it('reads an approximate mark as „ja“ or the document\'s „ca.“, an empty cell as false, and writes „ja“ or nothing', () => {
		const mark = kind('measures', 'Fortschritt ca.');
		expect([parseCell(mark, 'ja', themes), parseCell(mark, 'ca.', themes), parseCell(mark, null, themes), parseCell(mark, 'vielleicht', themes), formatCell(mark, true, themes), formatCell(mark, false, themes)]).toEqual([
			{ value: true },
			{ value: true },
			{ value: false },
			{ error: '„vielleicht“: bitte „ja“ angeben oder die Zelle leer lassen.' },
			'ja',
			null,
		]);
	});

	it('reads a cost kind and an attribution by their German labels', () => {
		expect([parseCell(kind('costs', 'Art'), 'Pro Jahr', themes), parseCell(kind('costs', 'Zurechnung'), 'Nur teilweise diesem Ziel zuzurechnen', themes), formatCell(kind('costs', 'Art'), 'not_calculable', themes)]).toEqual([
			{ value: 'per_year' },
			{ value: 'partial' },
			'Noch nicht kalkulierbar',
		]);
	});

	it('reads a Beratungsfolge written as the export writes it, a meeting without date too', () => {
		const column = kind('reports', 'Beratungsfolge');
		const consultations = [
			{ committee: 'Kreisausschuss', meeting_date: '2022-11-07', role: 'Kenntnisnahme' },
			{ committee: 'Hauptausschuss', meeting_date: null, role: 'Kenntnisnahme' },
			{ committee: 'Kreistag', meeting_date: '2022-11-08', role: null },
		];
		const cell = formatCell(column, consultations, themes);
		expect([cell, parseCell(column, cell, themes)]).toEqual(['Kreisausschuss, 07.11.2022, Kenntnisnahme; Hauptausschuss, , Kenntnisnahme; Kreistag, 08.11.2022', { value: consultations }]);
	});

	it('refuses a Beratungsfolge whose date is no date, in German', () => {
		expect(parseCell(kind('reports', 'Beratungsfolge'), 'Kreistag, im Herbst', themes)).toEqual({ error: '„Kreistag, im Herbst“: Beratungen bitte als „Gremium, TT.MM.JJJJ, Zuständigkeit“ angeben, z. B. „Kreistag, 08.11.2022, Kenntnisnahme“.' });
	});

	it('reads an empty cell as null, and as an empty list for list columns', () => {
		expect([parseCell(kind('measures', 'Titel'), '  ', themes), parseCell(kind('measures', 'Frühere Titel'), null, themes)]).toEqual([{ value: null }, { value: [] }]);
	});
});
