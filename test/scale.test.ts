/**
 * What keeps the dashboard fast with hundreds of districts: the indexes of schema/indexes.ts
 * exist after the schema step (and a second run adds none), the start page's cards, now
 * counted in SQL, are exactly the cards each district's own dashboard gives, and the cards
 * can be filtered and paged. Runs on SQLite and on PostgreSQL like every integration test.
 */
import { buildDistrictCard, type DistrictCard, type DistrictDashboard } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { INDEXES } from '../schema/indexes';
import { applyIndexes } from '../scripts/lib/apply-indexes';
import { generateDistricts, insertGeneratedRows, removeSyntheticDistricts } from '../scripts/lib/generate-districts';
import { withDatabase } from '../scripts/lib/setup-instance';
import { SEED_DISTRICTS } from '../seed/read-seed-files';
import { anonymous, asAdmin, asLeitung, directus, failure } from './support/api';
import { driftOf } from './support/drift';

/** The cards with the answer's `meta`, which the small API client leaves out. */
async function cards(query = ''): Promise<{ data: DistrictCard[]; meta: { total: number; states: string[] } }> {
	const response = await fetch(`${directus().url}/dashboard/districts${query}`);
	if (!response.ok) throw new Error(`/dashboard/districts${query} antwortete ${response.status}`);
	return (await response.json()) as { data: DistrictCard[]; meta: { total: number; states: string[] } };
}

describe('indexes', () => {
	it('exist on every relation after the schema step, and applying them again creates none', async () => {
		const { database, env } = directus();
		const { present, createdAgain } = await withDatabase(env, async (db) => {
			const tables = [...new Set(INDEXES.map((index) => index.table))];
			const names: string[] =
				database === 'pg'
					? ((await db.raw('SELECT indexname FROM pg_indexes WHERE tablename = ANY(?)', [tables])) as { rows: { indexname: string }[] }).rows.map((row) => row.indexname)
					: ((await db('sqlite_master').select('name').where('type', 'index').whereIn('tbl_name', tables)) as { name: string }[]).map((row) => row.name);
			return { present: INDEXES.filter((index) => names.includes(index.name)).map((index) => index.name), createdAgain: await applyIndexes(db) };
		});
		expect({ present, createdAgain, coversDistricts: [...new Set(INDEXES.filter((index) => index.columns[0] === 'district').map((index) => index.table))].sort() }).toEqual({
			present: INDEXES.map((index) => index.name),
			createdAgain: 0,
			coversDistricts: ['action_fields', 'annual_goals', 'kpis', 'measures', 'owners', 'priority_criteria', 'status_reports'],
		});
	});
});

describe('cards of the start page', () => {
	it('are the cards each district dashboard gives, for every district the Leitung sees', async () => {
		const leitung = await asLeitung();
		const listed = await leitung.get<DistrictCard[]>('/dashboard/districts');
		const fromDashboards = await Promise.all(listed.map(async (card) => buildDistrictCard(await leitung.get<DistrictDashboard>(`/dashboard/districts/${card.district.id}`))));
		expect({ ids: listed.map((card) => card.district.id), listed }).toEqual({ ids: [...SEED_DISTRICTS].sort(), listed: fromDashboards });
	});

	it('count a district\'s latest closed report, not a newer draft, as its dashboard does', async () => {
		const admin = await asAdmin();
		const draft = await admin.post<{ id: string }>('/items/status_reports', { district: 'unna', title: 'Entwurf für den nächsten Bericht', report_date: '2030-01-01' });
		try {
			const leitung = await asLeitung();
			const card = (await leitung.get<DistrictCard[]>('/dashboard/districts')).find((c) => c.district.id === 'unna');
			expect(card).toEqual(buildDistrictCard(await leitung.get<DistrictDashboard>('/dashboard/districts/unna')));
		} finally {
			await admin.delete(`/items/status_reports/${draft.id}`);
		}
	});

	it('filter by Bundesland and name, and page, with the total of matches and every Bundesland', async () => {
		const ids = (answer: { data: DistrictCard[] }) => answer.data.map((card) => card.district.id);
		const [all, nrw, search, page] = await Promise.all([cards(), cards('?state=Nordrhein-Westfalen'), cards('?search=eckernf%C3%B6rde'), cards('?limit=2&offset=1')]);
		expect({
			nrw: [ids(nrw), nrw.meta.total],
			search: ids(search),
			page: [ids(page), page.meta.total],
			states: all.meta.states,
		}).toEqual({
			nrw: [ids(all).filter((id) => ['paderborn', 'unna', 'viersen'].includes(id)), 3],
			search: ['rendsburg-eckernfoerde'],
			page: [ids(all).slice(1, 3), SEED_DISTRICTS.length],
			states: ['Niedersachsen', 'Nordrhein-Westfalen', 'Schleswig-Holstein'],
		});
	});

	it('refuses a page size out of range in German', async () => {
		expect(await failure(anonymous().get('/dashboard/districts?limit=0'))).toEqual({ status: 400, message: '„limit“ muss eine ganze Zahl von 1 bis 500 sein.' });
	});
});

describe('synthetic districts (npm run generate)', () => {
	it('store what the product itself would: no computed value off, two closed reports compared, all removed by one command', async () => {
		const { env } = directus();
		const rows = generateDistricts(3);
		const ids = rows.districts.map((d) => String(d['id']));
		await withDatabase(env, (db) => insertGeneratedRows(db, rows));
		try {
			const [admin, leitung] = await Promise.all([asAdmin(), asLeitung()]);
			const dashboard = await leitung.get<DistrictDashboard>(`/dashboard/districts/${ids[0]}`);
			expect({
				drift: await Promise.all(ids.map((id) => driftOf(admin, id))),
				reports: [dashboard.latestReportDate, dashboard.reportChanges?.report.report_date, dashboard.reportChanges?.previous?.report_date],
				frozenInBoth: dashboard.measures.filter((m) => m.updates.map((u) => u.report.report_date).join() === '2023-12-01,2024-12-01').length,
				hiddenFromVisitors: (await anonymous().get<DistrictCard[]>('/dashboard/districts')).filter((card) => ids.includes(card.district.id)),
			}).toEqual({ drift: [[], [], []], reports: ['2024-12-01', '2024-12-01', '2023-12-01'], frozenInBoth: 100, hiddenFromVisitors: [] });
		} finally {
			const removed = await withDatabase(env, removeSyntheticDistricts);
			const left = await withDatabase(env, (db) => db('progress_updates').whereIn('status_report', rows.status_reports.map((r) => String(r['id']))).count({ n: '*' }));
			expect({ removed, left: Number(left[0]!['n']) }).toEqual({ removed: 3, left: 0 });
		}
	});
});
