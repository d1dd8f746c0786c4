/**
 * `npm run bench:scale`: the dashboard API with 400 synthetic districts beside the five of the
 * seed, on SQLite and on PostgreSQL in one run.
 *
 * For each of compare (five districts), one district's dashboard and all cards of the start
 * page it times the endpoint over HTTP (logged in as Leitung, who sees every district) beside
 * the endpoint's own queries, run straight on the same database, with its indexes, from the
 * benchmark's own process (readRows); the endpoint cannot be faster than its reads, so the ratio says how
 * much the endpoint adds on top of them. It also times Directus' start after a crash, with the
 * seed alone and with every district, since the start checks every district's computed values.
 *
 * BENCH_DATABASES=sqlite3 skips PostgreSQL (taken from DB_HOST/DB_PORT/DB_USER/DB_DATABASE,
 * default 127.0.0.1:5432, test); BENCH_DISTRICTS changes the 400; BENCH_WITHOUT_INDEXES=true
 * drops the model's indexes before the endpoint is timed (the state before they existed).
 */
import type { Knex } from 'knex';
import { DEMO_USERS } from '../schema/roles';
import { INDEXES } from '../schema/indexes';
import { readDistricts, readRawDashboardRows } from '../extensions/cockpit-dashboard/src/read-rows';
import { databaseLabel as label, stats, timed } from './lib/bench-stats';
import { connectDatabase } from './lib/database';
import { login } from './lib/directus-api';
import { generateDistricts, insertGeneratedRows } from './lib/generate-districts';
import { startTemporaryInstance, type TemporaryInstance } from './lib/temporary-instance';

const DISTRICTS = Number(process.env['BENCH_DISTRICTS'] ?? 400);
const WITHOUT_INDEXES = process.env['BENCH_WITHOUT_INDEXES'] === 'true';
const REPETITIONS = { compare: 60, district: 60, cards: 30 };
const WARM_UP = 3;
const LEITUNG = DEMO_USERS.find((user) => user.role === 'Leitung')!;

type Case = 'compare' | 'district' | 'cards';
const CASE_LABELS: Record<Case, string> = {
	compare: 'GET /dashboard/compare (5 Kreise)',
	district: 'GET /dashboard/districts/:id',
	cards: 'GET /dashboard/districts (alle Karten)',
};
const GOALS: Record<Case, string> = { compare: '< 50 ms und ≤ 4× SQL', district: '< 50 ms', cards: '< 150 ms' };

interface Result {
	database: 'sqlite3' | 'pg';
	endpoint: Record<Case, number[]>;
	sql: Record<Case, number[]>;
	/** The endpoint's own Server-Timing phases (access check, reads, building), per request. */
	phases: Record<Case, Record<string, number[]>>;
	cards: number;
	/** Seconds from a crash to answering again, with the seed only and with every district: the start checks each district's computed values. */
	restart: { seed: number; all: number };
}

