import { describe, expect, it } from 'vitest';
import { parseOpenDataFile } from './parse-open-data-file';

const district = { id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen', ags: '05166' };
const measure = {
	id: 'm1', code: '44', title: 'Work Space', action_field: null, theme: 'mobiles-arbeiten', status: 'in_progress', status_label: 'In Umsetzung',
	priority_class: null, priority_score: 2.85, priority_rank: 1, progress_current: null, progress_target: null, progress_percent: null,
};

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
