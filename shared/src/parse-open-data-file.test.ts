import { describe, expect, it } from 'vitest';
import { parseOpenDataFile } from './parse-open-data-file';

const district = { id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen', ags: '05166' };
const measure = {
	id: 'm1', code: '44', title: 'Work Space', action_field: null, theme: 'mobiles-arbeiten', status: 'in_progress', status_label: 'In Umsetzung',
	historical: false, other_codes: '[{"code":"13","source":"Kapitel 7.1"}]', priority_class: null, priority_score: 2.85, priority_rank: 1,
	progress_current: 2.5, progress_approximate: true, progress_target: 10, progress_percent: 25,
};
const cost = { id: 'c1', annual_goal: 'g1', kind: 'funding', amount: 430000, approximate: true, years: null, year: null, funder: null, share_percent: null, attribution: 'partial', note: null, sort: 1 };

describe('parseOpenDataFile', () => {
	it('reads a file of the expected table with its district and typed rows', () => {
		const parsed = parseOpenDataFile({ district, table: 'measures', modified: '2026-12-01T10:00:00.000Z', data: [measure] }, 'measures');
		expect(parsed).toEqual({
			file: {
				district: { ...district, strategy_title: null, source_document: null, source_date_label: null },
				table: 'measures',
				modified: '2026-12-01T10:00:00.000Z',
				rows: [measure],
			},
		});
	});

	it('refuses an unknown status and names the row', () => {
		expect(parseOpenDataFile({ district, table: 'measures', data: [{ ...measure, status: 'erledigt' }] }, 'measures')).toEqual({
			error: 'Datei „Maßnahmen“, Zeile 1: „status“ hat den unbekannten Wert „erledigt“.',
		});
	});

	it('refuses a number given as text, and a missing title', () => {
		expect([
			parseOpenDataFile({ district, table: 'measures', data: [{ ...measure, priority_score: '2,85' }] }, 'measures'),
			parseOpenDataFile({ district, table: 'measures', data: [{ ...measure, title: null }] }, 'measures'),
		]).toEqual([{ error: 'Datei „Maßnahmen“, Zeile 1: „priority_score“ ist keine Zahl.' }, { error: 'Datei „Maßnahmen“, Zeile 1: „title“ fehlt.' }]);
	});

	it('reads a measure without status, and a cost component whose kind is a cost type', () => {
		const measures = parseOpenDataFile({ district, table: 'measures', data: [{ ...measure, status: null, status_label: 'nicht angegeben' }] }, 'measures');
		const costs = parseOpenDataFile({ district, table: 'cost_components', data: [cost] }, 'cost_components');
		expect([measures, costs]).toEqual([
			{ file: expect.objectContaining({ rows: [{ ...measure, status: null, status_label: 'nicht angegeben' }] }) },
			{ file: expect.objectContaining({ rows: [cost] }) },
		]);
	});

	it('refuses an unknown cost kind or attribution, a mark that is no true/false, and a list that is not one', () => {
		expect([
			parseOpenDataFile({ district, table: 'cost_components', data: [{ ...cost, kind: 'leitziel' }] }, 'cost_components'),
			parseOpenDataFile({ district, table: 'cost_components', data: [{ ...cost, attribution: 'ganz' }] }, 'cost_components'),
			parseOpenDataFile({ district, table: 'measures', data: [{ ...measure, progress_approximate: 'ja' }] }, 'measures'),
			parseOpenDataFile({ district, table: 'measures', data: [{ ...measure, other_codes: '[{"code":13}]' }] }, 'measures'),
		]).toEqual([
			{ error: 'Datei „Kosten der Jahresziele“, Zeile 1: „kind“ hat den unbekannten Wert „leitziel“.' },
			{ error: 'Datei „Kosten der Jahresziele“, Zeile 1: „attribution“ hat den unbekannten Wert „ganz“.' },
			{ error: 'Datei „Maßnahmen“, Zeile 1: „progress_approximate“ ist kein Wahrheitswert (true/false).' },
			{ error: 'Datei „Maßnahmen“, Zeile 1: „other_codes“ ist keine gültige Liste.' },
		]);
	});

	it('refuses another table, garbage and a file without district', () => {
		expect([
			parseOpenDataFile({ district, table: 'annual_goals', data: [] }, 'measures'),
			parseOpenDataFile('<html>', 'measures'),
			parseOpenDataFile({ table: 'measures', data: [] }, 'measures'),
		]).toEqual([
			{ error: 'Die Datei „Maßnahmen“ enthält eine andere Tabelle („annual_goals“).' },
			{ error: 'Die Datei „Maßnahmen“ ist keine Open-Data-Datei des Cockpits.' },
			{ error: 'Die Datei „Maßnahmen“ ist keine Open-Data-Datei des Cockpits.' },
		]);
	});
});
