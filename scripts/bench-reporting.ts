/**
 * `npm run bench:reporting`: how fast owners report, on SQLite and on PostgreSQL in one run.
 *
 * - one submission (POST /reporting/submissions) of an owner with 50 measures, one after the
 *   other, alternating measures and values: median and 95th percentile;
 * - GET /reporting/me for that owner (one draft report, 50 measures): median and p95;
 * - a burst: 200 owners, each with a measure of its own, submit for the same report at once:
 *   the time until the last answer, the number of 5xx and the rows stored.
 *
 * - for scale, GET /server/ping on the same instance: what any request costs on the machine as
 *   loaded as it is during the run.
 *
 * Prints figures; asserts nothing. Goals (README): p95 < 150 ms for a submission, < 100 ms for
 * /reporting/me, the burst settled in < 5 s. BENCH_DATABASES=sqlite3 skips PostgreSQL (taken
 * from DB_HOST etc., default 127.0.0.1:5432); BENCH_RUNS changes the 200 sequential runs.
 */
import { databaseLabel as label, stats, timed } from './lib/bench-stats';
import { loginApi, type DirectusApi } from './lib/directus-api';
import { startTemporaryInstance } from './lib/temporary-instance';

const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3,pg').split(',') as ('sqlite3' | 'pg')[];
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);
const MEASURES = 50;
const BURST = 200;
const DISTRICT = 'bench-meldungen';

type Row = Record<string, unknown>;
interface Figure {
	database: string;
	step: string;
	median: string;
	p95: string;
	note: string;
}
const figures: Figure[] = [];

async function send(url: string, token: string, method: string, path: string, body?: unknown): Promise<number> {
	const response = await fetch(url + path, {
		method,
		headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
		body: body !== undefined ? JSON.stringify(body) : undefined,
	});
	await response.arrayBuffer();
	return response.status;
}

/** An owner with its measures and a Meldende user that logs in by a static token. */
async function createOwners(admin: DirectusApi, role: string, prefix: string, owners: number, measuresEach: number): Promise<{ token: string; measures: string[] }[]> {
	const created = await admin.post<Row[]>('/items/owners', Array.from({ length: owners }, (_, i) => ({ district: DISTRICT, name: `${prefix} ${i + 1}` })));
	const measures = await admin.post<Row[]>(
		'/items/measures',
		created.flatMap((owner, i) =>
			Array.from({ length: measuresEach }, (_, j) => ({
				district: DISTRICT,
				theme: 'organisation',
				code: `${prefix.slice(0, 1)}${i + 1}.${j + 1}`,
				title: `${prefix} ${i + 1}, Maßnahme ${j + 1}`,
				status: 'in_progress',
				progress_current: 1,
				progress_target: 10,
				owner: owner['id'],
			})),
		),
	);
	const tokens = created.map((_, i) => `bench-${prefix.toLowerCase()}-${i + 1}-${Date.now()}`);
	await admin.post('/users', created.map((owner, i) => ({ email: `bench-${prefix.toLowerCase()}-${i + 1}@example.com`, token: tokens[i], role, owner: owner['id'], status: 'active' })));
	return created.map((owner, i) => ({ token: tokens[i]!, measures: measures.filter((m) => m['owner'] === owner['id']).map((m) => String(m['id'])) }));
}

for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Directus …\n`);
	const instance = await startTemporaryInstance({ database, seed: false });
	try {
		const admin = await loginApi(instance.url, instance.admin.email, instance.admin.password);
		await admin.post('/items/themes', { id: 'organisation', name: 'Organisation, Steuerung und Strategie' });
		await admin.post('/items/districts', { id: DISTRICT, name: 'Kreis Benchmark', state: 'Testland', published: false });
		const [role] = await admin.get<Row[]>('/roles?filter[name][_eq]=Meldende&fields=id');
		const report = await admin.post<Row>('/items/status_reports', { district: DISTRICT, title: 'Sachstand Benchmark', report_date: '2030-06-30', due_date: '2030-06-15' });
		const [owner] = await createOwners(admin, String(role!['id']), 'Stelle', 1, MEASURES);
		const { token, measures } = owner!;

		const submit = (i: number) =>
			send(instance.url, token, 'POST', '/reporting/submissions', {
				report: report['id'],
				measure: measures[i % MEASURES],
				status: 'in_progress',
				progress_current: (i % 10) + 1,
				progress_text: `Stand ${i}`,
				next_steps: 'Weiter wie geplant',
			});
		for (let i = 0; i < 10; i++) await submit(i);
		const submissions: number[] = [];
		let refused = 0;
		for (let i = 0; i < RUNS; i++) {
			submissions.push(
				await timed(async () => {
					if ((await submit(i)) !== 200) refused++;
				}),
			);
		}
		const s = stats(submissions);
		figures.push({ database: label(database), step: 'POST /reporting/submissions', median: s.median.toFixed(1), p95: s.p95.toFixed(1), note: `${RUNS} nacheinander, ${MEASURES} Maßnahmen, ${refused} nicht 200` });

		for (let i = 0; i < 10; i++) await send(instance.url, token, 'GET', '/reporting/me');
		const reads: number[] = [];
		for (let i = 0; i < RUNS; i++) reads.push(await timed(() => send(instance.url, token, 'GET', '/reporting/me')));
		const r = stats(reads);
		figures.push({ database: label(database), step: 'GET /reporting/me', median: r.median.toFixed(1), p95: r.p95.toFixed(1), note: `${RUNS} nacheinander, 1 Runde mit ${MEASURES} Maßnahmen` });

		const pings: number[] = [];
		for (let i = 0; i < RUNS; i++) pings.push(await timed(() => send(instance.url, token, 'GET', '/server/ping')));
		const p = stats(pings);
		figures.push({ database: label(database), step: 'zum Vergleich: GET /server/ping', median: p.median.toFixed(1), p95: p.p95.toFixed(1), note: 'Grundlast der Maschine je Anfrage' });

		const burstReport = await admin.post<Row>('/items/status_reports', { district: DISTRICT, title: 'Sachstand Ansturm', report_date: '2030-12-31' });
		const crowd = await createOwners(admin, String(role!['id']), 'Ansturm', BURST, 1);
		const start = performance.now();
		const statuses = await Promise.all(
			crowd.map((member, i) =>
				send(instance.url, member.token, 'POST', '/reporting/submissions', { report: burstReport['id'], measure: member.measures[0], status: 'in_progress', progress_current: (i % 10) + 1 }),
			),
		);
		const settled = performance.now() - start;
		const rows = await admin.get<Row[]>(`/items/progress_submissions?filter[status_report][_eq]=${String(burstReport['id'])}&fields=id&limit=-1`);
		figures.push({
			database: label(database),
			step: `Ansturm: ${BURST} Stellen gleichzeitig`,
			median: '',
			p95: '',
			note: `alle Antworten nach ${settled.toFixed(0)} ms; ${statuses.filter((x) => x >= 500).length} × 5xx; ${rows.length} Meldungen gespeichert`,
		});
	} finally {
		await instance.stop();
	}
}

console.log('\nDatenbank | Schritt | Median (ms) | 95. Perzentil (ms) | Bemerkung');
for (const f of figures) console.log([f.database, f.step, f.median, f.p95, f.note].join(' | '));
