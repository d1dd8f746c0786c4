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
import { readFileSync } from 'node:fs';
import { THEMES } from '@cockpit/shared';
import { writeSheets } from '../extensions/cockpit-transfer/src/format/write-sheets';
import { EMPTY_DISTRICT, type StoredDistrict } from '../extensions/cockpit-transfer/src/format/stored';
import { writeWorkbook } from '../extensions/cockpit-transfer/src/xlsx';
import { databaseLabel as label } from './lib/bench-stats';
import { login, loginApi } from './lib/directus-api';
import { startTemporaryInstance } from './lib/temporary-instance';
import { changesOf, downloadWorkbook, uploadWorkbook } from './lib/transfer-client';

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
			const { ms, peakMb, aboveMb, result } = await watched(instance.pid, work);
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

function rssMb(pid: number | undefined): number {
	if (pid === undefined) return Number.NaN;
	const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function watched(pid: number | undefined, work: () => Promise<string>): Promise<{ ms: number; peakMb: number; aboveMb: number; result: string }> {
	const before = rssMb(pid);
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
	const start = performance.now();
	try {
		const result = await work();
		const ms = performance.now() - start;
		peak = Math.max(peak, rssMb(pid));
		return { ms, peakMb: peak, aboveMb: peak - before, result };
	} finally {
		clearInterval(timer);
	}
}

/** A district as large as a big Kreis would keep it: 10 fields, n measures all rated, goals, KPIs, one report. */
function generatedDistrict(n: number, id: string, rated: boolean): StoredDistrict {
	const themes = THEMES.map((t) => t.id);
	const criteria = ['Innenwirkung', 'Außenwirkung', 'Fallzahlen', 'Aufwand', 'Umsetzungsdauer'].map((name, i) => ({ id: `c${i}`, name, weight: [40, 15, 5, 20, 20][i], description: null, sort: i + 1 }));
	const levels = criteria.flatMap((c) => ['hoch', 'mittel', 'niedrig'].map((label, i) => ({ id: `${c.id}-${label}`, criterion: c.id, label, points: 3 - i, sort: i + 1 })));
	const fields = Array.from({ length: 10 }, (_, i) => ({ id: `F${i + 1}`, code: String(i + 1), kind: 'handlungsfeld', title: `Handlungsfeld ${i + 1}`, parent: null, theme: themes[i % themes.length], target_groups: [], sort: i + 1 }));
	const measures = Array.from({ length: n }, (_, i) => ({
		id: `M${i + 1}`,
		code: String(i + 1),
		title: `Maßnahme ${i + 1}: Digitalisierung eines Verwaltungsprozesses`,
		former_titles: [],
		action_field: `F${(i % 10) + 1}`,
		theme: themes[i % themes.length],
		status: ['idea', 'planned', 'in_progress', 'completed', 'ongoing'][i % 5],
		progress_current: i % 11,
		progress_target: 10,
		description: 'Beschreibung der Maßnahme mit einigen Sätzen, wie sie ein Strategiedokument enthält.',
		progress_text: 'Stand der Umsetzung.',
		next_steps: 'Nächste Schritte.',
	}));
	return {
		...EMPTY_DISTRICT,
		district: { id, name: 'Kreis Benchmark', state: 'Hessen', published: false, strategy_title: 'Benchmark', source_document: null, source_date: null, source_date_label: null, strategy_summary: null },
		action_fields: fields,
		measures,
		priority_criteria: criteria,
		priority_levels: levels,
		measure_ratings: !rated ? [] : measures.flatMap((m, i) => criteria.map((c, j) => ({ id: `${m.id}-${c.id}`, measure: m.id, criterion: c.id, level: levels[j * 3 + ((i + j) % 3)]!.id, justification: null }))),
		annual_goals: Array.from({ length: 20 }, (_, i) => ({ id: `Z${i + 1}`, year: 2025 + (i % 3), action_field: `F${(i % 10) + 1}`, direction: 'at_least', title: `Jahresziel ${i + 1}`, target_value: 10, unit: 'Ämter', actual_value: i % 10, cost_funding: [], sort: i + 1 })),
		kpis: Array.from({ length: 10 }, (_, i) => ({ id: `K${i + 1}`, name: `Kennzahl ${i + 1}`, theme: themes[i % themes.length], action_field: null, description: null, unit: '%', target_value: 50, direction: 'at_least' })),
		kpi_values: Array.from({ length: 40 }, (_, i) => ({ id: `V${i}`, kpi: `K${(i % 10) + 1}`, date: `202${2 + Math.floor(i / 10)}-12-31`, value: i, note: null })),
		status_reports: [{ id: 'B1', title: 'Sachstandsbericht 2025', report_date: '2025-09-30', report_date_label: null, document_ref: null, body: null }],
		progress_updates: measures.map((m) => ({ id: `U-${m.id}`, status_report: 'B1', measure: m.id, progress_value: m.progress_current, progress_target: 10, priority_class: null, progress_text: m.progress_text, next_steps: null })),
	} as StoredDistrict;
}
