/**
 * `npm run bench:transfer-limits`: what hostile workbooks cost the Directus server before they
 * are refused (time, peak resident memory of the Directus process, the slowest `/server/ping`
 * meanwhile), beside the largest real import for scale: the generated district of 500
 * measures (3,602 rows incl. 2,500 ratings) as a preview. Prints figures; asserts nothing.
 * A request that kills Directus is reported as such and Directus is started again.
 * BENCH_DATABASES=sqlite3,pg runs PostgreSQL too (default: SQLite only; the refusals happen
 * before the database is read).
 */
import { THEMES } from '@cockpit/shared';
import { writeSheets } from '../extensions/cockpit-transfer/src/format/write-sheets';
import { writeWorkbook } from '../extensions/cockpit-transfer/src/xlsx';
import { databaseLabel as label } from './lib/bench-stats';
import { login } from './lib/directus-api';
import { generatedDistrict } from './lib/generated-district';
import { atLimitsWorkbook, declaredHugeWorkbook, longWorkbook, wideWorkbook } from './lib/hostile-workbooks';
import { startTemporaryInstance } from './lib/temporary-instance';
import { downloadWorkbook, uploadWorkbook, XLSX_TYPE } from './lib/transfer-client';
import { rssMb, watchServer } from './lib/watch-server';

const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3').split(',') as ('sqlite3' | 'pg')[];
const TIMEOUT_MS = 120_000;

const themes = THEMES.map((t) => ({ id: t.id, name: t.name }));
const generated = await writeWorkbook(writeSheets(generatedDistrict(500, 'bench-kreis', true), themes), 'Benchmark');

interface Probe {
	name: string;
	body: Buffer | string;
	type: string;
}

const rows: string[][] = [];
for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Directus …\n`);
	const instance = await startTemporaryInstance({ database });
	try {
		let token = await login(instance.url, 'redaktion@example.com', 'redaktion');
		const base = (await downloadWorkbook(instance.url, token, '/transfer/districts/viersen.xlsx')).bytes;
		const probes: Probe[] = [
			{ name: '500 Maßnahmen (echte Größe), Vorschau', body: generated, type: XLSX_TYPE },
			{ name: 'an den Grenzen: 4.500 Zeilen × 20 Spalten', body: await atLimitsWorkbook(base), type: XLSX_TYPE },
			{ name: 'Spalte XFD, 3.000 kurze Zeilen', body: await wideWorkbook(base), type: XLSX_TYPE },
			{ name: 'Kopfdaten A1:XFD1048576', body: await declaredHugeWorkbook(base), type: XLSX_TYPE },
			{ name: '100.000 kurze Zeilen', body: await longWorkbook(base, 100_000), type: XLSX_TYPE },
			{ name: '1.000.000 kurze Zeilen', body: await longWorkbook(base, 1_000_000), type: XLSX_TYPE },
			{ name: 'Content-Type application/json', body: '{"district":"viersen"}', type: 'application/json' },
			{ name: 'leerer Inhalt', body: Buffer.alloc(0), type: XLSX_TYPE },
		];
		for (const probe of probes) {
			const send = async (): Promise<string> => {
				const started = Date.now();
				try {
					if (Buffer.isBuffer(probe.body) && probe.type === XLSX_TYPE) {
						const answer = await Promise.race([
							uploadWorkbook(instance.url, token, probe.body, { dryRun: true }),
							new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)),
						]);
						return `HTTP ${answer.status}: ${(answer.body.errors?.[0]?.message ?? 'Vorschau').slice(0, 110)}`;
					}
					const response = await fetch(`${instance.url}/transfer/districts?dry_run=true`, {
						method: 'POST',
						headers: { Authorization: `Bearer ${token}`, 'Content-Type': probe.type },
						body: typeof probe.body === 'string' ? probe.body : new Uint8Array(probe.body),
						signal: AbortSignal.timeout(TIMEOUT_MS),
					});
					const text = await response.text();
					return `HTTP ${response.status}: ${(JSON.parse(text || '{}').errors?.[0]?.message ?? '').slice(0, 110)}`;
				} catch (error) {
					return `keine Antwort (${Math.round((Date.now() - started) / 1000)} s): ${(error as Error).message}`;
				}
			};
			let answeredMs = 0;
			// A request given up on may still run in Directus: the next one starts when it has answered or died.
			const settled = async (): Promise<Awaited<ReturnType<typeof send>>> => {
				const started = performance.now();
				const result = await send();
				answeredMs = performance.now() - started;
				for (const deadline = Date.now() + 300_000; Date.now() < deadline; ) {
					const ok = await fetch(`${instance.url}/server/ping`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
					if (ok || Number.isNaN(rssMb(instance.pid))) break;
					await new Promise((resolve) => setTimeout(resolve, 1000));
				}
				return result;
			};
			const watched = await watchServer(instance.pid, settled, instance.url);
			const size = Buffer.byteLength(probe.body);
			rows.push([label(database), probe.name, `${(size / 1024).toFixed(0)} KB`, answeredMs.toFixed(0), watched.peakMb.toFixed(0), watched.aboveMb.toFixed(0), (watched.slowestPingMs ?? 0).toFixed(0), watched.alive ? 'ja' : 'NEIN', watched.result]);
			process.stdout.write(`${rows.at(-1)!.join(' | ')}\n`);
			if (!watched.alive) {
				await instance.restart();
				token = await login(instance.url, 'redaktion@example.com', 'redaktion');
			}
		}
	} finally {
		await instance.stop();
	}
}

console.log('\nDatenbank | Arbeitsmappe | Größe | Dauer (ms) | Speicher Spitze (MB) | über Ausgangswert (MB) | langsamstes /server/ping (ms) | Directus lebt | Antwort');
for (const row of rows) console.log(row.join(' | '));
// A request given up on (the JSON probe on the old code) would keep the event loop alive.
process.exit(0);
