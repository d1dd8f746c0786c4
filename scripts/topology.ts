/**
 * `npm run topology`: the production topology of docker-compose.yml without Docker. A fresh
 * PostgreSQL database on the local server (DB_HOST etc., default 127.0.0.1:5432, user
 * postgres, beside database "test") and a Redis database number of its own (REDIS_URL, default
 * redis://127.0.0.1:6379), two Directus instances with deploy/production.env behind a load
 * balancer standing in for nginx, schema, roles and seed applied once, and the built app served
 * as static files. Then it checks what production relies on and prints the figures:
 * an edit on instance A is read from B at once with the same stored and recomputed values,
 * through the shared cache; the login limit counts across both instances.
 *   npm run topology            checks, then stops and removes everything
 *   npm run topology -- --keep  keeps running after the checks until Ctrl-C
 */
import { randomBytes } from 'node:crypto';
import { buildExtensionsIfStale } from './lib/build-extensions';
import { checkCrossInstanceRead } from './lib/cross-instance-checks';
import { login } from './lib/directus-api';
import { startDirectusPair, type DirectusPair } from './lib/directus-pair';
import { checkLoginLimitAcrossInstances } from './lib/login-limit-check';
import { readProductionEnv } from './lib/production-env';
import { claimRedisDatabase, type RedisDatabase } from './lib/redis-database';
import { buildAndServeApp, type ServedApp } from './lib/serve-app';
import { createTemporaryPostgresDatabase } from './lib/temporary-postgres';

const keep = process.argv.includes('--keep');
const log = (line: string) => console.log(line);
const started = performance.now();
const since = () => ((performance.now() - started) / 1000).toFixed(1);
const admin = { email: 'admin@example.com', password: randomBytes(9).toString('base64url') };

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp(): Promise<void> {
	for (const step of cleanups.reverse()) await step().catch((error) => console.error(error));
	cleanups.length = 0;
}

let failed = false;
try {
	await buildExtensionsIfStale(log);
	const database = await createTemporaryPostgresDatabase();
	cleanups.push(() => database.drop());
	const redis: RedisDatabase = await claimRedisDatabase();
	cleanups.push(() => redis.release());
	log(`PostgreSQL-Datenbank ${database.env['DB_DATABASE']}, Redis-Datenbank ${redis.number}.`);

	const pair: DirectusPair = await startDirectusPair({
		database: database.env,
		redisUrl: redis.url,
		admin,
		secret: randomBytes(32).toString('hex'),
		setup: true,
		log,
		onOutput: (instance, chunk) => {
			if (/ERROR|FATAL/.test(chunk)) process.stderr.write(`[${instance}] ${chunk}`);
		},
	});
	cleanups.push(() => pair.stop());
	const app: ServedApp = await buildAndServeApp([pair.balancer.url]);
	cleanups.push(() => app.stop());
	const ready = since();
	log(`App unter ${app.url} (liest ${pair.balancer.url}).`);

	const results: [string, boolean, string][] = [];
	const check = (name: string, ok: boolean, detail = '') => {
		results.push([name, ok, detail]);
		if (!ok) failed = true;
	};

	const token = await login(pair.a.url, admin.email, admin.password);
	let t = performance.now();
	const read = await checkCrossInstanceRead(pair.a.url, pair.b.url, token);
	const readMs = Math.round(performance.now() - t);
	check('B hatte die Antwort vor der Änderung im gemeinsamen Cache', read.bCachedBefore);
	check('B liest die auf A geänderte Bewertung sofort, und sie ändert den Wert der Maßnahme', read.levelChangedOnB && read.scoreChanged);
	check('B liest Werte und Ränge wie A', read.bEqualsA);
	check('Auf B entsprechen Werte und Ränge der Neuberechnung aus den Eingaben', read.bStoredEqualsRecomputed);
	check('Dashboard auf B zeigt den neuen Wert', read.dashboardOnBShowsNewScore);

	const limit = Number(readProductionEnv()['COCKPIT_LOGIN_LIMIT']);
	t = performance.now();
	const logins = await checkLoginLimitAcrossInstances([pair.a.url, pair.b.url], admin, limit + 2);
	const loginMs = Math.round(performance.now() - t);
	const expected = [...Array(limit).fill(401), 429, 429];
	check(
		`Anmeldegrenze gilt über beide Instanzen (${limit} Fehlversuche abwechselnd auf A und B, dann 429)`,
		JSON.stringify(logins.statuses) === JSON.stringify(expected),
		logins.statuses.join(' '),
	);
	check('Administrator bleibt aktiv und meldet sich von anderer Adresse an', logins.adminLoginFromElsewhere === 200);

	const page = await fetch(`${app.url}/kreis/viersen`);
	check('App als statische Dateien: /kreis/viersen liefert die Seite', page.ok && (await page.text()).includes('<div id="app"'));
	const viaBalancer = await Promise.all([0, 1].map(() => fetch(`${pair.balancer.url}/dashboard/districts/viersen`).then((r) => r.status)));
	check('Lastverteiler reicht an beide Instanzen weiter', viaBalancer.every((s) => s === 200) && pair.balancer.counts.every((n) => n > 0), `Anfragen A/B: ${pair.balancer.counts.join('/')}`);

	log('');
	for (const [name, ok, detail] of results) log(`${ok ? 'ok  ' : 'FEHL'}  ${name}${detail ? ` (${detail})` : ''}`);
	log(`
Messwerte:
  Directus A bereit nach ${pair.timings.a} s, Schema/Rollen/Seed bis ${pair.timings.setup} s, B bereit nach ${pair.timings.b} s
  Topologie mit gebauter App bereit nach ${ready} s
  Änderung auf A, Lesen auf B (mit Rückbau): ${readMs} ms
  ${limit + 2} Fehlanmeldungen über beide Instanzen: ${loginMs} ms`);

	if (keep && !failed) {
		log(`
Läuft weiter (Strg+C beendet und räumt auf):
  App:              ${app.url}
  Directus (beide): ${pair.balancer.url}   A: ${pair.a.url}   B: ${pair.b.url}
  Anmeldung:        ${admin.email} / ${admin.password}`);
		await new Promise<void>((resolve) => {
			process.once('SIGINT', resolve);
			process.once('SIGTERM', resolve);
		});
	}
} catch (error) {
	failed = true;
	console.error(error);
} finally {
	await cleanUp();
}
process.exit(failed ? 1 : 0);
