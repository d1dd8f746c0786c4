/**
 * The five documents as a user finds them in Directus after `npm start`: the counts the
 * documents hold, a few values per document, and a second seed run that changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load-seed';
import { asAdmin, q } from './support/api';

type Row = Record<string, unknown>;

async function items(collection: string, params: Record<string, string | number> = {}): Promise<Row[]> {
	const api = await asAdmin();
	return api.get<Row[]>(`/items/${collection}${q({ limit: -1, ...params })}`);
}

async function count(collection: string, filter: object): Promise<number> {
	return (await items(collection, { filter: JSON.stringify(filter), fields: 'id' })).length;
}

describe('seed: the documents in numbers', () => {
	it('holds the five districts, published, with their states', async () => {
		const districts = await items('districts', { fields: 'id,name,state,published', sort: 'id' });
		expect(districts).toEqual([
			{ id: 'friesland', name: 'Landkreis Friesland', state: 'Niedersachsen', published: true },
			{ id: 'paderborn', name: 'Kreis Paderborn', state: 'Nordrhein-Westfalen', published: true },
			{ id: 'rendsburg-eckernfoerde', name: 'Kreis Rendsburg-Eckernförde', state: 'Schleswig-Holstein', published: true },
			{ id: 'unna', name: 'Kreis Unna', state: 'Nordrhein-Westfalen', published: true },
			{ id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen', published: true },
		]);
	});

	it('Friesland: 20 active measures, 4 in the history (2 completed, 2 ended), 20 snapshots in the August 2022 report', async () => {
		const measures = await items('measures', { 'filter[district][_eq]': 'friesland', fields: 'status' });
		const statuses = measures.map((m) => m['status']);
		const reports = await items('status_reports', { 'filter[district][_eq]': 'friesland', fields: 'report_date_label,updates' });
		expect({
			active: statuses.filter((s) => s === 'in_progress').length,
			completed: statuses.filter((s) => s === 'completed').length,
			ended: statuses.filter((s) => s === 'ended').length,
			reports: reports.map((r) => [r['report_date_label'], (r['updates'] as unknown[]).length]),
		}).toEqual({ active: 20, completed: 2, ended: 2, reports: [['August 2022', 20]] });
	});

	it('Friesland: measure 7 is at 3 of 8, and renamed measures keep their former title', async () => {
		const [seven] = await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'friesland' }, code: { _eq: '7' }, status: { _eq: 'in_progress' } }),
			fields: 'progress_current,progress_target,progress_percent,priority_class',
		});
		const renamed = await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'friesland' }, former_titles: { _nnull: true } }),
			fields: 'code,former_titles',
		});
		expect({ seven, renamed: renamed.filter((m) => (m['former_titles'] as string[]).length > 0).map((m) => m['code']).sort() }).toEqual({
			seven: { progress_current: 3, progress_target: 8, progress_percent: 37.5, priority_class: '3' },
			renamed: ['10', '11'],
		});
	});

	it('Rendsburg-Eckernförde: one overall goal, 5 Leitziele, 10 Leitprojekte, 56 measures by status', async () => {
		const fields = await items('action_fields', { 'filter[district][_eq]': 'rendsburg-eckernfoerde', fields: 'kind' });
		const measures = await items('measures', { 'filter[district][_eq]': 'rendsburg-eckernfoerde', fields: 'status' });
		const kinds = fields.map((f) => f['kind']);
		const statuses = measures.map((m) => m['status']);
		expect({
			goal: kinds.filter((k) => k === 'goal').length,
			leitziele: kinds.filter((k) => k === 'leitziel').length,
			leitprojekte: kinds.filter((k) => k === 'leitprojekt').length,
			measures: measures.length,
			umgesetzt: statuses.filter((s) => s === 'completed').length,
			inPlanung: statuses.filter((s) => s === 'planned').length,
			neu: statuses.filter((s) => s === 'idea').length,
		}).toEqual({ goal: 1, leitziele: 5, leitprojekte: 10, measures: 56, umgesetzt: 10, inPlanung: 11, neu: 35 });
	});

	it('Rendsburg-Eckernförde: the KPI "25 % aller Anträge online" with its target, and measure 34 records the contradiction', async () => {
		const kpis = await items('kpis', { 'filter[district][_eq]': 'rendsburg-eckernfoerde', fields: 'target_value,unit,description' });
		const online = kpis.find((k) => String(k['description']).includes('25%'));
		const [m34] = await items('measures', { filter: JSON.stringify({ district: { _eq: 'rendsburg-eckernfoerde' }, code: { _eq: '34' } }), fields: 'status,source_note' });
		expect({ online: { target: online?.['target_value'], unit: online?.['unit'] }, status: m34?.['status'], noted: /34/.test(String(m34?.['source_note'])) }).toEqual({
			online: { target: 25, unit: '%' },
			status: 'planned',
			noted: true,
		});
	});

	it('Viersen: 5 Handlungsfelder, 46 measures, 5 criteria weighted 40/15/5/20/20 and 230 ratings', async () => {
		const criteria = await items('priority_criteria', { 'filter[district][_eq]': 'viersen', fields: 'name,weight', sort: 'sort' });
		expect({
			fields: await count('action_fields', { district: { _eq: 'viersen' } }),
			measures: await count('measures', { district: { _eq: 'viersen' } }),
			criteria: criteria.map((c) => [c['name'], c['weight']]),
			ratings: await count('measure_ratings', { measure: { district: { _eq: 'viersen' } } }),
		}).toEqual({
			fields: 5,
			measures: 46,
			criteria: [['Innenwirkung', 40], ['Außenwirkung', 15], ['Fallzahlen', 5], ['Aufwand', 20], ['Umsetzungsdauer', 20]],
			ratings: 230,
		});
	});

	it('Viersen: the units its Steckbriefe name as "Verantwortliche", word for word, own those eleven measures and no other', async () => {
		// Sorted here: PostgreSQL's collation orders punctuation differently from SQLite's.
		const owners = (await items('owners', { 'filter[district][_eq]': 'viersen', fields: 'name,email,measures.code' })).sort((a, b) => (String(a['name']) < String(b['name']) ? -1 : 1));
		expect(owners.map((o) => [o['name'], o['email'], (o['measures'] as Row[]).map((m) => m['code']).sort((a, b) => Number(a) - Number(b))])).toEqual([
			['Amt für Personal und Organisation, Informations- und Kommunikationstechnik', null, ['43', '44', '46']],
			['Amt für Personal und Organisation, Organisations- und Personalentwicklung, E-Government', null, ['9', '14', '15', '32', '33']],
			['Amt für Personal und Organisation, Organisations- und Personalentwicklung, E-Government sowie alle übrigen Organisationseinheiten', null, ['1']],
			['Amt für Personal und Organisation, Organisations- und Personalentwicklung, E-Government; Führungskräfte in den Organisationseinheiten, Digitallotsen selbst.', null, ['12']],
			['Amt für Personal und Organisation, Zentrale Dienste', null, ['34']],
		]);
	});

	it('Viersen: the ID discrepancies between chapter 7.1 and the table are recorded on the measures', async () => {
		const noted = await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'viersen' }, source_note: { _contains: '7.1' } }),
			fields: 'code',
		});
		expect(noted.map((m) => m['code']).sort((a, b) => Number(a) - Number(b))).toEqual(expect.arrayContaining(['12', '13', '14', '15', '16', '17', '18', '19']));
	});

	it('Paderborn: 4 Handlungsfelder, 19 strategic goals, 33 annual goals for 2024, costs never 0 for unknown', async () => {
		const goals = await items('annual_goals', { 'filter[district][_eq]': 'paderborn', fields: 'year' });
		const costs = await items('annual_goal_costs', { 'filter[annual_goal][district][_eq]': 'paderborn', fields: 'kind,amount' });
		const fields = await items('action_fields', { 'filter[district][_eq]': 'paderborn', fields: 'kind' });
		expect({
			handlungsfelder: fields.filter((f) => f['kind'] === 'handlungsfeld').length,
			strategicGoals: fields.filter((f) => f['kind'] === 'strategic_goal').length,
			goals2024: goals.filter((g) => g['year'] === 2024).length,
			unknownCostAsZero: costs.filter((c) => ['not_calculable', 'none'].includes(String(c['kind'])) && c['amount'] !== null).length,
			notCalculable: costs.some((c) => c['kind'] === 'not_calculable'),
		}).toEqual({ handlungsfelder: 4, strategicGoals: 19, goals2024: 33, unknownCostAsZero: 0, notCalculable: true });
	});

	it('Paderborn: the fibre goal carries 71.6 million EUR with Bund 50 %, Land 40 %, Kommunen 10 %', async () => {
		const [fibre] = await items('annual_goals', {
			filter: JSON.stringify({ district: { _eq: 'paderborn' }, title: { _contains: 'weißen Flecken' } }),
			fields: 'target_value,unit,costs.kind,costs.amount,costs.funder,costs.share_percent,costs.sort',
			'deep[costs][_sort]': 'sort',
		});
		const costs = (fibre?.['costs'] as Record<string, unknown>[]).map(({ sort: _sort, ...cost }) => ({ ...cost, amount: cost['amount'] === null ? null : Number(cost['amount']) }));
		expect({ ...fibre, costs }).toEqual({
			costs: [
				{ kind: 'total', amount: 71_600_000, funder: null, share_percent: null },
				{ kind: 'share', amount: null, funder: 'Bund', share_percent: 50 },
				{ kind: 'share', amount: null, funder: 'Land', share_percent: 40 },
				{ kind: 'share', amount: null, funder: 'Kommunen', share_percent: 10 },
			],
			target_value: 100,
			unit: '%',
		});
	});

	it('Unna: four strategic priorities, project fields with the dated counts of Drucksache 168/22, no invented projects', async () => {
		const fields = await items('action_fields', { 'filter[district][_eq]': 'unna', fields: 'kind' });
		const snapshots = await items('action_field_snapshots', {
			'filter[action_field][district][_eq]': 'unna',
			fields: 'action_field.title,date,total_count,completed_count,completing_soon_count,in_progress_count',
		});
		const kunden = snapshots.find((s) => (s['action_field'] as Row)['title'] === 'Geschäftsprozesse für Kunden');
		expect({
			priorities: fields.filter((f) => f['kind'] === 'priority').length,
			projectFields: fields.filter((f) => f['kind'] === 'project_field').length,
			measures: await count('measures', { district: { _eq: 'unna' } }),
			kunden: kunden && { date: kunden['date'], total: kunden['total_count'], completed: kunden['completed_count'], soon: kunden['completing_soon_count'], running: kunden['in_progress_count'] },
		}).toEqual({
			priorities: 4,
			projectFields: 5,
			measures: 4,
			kunden: { date: '2022-10-18', total: 25, completed: 15, soon: 5, running: 5 },
		});
	});

	it('maps every action field and every measure to a shared theme', async () => {
		expect({
			fieldsWithoutTheme: await count('action_fields', { theme: { _null: true } }),
			measuresWithoutTheme: await count('measures', { theme: { _null: true } }),
		}).toEqual({ fieldsWithoutTheme: 0, measuresWithoutTheme: 0 });
	});
});

describe('seed: idempotent', () => {
	it('a second run adds nothing and keeps what an editor changed', async () => {
		const api = await asAdmin();
		const [measure] = await api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'rendsburg-eckernfoerde', 'filter[code][_eq]': '1', fields: 'id,title' })}`);
		await api.patch(`/items/measures/${measure!['id']}`, { title: 'Von der Redaktion geändert' });
		const before = await totals();

		const results = await loadSeed(api, () => {});

		const after = await api.get<Row>(`/items/measures/${measure!['id']}?fields=title`);
		await api.patch(`/items/measures/${measure!['id']}`, { title: measure!['title'] });
		expect({ skipped: results.every((r) => r.skipped), totals: await totals(), title: after?.['title'] }).toEqual({
			skipped: true,
			totals: before,
			title: 'Von der Redaktion geändert',
		});
	});
});

async function totals(): Promise<Record<string, number>> {
	const api = await asAdmin();
	const collections = ['districts', 'themes', 'action_fields', 'measures', 'priority_criteria', 'priority_levels', 'measure_ratings', 'annual_goals', 'kpis', 'status_reports', 'progress_updates', 'action_field_snapshots', 'action_field_dependencies'];
	const entries = await Promise.all(
		collections.map(async (collection) => [collection, (await api.get<Row[]>(`/items/${collection}${q({ fields: 'id', limit: -1 })}`)).length] as const),
	);
	return Object.fromEntries(entries);
}