const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3,pg').split(',') as ('sqlite3' | 'pg')[];
const results: Result[] = [];
for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Directus mit dem Seed und erzeuge ${DISTRICTS} synthetische Kreise …\n`);
	const instance = await startTemporaryInstance({ database });
	const db = connectDatabase(instance.env);
	try {
		const restartWithSeed = await timedRestart(instance);
		const rows = generateDistricts(DISTRICTS);
		const started = performance.now();
		await insertGeneratedRows(db, rows);
		process.stdout.write(`${label(database)}: ${rows.districts.length} Kreise in ${((performance.now() - started) / 1000).toFixed(1)} s geschrieben; messe …\n`);
		const ids = rows.districts.map((d) => String(d['id']));
		const five = [0, 0.2, 0.4, 0.6, 0.8].map((share) => ids[Math.floor(share * ids.length)]!);
		const measured = await measure(database, instance.url, db, five, ids[Math.floor(ids.length / 2)]!);
		results.push({ ...measured, restart: { seed: restartWithSeed, all: await timedRestart(instance) } });
	} finally {
		await db.destroy();
		await instance.stop();
	}
}
report();

/** Kills Directus as a crash would and returns the seconds until it answers again. */
async function timedRestart(instance: TemporaryInstance): Promise<number> {
	await instance.kill();
	return (await timed(() => instance.restart())) / 1000;
}

async function measure(database: 'sqlite3' | 'pg', url: string, db: Knex, five: string[], one: string): Promise<Omit<Result, 'restart'>> {
	const token = await login(url, LEITUNG.email, LEITUNG.password);
	const phases: Result['phases'] = { compare: {}, district: {}, cards: {} };
	const get = (key: Case, path: string) => async () => {
		const response = await fetch(url + path, { headers: { Authorization: `Bearer ${token}` } });
		const text = await response.text();
		if (!response.ok) throw new Error(`${path} antwortete ${response.status}: ${text}`);
		for (const [, name, ms] of (response.headers.get('server-timing') ?? '').matchAll(/(\w+);dur=([\d.]+)/g)) (phases[key][name!] ??= []).push(Number(ms));
		return JSON.parse(text) as { data: unknown };
	};
	const allIds = async () => ((await db('districts').select('id').orderBy('id')) as { id: string }[]).map((row) => row.id);
	const endpoint = { compare: get('compare', `/dashboard/compare?districts=${five.join(',')}`), district: get('district', `/dashboard/districts/${one}`), cards: get('cards', '/dashboard/districts') };
	const sql = {
		compare: () => readRows(db, five, 'figures'),
		district: () => readRows(db, [one], 'full'),
		cards: async () => readRows(db, await allIds(), 'figures'),
	};

	const cards = ((await endpoint.cards()).data as unknown[]).length;
	const sqlTimes = await timeEach(sql);
	if (WITHOUT_INDEXES) for (const index of INDEXES) await db.schema.raw(`DROP INDEX IF EXISTS ${db.raw('??', [index.name]).toQuery()}`);
	const endpointTimes = await timeEach(endpoint);
	return { database, endpoint: endpointTimes, sql: sqlTimes, phases, cards };
}

async function timeEach(work: Record<Case, () => Promise<unknown>>): Promise<Record<Case, number[]>> {
	const times = { compare: [] as number[], district: [] as number[], cards: [] as number[] };
	for (const key of Object.keys(work) as Case[]) {
		for (let i = 0; i < WARM_UP; i++) await work[key]();
		for (let i = 0; i < REPETITIONS[key]; i++) times[key].push(await timed(work[key]));
	}
	return times;
}

/**
 * The rows the dashboard builders rest on, read by the endpoint's own read functions on the
 * benchmark's connection: the same queries, nothing built, no HTTP, no access check.
 */
function readRows(db: Knex, ids: string[], detail: 'full' | 'figures'): Promise<unknown[]> {
	return Promise.all([readDistricts(db, ids), readRawDashboardRows(db, ids, detail)]);
}

function report(): void {
	console.log(
		`\nDashboard-API mit ${DISTRICTS} synthetischen Kreisen neben dem Seed${WITHOUT_INDEXES ? ' (Endpunkt OHNE Indizes gemessen)' : ''}, angemeldet als Leitung (Median / 95. Perzentil in ms)`,
	);
	console.log(['Datenbank', 'Anfrage', 'Endpunkt', 'SQL (dieselben Zeilen)', 'Verhältnis (95. Perz.)', 'Ziel', 'Phasen im Endpunkt (Median)'].join(' | '));
	for (const r of results) {
		for (const key of Object.keys(CASE_LABELS) as Case[]) {
			const endpoint = stats(r.endpoint[key]);
			const sql = stats(r.sql[key]);
			console.log(
				[
					label(r.database),
					key === 'cards' ? `${CASE_LABELS[key]}, ${r.cards} Karten` : CASE_LABELS[key],
					`${endpoint.median.toFixed(1)} / ${endpoint.p95.toFixed(1)}`,
					`${sql.median.toFixed(1)} / ${sql.p95.toFixed(1)}`,
					`${(endpoint.p95 / sql.p95).toFixed(1)}×`,
					GOALS[key],
					Object.entries(r.phases[key])
						.map(([name, values]) => `${name} ${stats(values).median.toFixed(1)}`)
						.join(', ') || '–',
				].join(' | '),
			);
		}
	}
	console.log(`\nNeustart nach einem Absturz (kill -9) bis zur ersten Antwort; beim Start prüft Directus die berechneten Werte jedes Kreises`);
	console.log(['Datenbank', 'nur Seed (5 Kreise)', `mit ${DISTRICTS} synthetischen Kreisen`].join(' | '));
	for (const r of results) console.log([label(r.database), `${r.restart.seed.toFixed(1)} s`, `${r.restart.all.toFixed(1)} s`].join(' | '));
}
