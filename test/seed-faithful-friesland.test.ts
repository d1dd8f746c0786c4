/**
 * Landkreis Friesland's Sachstandsbericht (August 2022) as Directus holds it after the seed,
 * one case per kind of reading that issue 20 made expressible: no status where the report
 * gives none, the history entries, the chart readings marked "ca.", another number a measure
 * carries, and the successor links the report tells in prose. Values are the document's.
 */
import { describe, expect, it } from 'vitest';
import { asAdmin, q } from './support/api';

type Row = Record<string, unknown>;

async function items(collection: string, params: Record<string, string | number> = {}): Promise<Row[]> {
	const api = await asAdmin();
	return api.get<Row[]>(`/items/${collection}${q({ limit: -1, ...params })}`);
}

/** Numeric order of the document's numbers; the history entry after the current measure of the same number. */
const byCode = (a: Row, b: Row) => Number(a['code']) - Number(b['code']) || Number(a['historical']) - Number(b['historical']);

describe('seed, faithful to the Friesland document', () => {
	it('gives the 20 current measures no status, as the report gives none, and keeps "Abgeschlossen" and "Beendet" of the history', async () => {
		const measures = (await items('measures', { 'filter[district][_eq]': 'friesland', fields: 'code,status,historical' })).sort(byCode);
		expect({
			current: measures.filter((m) => m['historical'] === false).map((m) => [m['code'], m['status']]),
			history: measures.filter((m) => m['historical'] === true).map((m) => [m['code'], m['status']]),
		}).toEqual({
			current: Array.from({ length: 20 }, (_, i) => [String(i + 1), null]),
			history: [
				['4', 'completed'],
				['6', 'completed'],
				['9', 'ended'],
				['15', 'ended'],
			],
		});
	});

	it('marks the four entries of the Historienverzeichnis as history, so each reused number is told apart', async () => {
		const measures = (await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'friesland' }, code: { _in: ['4', '6', '9', '15'] } }),
			fields: 'code,title,historical',
		})).sort(byCode);
		expect(measures.map((m) => [m['code'], m['historical'], m['title']])).toEqual([
			['4', false, 'Interkommunaler Arbeitskreis „Digitalisierung“ (Shared Services) Online-Verwaltungsportale'],
			['4', true, 'Einführung eines Online-Verwaltungsportals'],
			['6', false, 'Einführung eines Vorlagen- und Bescheid-Managementsystems'],
			['6', true, 'Arbeitskreis „Digitalisierung WeserEms“'],
			['9', false, 'Einführung eines IT-Service-Shopsystems'],
			['9', true, 'Einführung eines Online-Bezahlsystems'],
			['15', false, 'Kommunikationskonzept „Digitalisierung“'],
			['15', true, 'Digitale Transformation der Verwaltungsarbeit'],
		]);
	});

	it('marks the chart readings the document gives as "ca." (2,5; 0,5; 5,8) approximate, on the measures and in the August 2022 report', async () => {
		const measures = (await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'friesland' }, progress_approximate: { _eq: true } }),
			fields: 'code,historical,progress_current,progress_target',
		})).sort(byCode);
		const updates = (await items('progress_updates', {
			filter: JSON.stringify({ status_report: { district: { _eq: 'friesland' } }, progress_approximate: { _eq: true } }),
			fields: 'measure.code,progress_value,progress_target',
		})).map((u) => [(u['measure'] as Row)['code'], u['progress_value'], u['progress_target']]);
		expect({
			measures: measures.map((m) => [m['code'], m['historical'], m['progress_current'], m['progress_target']]),
			updates: updates.sort((a, b) => Number(a[0]) - Number(b[0])),
		}).toEqual({
			measures: [
				['3', false, 2.5, 10],
				['6', false, 0.5, 10],
				['9', true, 5.8, 10],
			],
			updates: [
				['3', 2.5, 10],
				['6', 0.5, 10],
			],
		});
	});

	it('keeps the number 16 the history gives measure 13 ("die neue Maßnahme Nr. 16") as another number', async () => {
		const measures = await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'friesland' }, other_codes: { _nnull: true } }),
			fields: 'code,other_codes',
		});
		expect(
			measures
				.filter((m) => (m['other_codes'] as unknown[]).length > 0)
				.map((m) => [m['code'], (m['other_codes'] as Row[]).map((o) => [o['code'], String(o['source']).includes('Historienverzeichnis')])]),
		).toEqual([['13', [['16', true]]]]);
	});

	it('links ended measure 15 to the three measures derived from it (13, 14, 15) and the WeserEms working group to measure 3', async () => {
		const links = await items('measure_successions', {
			filter: JSON.stringify({ predecessor: { district: { _eq: 'friesland' } } }),
			fields: 'predecessor.code,predecessor.historical,successor.code,successor.historical,note',
		});
		const rows = links
			.map((l) => {
				const from = l['predecessor'] as Row;
				const to = l['successor'] as Row;
				return [from['code'], from['historical'], to['code'], to['historical'], /Es werden aus der Maßnahme|Gemäß lfd\. Nr\.3/.test(String(l['note']))];
			})
			.sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[2]) - Number(b[2]));
		expect(rows).toEqual([
			['6', true, '3', false, true],
			['15', true, '13', false, true],
			['15', true, '14', false, true],
			['15', true, '15', false, true],
		]);
	});
});
