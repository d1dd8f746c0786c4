/**
 * `npm run bench:hub`: the comparison hub at scale. A source instance holds the seed and 400
 * synthetic districts (published, as `npm run generate -- --published` writes them); a hub
 * harvests its catalogue (timed), and then, logged in as Leitung at the hub, it times the start
 * page (all cards), the comparison of five harvested districts and one harvested district's
 * page: each on a cache miss (a data version raised before every request, as after a write or
 * a harvest), repeated (answered from the read cache) and revalidated with If-None-Match (304),
 * beside the endpoint's own reads run straight on the hub's database.
 *
 * BENCH_DATABASES=sqlite3,pg (default sqlite3; PostgreSQL from DB_HOST etc.); BENCH_DISTRICTS
 * changes the 400.
 */
import type { Knex } from 'knex';
import { DEMO_USERS } from '../schema/roles';
import { readDistricts, readRawDashboardRows } from '../extensions/cockpit-dashboard/src/read-rows';
import { databaseLabel as label, stats, timed } from './lib/bench-stats';
import { connectDatabase } from './lib/database';
import { login, loginApi } from './lib/directus-api';
import { generateDistricts, insertGeneratedRows } from './lib/generate-districts';
import { startTemporaryInstance } from './lib/temporary-instance';

const DISTRICTS = Number(process.env['BENCH_DISTRICTS'] ?? 400);
const REPETITIONS = 60;
const WARM_UP = 3;
const LEITUNG = DEMO_USERS.find((user) => user.role === 'Leitung')!;
const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3').split(',') as ('sqlite3' | 'pg')[];

interface Row {
	database: string;
	request: string;
	times: Record<'sql' | 'miss' | 'hit' | 'notModified', number[]>;
}
const rows: Row[] = [];
const harvests: { database: string; seconds: number; districts: number }[] = [];

for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Quelle (Seed + ${DISTRICTS} veröffentlichte Kreise) …\n`);
	const source = await startTemporaryInstance({ database });
	const sourceDb = connectDatabase(source.env);
	try {
		await insertGeneratedRows(sourceDb, generateDistricts(DISTRICTS, { published: true }));
		process.stdout.write(`${label(database)}: starte Hub …\n`);
		const hub = await startTemporaryInstance({ database, seed: false, env: { COCKPIT_HARVEST_SOURCES: `${source.url}/opendata/catalog`, COCKPIT_HARVEST_SCHEDULE: '0 0 1 1 *', COCKPIT_HARVEST_TIMEOUT: '120' } });
		const hubDb = connectDatabase(hub.env);
		try {
			const admin = await loginApi(hub.url, hub.admin.email, hub.admin.password);
			let result: { districts: string[]; error: string | null }[] = [];
			const ms = await timed(async () => (result = await admin.post('/opendata/harvest/run', {})));
			if (result[0]?.error) throw new Error(result[0].error);
			harvests.push({ database, seconds: ms / 1000, districts: result[0]!.districts.length });
			process.stdout.write(`${label(database)}: ${result[0]!.districts.length} Kreise in ${(ms / 1000).toFixed(1)} s geerntet; messe …\n`);
			await measure(database, hub.url, hubDb, result[0]!.districts.filter((id) => id.startsWith('synth-')));
		} finally {
			await hubDb.destroy();
			await hub.stop();
		}
	} finally {
		await sourceDb.destroy();
		await source.stop();
	}
}
report();

async function measure(database: string, url: string, db: Knex, ids: string[]): Promise<void> {
	const token = await login(url, LEITUNG.email, LEITUNG.password);
	const five = [0, 0.2, 0.4, 0.6, 0.8].map((share) => ids[Math.floor(share * ids.length)]!);
	const one = ids[Math.floor(ids.length / 2)]!;
	const all = async () => ((await db('districts').select('id')) as { id: string }[]).map((r) => r.id);
	const cases = [
		{ request: 'GET /dashboard/compare (5 geerntete Kreise)', path: `/dashboard/compare?districts=${five.join(',')}`, touched: five, sql: () => read(db, five, 'figures') },
		{ request: 'GET /dashboard/districts/:id (geernteter Kreis)', path: `/dashboard/districts/${one}`, touched: [one], sql: () => read(db, [one], 'full') },
		{ request: 'GET /dashboard/districts (alle Karten)', path: '/dashboard/districts', touched: [], sql: async () => read(db, await all(), 'figures') },
	];
	for (const c of cases) {
		const get = async (etag?: string) => {
			const response = await fetch(url + c.path, { headers: { Authorization: `Bearer ${token}`, ...(etag ? { 'If-None-Match': etag } : {}) } });
			await response.arrayBuffer();
			if (response.status !== 200 && response.status !== 304) throw new Error(`${c.path}: ${response.status}`);
			return response.headers.get('etag') ?? undefined;
		};
		const times: Row['times'] = { sql: [], miss: [], hit: [], notModified: [] };
		const bump = () => db('districts').whereIn('id', c.touched).increment('data_version', 1);
		for (let i = 0; i < WARM_UP; i++) await get();
		for (let i = 0; i < REPETITIONS; i++) times.sql.push(await timed(c.sql));
		if (c.touched.length > 0) {
			for (let i = 0; i < REPETITIONS; i++) {
				await bump();
				times.miss.push(await timed(() => get()));
			}
		}
		const etag = await get();
		for (let i = 0; i < REPETITIONS; i++) times.hit.push(await timed(() => get()));
		if (etag) for (let i = 0; i < REPETITIONS; i++) times.notModified.push(await timed(() => get(etag)));
		rows.push({ database, request: c.request, times });
	}
}

function read(db: Knex, ids: string[], detail: 'full' | 'figures'): Promise<unknown> {
	return Promise.all([readDistricts(db, ids), readRawDashboardRows(db, ids, detail)]);
}

function report(): void {
	const cell = (values: number[]) => (values.length === 0 ? '–' : `${stats(values).median.toFixed(1)} / ${stats(values).p95.toFixed(1)}`);
	console.log(`\nErnte: ${harvests.map((h) => `${label(h.database)} ${h.districts} Kreise in ${h.seconds.toFixed(1)} s`).join('; ')}`);
	console.log(`\nHub mit ${DISTRICTS} geernteten Kreisen, angemeldet als Leitung (Median / 95. Perzentil in ms)`);
	console.log(['Datenbank', 'Anfrage', 'SQL (dieselben Zeilen)', 'neu gebaut (nach Änderung)', 'wiederholt (Cache)', 'If-None-Match (304)'].join(' | '));
	for (const r of rows) console.log([label(r.database), r.request, cell(r.times.sql), cell(r.times.miss), cell(r.times.hit), cell(r.times.notModified)].join(' | '));
}
