/**
 * `npm run bench:compute`: what a full priority recompute adds to a save, for a district with
 * 2,000 measures rated on 5 criteria, on SQLite and on PostgreSQL in one run.
 *
 * Measured over HTTP against a real Directus with the project's hook: saving a criterion's
 * weight (recomputes all 2,000 scores and ranks after the commit, before the response) beside
 * a plain update of a measure's text (no recompute); and a burst of 40 rating changes sent at
 * once, timed until the last answer (every answer waits for its recompute, so the district has
 * settled then), with the drift left afterwards. The 10,000 ratings are written in bulk with SQL
 * during preparation, because creating them one by one through the API would recompute the
 * district 10,000 times; one API save then computes every value before timing starts.
 *
 * PostgreSQL is taken from DB_HOST/DB_PORT/DB_USER/DB_DATABASE (default 127.0.0.1:5432, test);
 * BENCH_DATABASES=sqlite3 skips it.
 */
import { databaseLabel as label, stats, timed } from './lib/bench-stats';
import { recomputeDistrict } from '../extensions/cockpit-compute/src/recompute-district';
import { connectDatabase } from './lib/database';
import { loginApi, type DirectusApi } from './lib/directus-api';
import { CRITERIA } from './lib/generate-districts';
import { startTemporaryInstance, type TemporaryInstance } from './lib/temporary-instance';
import { seedId } from '../seed/seed-id';

const MEASURES = 2000;
const REPETITIONS = 15;
const BURST = 40;
const BURST_ROUNDS = 3;
const CLOSE_REPETITIONS = 3;
const DISTRICT = 'bench-kreis';

interface Row {
	database: string;
	weightChange: number[];
	plainUpdate: number[];
	ratingChange: number[];
	burst: number[];
	driftAfterBursts: number;
	/** Closing a draft report: freezes one progress update per running measure (all 2,000). */
	closeReport: number[];
}

