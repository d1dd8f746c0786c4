/**
 * Kreis Unna's Drucksache 168/22 (../shared/seeds/004_8bddd885c1d5ee0b.txt) as Directus holds it
 * after the seed, read back over the API: the four "UPDATE 23/24" focus projects (lines 107-110)
 * carry no status, because the document gives none, and say so with their line; a project
 * field's count the document does not state stays empty, never derived from the others.
 */
import { describe, expect, it } from 'vitest';
import { asAdmin, q } from './support/api';

type Row = Record<string, unknown>;

describe('seed faithful to the document: Kreis Unna', () => {
	it('keeps the four UPDATE 23/24 focus projects without status and says why, with the line of each', async () => {
		const api = await asAdmin();
		const measures = await api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'unna', fields: 'title,status,planned_date,source_note', limit: -1 })}`);
		expect(
			measures
				.map((m) => ({
					title: m['title'],
					status: m['status'],
					planned_date: m['planned_date'],
					line: /Kapitel IV, Zeile (\d+)\)/.exec(String(m['source_note']))?.[1] ?? null,
					saysNoStatus: String(m['source_note']).includes('daher Status nicht angegeben'),
				}))
				.sort((a, b) => String(a.line).localeCompare(String(b.line))),
		).toEqual([
			{ title: 'Flächendeckende Einführung des Dokumentenmanagement-Systems und Nutzung einer verwaltungsweiten Basis-E-Akte', status: null, planned_date: null, line: '107', saysNoStatus: true },
			{ title: 'Abbildung digitaler Verwaltungsprozesse in der Kreisverwaltung', status: null, planned_date: null, line: '108', saysNoStatus: true },
			{ title: 'Relaunch des Internetauftritts und Bereitstellung des Service-Portals', status: null, planned_date: null, line: '109', saysNoStatus: true },
			{ title: 'umfassender Ausbau der digitalen Dienstleistungen für Bürger*innen und Unternehmen', status: null, planned_date: null, line: '110', saysNoStatus: true },
		]);
	});

	it('leaves the counts the document does not state empty: no "ursprünglich" for Open Data, "viele" is no count, nothing in progress stated for Ressourcen | Weiteres (lines 91, 93, 97)', async () => {
		const api = await asAdmin();
		const snapshots = await api.get<Row[]>(
			`/items/action_field_snapshots${q({ 'filter[action_field][district][_eq]': 'unna', fields: 'action_field.title,planned_count,added_count,total_count,completed_count,in_progress_count,ongoing_count', limit: -1 })}`,
		);
		const byField = Object.fromEntries(snapshots.map(({ action_field, ...counts }) => [(action_field as Row)['title'], counts]));
		expect({ openData: byField['Open Government | Open-Data Projekte'], ressourcen: byField['Ressourcen | Weiteres'] }).toEqual({
			openData: { planned_count: null, added_count: null, total_count: 14, completed_count: 5, in_progress_count: 9, ongoing_count: null },
			ressourcen: { planned_count: null, added_count: null, total_count: 13, completed_count: 12, in_progress_count: null, ongoing_count: 1 },
		});
	});
});
