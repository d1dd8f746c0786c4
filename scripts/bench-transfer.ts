/**
 * `npm run bench:transfer`: how long exporting and importing a district as a workbook takes,
 * and how much memory the Directus server needs for it, for Kreis Viersen (46 measures, 230
 * ratings) and for a generated district of 500 measures rated on 5 criteria, on SQLite and
 * on PostgreSQL. Prints figures; asserts nothing. A second generated district without
 * ratings shows the share of the compute hook's per-rating checks and recomputation.
 *
 * Memory is the resident set size of the Directus process, sampled every 10 ms while the
 * request runs: the peak, and the peak above the level before the request.
 * BENCH_DATABASES=sqlite3 skips PostgreSQL (taken from DB_HOST etc., default 127.0.0.1:5432).
 */
import { THEMES } from '@cockpit/shared';
import { writeSheets } from '../extensions/cockpit-transfer/src/format/write-sheets';
import { writeWorkbook } from '../extensions/cockpit-transfer/src/xlsx';
import { databaseLabel as label } from './lib/bench-stats';
import { login, loginApi } from './lib/directus-api';
import { startTemporaryInstance } from './lib/temporary-instance';
import { generatedDistrict } from './lib/generated-district';
import { changesOf, downloadWorkbook, uploadWorkbook } from './lib/transfer-client';
import { watchServer } from './lib/watch-server';

const MEASURES = 500;
const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3,pg').split(',') as ('sqlite3' | 'pg')[];

interface Figure {
	database: string;
	district: string;
	step: string;
	ms: number;
	peakMb: number;
	aboveMb: number;
	note: string;
}

const figures: Figure[] = [];
const themes = THEMES.map((t) => ({ id: t.id, name: t.name }));
const generated = await writeWorkbook(writeSheets(generatedDistrict(MEASURES, 'bench-kreis', true), themes), 'Benchmark');
// The same district without ratings shows how much of an import the per-rating work of the compute hook takes.
const unrated = await writeWorkbook(writeSheets(generatedDistrict(MEASURES, 'bench-ohne-bewertungen', false), themes), 'Benchmark');
console.log(`Erzeugte Arbeitsmappe: ${MEASURES} Maßnahmen, ${(generated.length / 1024).toFixed(0)} KB`);

for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Directus …\n`);
	const instance = await startTemporaryInstance({ database });
	try {
		const token = await login(instance.url, 'redaktion@example.com', 'redaktion');
		const admin = await loginApi(instance.url, instance.admin.email, instance.admin.password);
		const step = async (district: string, name: string, work: () => Promise<string>) => {
			const { ms, peakMb, aboveMb, result } = await watchServer(instance.pid, work);
			figures.push({ database: label(database), district, step: name, ms, peakMb, aboveMb, note: result });
		};
		let viersen: Buffer = Buffer.alloc(0);
		await step('Viersen', 'Export', async () => {
			viersen = (await downloadWorkbook(instance.url, token, '/transfer/districts/viersen.xlsx')).bytes;
			return `${(viersen.length / 1024).toFixed(0)} KB`;
		});
		await step('Viersen', 'Import unverändert', async () => describe(await uploadWorkbook(instance.url, token, viersen)));
		await admin.delete('/items/districts/viersen');
		await step('Viersen', 'Import neu (nach Löschen)', async () => describe(await uploadWorkbook(instance.url, token, viersen)));
		await step(`${MEASURES} Maßnahmen`, 'Vorschau (dry run)', async () => describe(await uploadWorkbook(instance.url, token, generated, { dryRun: true })));
		await step(`${MEASURES} Maßnahmen`, 'Import neu', async () => describe(await uploadWorkbook(instance.url, token, generated)));
		let exported: Buffer = Buffer.alloc(0);
		await step(`${MEASURES} Maßnahmen`, 'Export', async () => {
			exported = (await downloadWorkbook(instance.url, token, '/transfer/districts/bench-kreis.xlsx')).bytes;
			return `${(exported.length / 1024).toFixed(0)} KB`;
		});
		await step(`${MEASURES} Maßnahmen`, 'Import unverändert', async () => describe(await uploadWorkbook(instance.url, token, exported)));
		await step(`${MEASURES} Maßnahmen ohne Bewertungen`, 'Import neu', async () => describe(await uploadWorkbook(instance.url, token, unrated)));
	} finally {
		await instance.stop();
	}
}

console.log('\nDatenbank | Kreis | Schritt | Dauer (ms) | Speicher Spitze (MB) | über Ausgangswert (MB) | Ergebnis');
for (const f of figures) console.log([f.database, f.district, f.step, f.ms.toFixed(0), f.peakMb.toFixed(0), f.aboveMb.toFixed(0), f.note].join(' | '));

function describe(answer: Awaited<ReturnType<typeof uploadWorkbook>>): string {
	if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.errors?.[0]?.message ?? ''}`;
	const changes = changesOf(answer.body.data!);
	const created = Object.values(changes).reduce((n, c) => n + c.created, 0);
	const changed = Object.values(changes).reduce((n, c) => n + c.changed, 0);
	return `${created} angelegt, ${changed} geändert`;
}
