/**
 * `npm run bench:sweep`: what the periodic integrity sweep (cockpit-compute,
 * COCKPIT_INTEGRITY_SWEEP) costs when nothing drifted, with the five districts of the seed and
 * with 400 synthetic ones beside them, on SQLite and PostgreSQL. It times the sweep's own
 * function (recomputeAllDistricts, each district in its transaction under its lock) on the
 * instance's database from this process, as Directus runs it from its own; and, while sweeps
 * run back to back, one district's dashboard over HTTP, to show what a request waits for.
 *
 * BENCH_DATABASES=sqlite3 skips PostgreSQL; BENCH_DISTRICTS changes the 400.
 */
import { recomputeAllDistricts } from '../extensions/cockpit-compute/src/recompute-district';
import { databaseLabel as label, stats, timed } from './lib/bench-stats';
import { connectDatabase } from './lib/database';
import { generateDistricts, insertGeneratedRows } from './lib/generate-districts';
import { startTemporaryInstance } from './lib/temporary-instance';

const DISTRICTS = Number(process.env['BENCH_DISTRICTS'] ?? 400);
const SWEEPS = 5;
const REQUESTS = 40;

interface Row {
	database: string;
	districts: number;
	sweepMs: number[];
	drifted: number;
	dashboardQuietMs: number[];
	dashboardDuringSweepMs: number[];
}

const rows: Row[] = [];
for (const database of (process.env['BENCH_DATABASES'] ?? 'sqlite3,pg').split(',') as ('sqlite3' | 'pg')[]) {
	process.stdout.write(`${label(database)}: starte Directus mit dem Seed …\n`);
	const instance = await startTemporaryInstance({ database });
	const db = connectDatabase(instance.env);
	try {
		rows.push(await measure(database, instance.url, db));
		process.stdout.write(`${label(database)}: erzeuge ${DISTRICTS} synthetische Kreise …\n`);
		await insertGeneratedRows(db, generateDistricts(DISTRICTS));
		// Written with their computed values; one sweep makes sure nothing is left to repair.
		await recomputeAllDistricts(db, () => {});
		rows.push(await measure(database, instance.url, db));
	} finally {
		await db.destroy();
		await instance.stop();
	}
}

console.log('\nRegelmäßige Prüfung ohne Abweichung: Dauer eines Durchlaufs (Median / Maximum), je Kreis, und GET /dashboard/districts/viersen ohne und während Durchläufen (Median / 95. Perzentil)');
console.log('Datenbank | Kreise | Durchlauf ms | je Kreis ms | abweichend | Dashboard ruhig ms | Dashboard während Prüfung ms');
for (const r of rows) {
	const sweep = stats(r.sweepMs);
	const quiet = stats(r.dashboardQuietMs);
	const busy = stats(r.dashboardDuringSweepMs);
	console.log(
		[
			label(r.database),
			r.districts,
			`${sweep.median.toFixed(0)} / ${Math.max(...r.sweepMs).toFixed(0)}`,
			(sweep.median / r.districts).toFixed(1),
			r.drifted,
			`${quiet.median.toFixed(1)} / ${quiet.p95.toFixed(1)}`,
			`${busy.median.toFixed(1)} / ${busy.p95.toFixed(1)}`,
		].join(' | '),
	);
}

async function measure(database: string, url: string, db: ReturnType<typeof connectDatabase>): Promise<Row> {
	let districts = 0;
	let drifted = 0;
	const sweepMs: number[] = [];
	for (let i = 0; i < SWEEPS; i++) {
		sweepMs.push(
			await timed(async () => {
				const result = await recomputeAllDistricts(db, () => {});
				districts = result.districts;
				drifted += result.drifted;
			}),
		);
	}
	const dashboard = () => timed(() => fetch(`${url}/dashboard/districts/viersen`).then((response) => response.arrayBuffer()));
	const dashboardQuietMs: number[] = [];
	for (let i = 0; i < REQUESTS; i++) dashboardQuietMs.push(await dashboard());
	let sweeping = true;
	const background = (async () => {
		while (sweeping) await recomputeAllDistricts(db, () => {});
	})();
	const dashboardDuringSweepMs: number[] = [];
	for (let i = 0; i < REQUESTS; i++) dashboardDuringSweepMs.push(await dashboard());
	sweeping = false;
	await background;
	process.stdout.write(`${label(database)}: ${districts} Kreise, Durchlauf ${stats(sweepMs).median.toFixed(0)} ms\n`);
	return { database, districts, sweepMs, drifted, dashboardQuietMs, dashboardDuringSweepMs };
}