const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3,pg').split(',') as ('sqlite3' | 'pg')[];
const rows: Row[] = [];
for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Directus und lege ${MEASURES} Maßnahmen mit ${MEASURES * CRITERIA.length} Bewertungen an …\n`);
	const instance = await startTemporaryInstance({ database });
	try {
		rows.push(await measure(instance));
	} finally {
		await instance.stop();
	}
}

console.log(`\nSpeichern mit und ohne Neuberechnung, ${MEASURES} Maßnahmen × ${CRITERIA.length} Kriterien, ${REPETITIONS} Wiederholungen (Median / 95. Perzentil in ms)`);
console.log(['Datenbank', 'Gewicht ändern (Neuberechnung)', 'Bewertung ändern (Neuberechnung)', 'Text ändern (keine)', 'Mehraufwand Gewicht (Median)', 'Verhältnis'].join(' | '));
for (const row of rows) {
	const weight = stats(row.weightChange);
	const rating = stats(row.ratingChange);
	const plain = stats(row.plainUpdate);
	console.log(
		[
			label(row.database),
			`${weight.median.toFixed(0)} / ${weight.p95.toFixed(0)}`,
			`${rating.median.toFixed(0)} / ${rating.p95.toFixed(0)}`,
			`${plain.median.toFixed(0)} / ${plain.p95.toFixed(0)}`,
			`${(weight.median - plain.median).toFixed(0)} ms`,
			`${(weight.median / plain.median).toFixed(1)}×`,
		].join(' | '),
	);
}
console.log('Ziel: die Neuberechnung fügt höchstens 1000 ms hinzu.');
console.log(`\nLastspitze: ${BURST} Bewertungsänderungen gleichzeitig, Zeit bis zur letzten Antwort (${BURST_ROUNDS} Runden, Median / längste in ms)`);
console.log(['Datenbank', 'bis alles beantwortet ist', 'je Änderung', 'abweichende Werte danach'].join(' | '));
for (const row of rows) {
	const burst = stats(row.burst);
	console.log([label(row.database), `${burst.median.toFixed(0)} / ${Math.max(...row.burst).toFixed(0)}`, `${(burst.median / BURST).toFixed(0)} ms`, row.driftAfterBursts].join(' | '));
}

console.log(`\nBericht abschließen (friert ${MEASURES} laufende Maßnahmen ein), ${CLOSE_REPETITIONS} Wiederholungen (Median / Maximum in ms)`);
for (const row of rows) {
	const close = stats(row.closeReport);
	console.log(`${label(row.database)} | ${close.median.toFixed(0)} / ${Math.max(...row.closeReport).toFixed(0)}`);
}
console.log('Ziel: unter 2000 ms.');

async function measure(instance: TemporaryInstance): Promise<Row> {
	const api = await loginApi(instance.url, instance.admin.email, instance.admin.password);
	const { criteria, levelsOf, measureIds } = await prepareDistrict(api, instance);

	// One save through the API computes every score and rank before timing starts.
	await api.patch(`/items/priority_criteria/${criteria[0]}`, { weight: 41 });
	const check = await api.get<{ priority_score: number | null }[]>(`/items/measures?filter[district][_eq]=${DISTRICT}&filter[priority_score][_null]=true&fields=id&limit=-1`);
	if (check.length > 0) throw new Error(`${check.length} Maßnahmen ohne Prioritätswert nach der Vorbereitung.`);

	const weightChange: number[] = [];
	const ratingChange: number[] = [];
	const plainUpdate: number[] = [];
	const [ratingId] = await api.get<{ id: string }[]>(`/items/measure_ratings?filter[measure][_eq]=${measureIds[0]}&filter[criterion][_eq]=${criteria[0]}&fields=id`);
	for (let i = 0; i < REPETITIONS; i++) {
		weightChange.push(await timed(() => api.patch(`/items/priority_criteria/${criteria[1]}`, { weight: 15 + (i % 2) })));
		ratingChange.push(await timed(() => api.patch(`/items/measure_ratings/${ratingId!.id}`, { level: levelsOf[0]![i % 3] })));
		plainUpdate.push(await timed(() => api.patch(`/items/measures/${measureIds[i]}`, { description: `Beschreibung ${i}` })));
	}
	const burst: number[] = [];
	const ratings = await api.get<{ id: string; criterion: string }[]>(`/items/measure_ratings?filter[measure][district][_eq]=${DISTRICT}&fields=id,criterion&limit=${BURST * BURST_ROUNDS}`);
	for (let round = 0; round < BURST_ROUNDS; round++) {
		const batch = ratings.slice(round * BURST, (round + 1) * BURST);
		burst.push(await timed(() => Promise.all(batch.map((r, i) => api.patch(`/items/measure_ratings/${r.id}`, { level: levelsOf[criteria.indexOf(r.criterion)]![(i + round) % 3] })))));
	}
	const db = connectDatabase(instance.env);
	const driftAfterBursts = (await recomputeDistrict(db, DISTRICT, { dryRun: true }).finally(() => db.destroy())).length;
	const closeReport: number[] = [];
	for (let i = 0; i < CLOSE_REPETITIONS; i++) {
		const report = await api.post<{ id: string }>('/items/status_reports', { district: DISTRICT, title: `Bericht ${i + 1}`, report_date: `202${4 + i}-02-01` });
		closeReport.push(await timed(() => api.patch(`/items/status_reports/${report.id}`, { state: 'closed' })));
		const frozen = await api.get<{ id: string }[]>(`/items/progress_updates?filter[status_report][_eq]=${report.id}&fields=id&limit=-1`);
		if (frozen.length !== MEASURES) throw new Error(`Bericht ${i + 1}: ${frozen.length} statt ${MEASURES} Meldungen eingefroren.`);
	}
	return { database: instance.database, weightChange, ratingChange, plainUpdate, burst, driftAfterBursts, closeReport };
}

async function prepareDistrict(api: DirectusApi, instance: TemporaryInstance) {
	await api.post('/items/districts', { id: DISTRICT, name: 'Benchmark-Kreis', state: 'Nordrhein-Westfalen' });
	const criteria: string[] = [];
	const levelsOf: string[][] = [];
	for (const criterion of CRITERIA) {
		const created = await api.post<{ id: string }>('/items/priority_criteria', { district: DISTRICT, ...criterion });
		criteria.push(created.id);
		const levels = await api.post<{ id: string; points: number }[]>(
			'/items/priority_levels',
			[3, 2, 1].map((points) => ({ criterion: created.id, label: `Stufe ${points}`, points })),
		);
		levelsOf.push([3, 2, 1].map((points) => levels.find((level) => level.points === points)!.id));
	}
	const measureIds: string[] = [];
	for (let start = 0; start < MEASURES; start += 500) {
		const batch = Array.from({ length: 500 }, (_, i) => ({
			id: seedId(DISTRICT, 'measures', String(start + i + 1)),
			district: DISTRICT,
			code: String(start + i + 1),
			title: `Maßnahme ${start + i + 1}`,
			theme: 'organisation',
			status: 'planned',
		}));
		await api.post('/items/measures', batch);
		measureIds.push(...batch.map((m) => m.id));
	}
	// Deterministic spread of levels, so scores and ranks vary like a real matrix.
	const ratings = measureIds.flatMap((measure, m) =>
		criteria.map((criterion, c) => ({
			id: seedId(DISTRICT, 'measure_ratings', `${m}/${c}`),
			measure,
			criterion,
			level: levelsOf[c]![(m * 7 + c * 3) % 3]!,
			justification: null,
		})),
	);
	const db = connectDatabase(instance.env);
	try {
		for (let start = 0; start < ratings.length; start += 500) await db('measure_ratings').insert(ratings.slice(start, start + 500));
	} finally {
		await db.destroy();
	}
	return { criteria, levelsOf, measureIds };
}
