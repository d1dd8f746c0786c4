import { describe, expect, it } from 'vitest';
import type { RawSheet, SheetData } from './model';
import { planImport } from './plan-import';
import { readSheets } from './read-sheets';
import { TEMPLATE_DISTRICT } from './template';
import { writeSheets } from './write-sheets';

const themes = [
	{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
	{ id: 'online-dienste-ozg', name: 'Online-Dienste und OZG' },
];
const newId = (collection: string, key: string) => `${collection}:${key}`;
/** The cells as exceljs hands them back: the export's own values, row 1 the headers. */
const asRead = (sheets: SheetData[]): RawSheet[] => sheets.map((s) => ({ name: s.name, headers: s.columns.map((c) => c.header), rows: s.rows.map((cells, i) => ({ row: i + 2, cells })) }));

describe('the workbook format, written and read back without Directus', () => {
	it('reads every field of the template back as it was written, so importing an export plans nothing', () => {
		const read = readSheets(asRead(writeSheets(TEMPLATE_DISTRICT, themes)), themes);
		const planned = planImport(read.model!, TEMPLATE_DISTRICT, newId);
		expect([read.problems, planned.problems, planned.plan?.steps]).toEqual([[], [], []]);
	});

	it('writes the new model on its own sheets: cost components, successions by Kennung, other numbers, long-term values and profile sections', () => {
		const sheets = new Map(writeSheets(TEMPLATE_DISTRICT, themes).map((s) => [s.name, s.rows]));
		expect({
			kosten: sheets.get('Kosten'),
			nachfolge: sheets.get('Nachfolge'),
			nummern: sheets.get('Weitere Nummern'),
			zielwerte: sheets.get('Langfristige Zielwerte'),
			abschnitte: sheets.get('Steckbrief-Abschnitte'),
			kennungen: sheets.get('Maßnahmen')!.map((row) => row.slice(0, 2)),
			stellen: sheets.get('Verantwortliche Stellen'),
		}).toEqual({
			kosten: [['KO1', 'Z1', 'Mindestens 5 Ämter arbeiten mit der E-Akte.', 'Einmalig', 20000, 'ja', null, 2025, null, null, 'Diesem Ziel zuzurechnen', 'Lizenzen']],
			nachfolge: [['historie-1.1', 'Scannen der Papierakten', '1.1', 'Einführung der E-Akte', 'Aus der Maßnahme wird die Einführung der E-Akte abgeleitet.']],
			nummern: [['1.1', '7', 'Kapitel 4 (Maßnahmenübersicht)']],
			zielwerte: [['1', 200, 'Prozesse', null, null, '200 Prozesse digital abgebildet']],
			abschnitte: [['1', '3.2 Rechtliche Aspekte', null]],
			kennungen: [[null, '1.1'], ['historie-1.1', '1.1']],
			stellen: [['Amt für Digitalisierung', null]],
		});
	});

	it('plans exactly the edited cost component and the new succession after a clerk\'s edit', () => {
		const raw = asRead(writeSheets(TEMPLATE_DISTRICT, themes));
		const kosten = raw.find((s) => s.name === 'Kosten')!;
		kosten.rows[0]!.cells[4] = 25000;
		kosten.rows.push({ row: 3, cells: [null, 'Z1', null, 'Pro Jahr', 6000, null, null, null, null, null, null, 'Wartung'] });
		const nachfolge = raw.find((s) => s.name === 'Nachfolge')!;
		nachfolge.rows[0]!.cells[4] = 'geändert';
		const plan = planImport(readSheets(raw, themes).model!, TEMPLATE_DISTRICT, newId).plan!;
		expect(plan.steps.map((s) => [s.collection, s.action, s.payload])).toEqual([
			['measure_successions', 'update', { note: 'geändert' }],
			['annual_goal_costs', 'update', { amount: 25000 }],
			[
				'annual_goal_costs',
				'create',
				{ id: 'annual_goal_costs:Z1#2', annual_goal: 'Z1', kind: 'per_year', amount: 6000, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: 'Wartung', sort: 2 },
			],
		]);
	});
});
