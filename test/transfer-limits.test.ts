/**
 * The workbook import as an attacker with a Redaktion login would try it: a small workbook
 * that once took Directus down (one cell in column XFD), a million short rows, a sheet that
 * claims to span the whole grid, bodies of the wrong type or none, formulas, two imports at
 * once, and a few hundred random and mutated workbooks. Each is refused with a German 4xx,
 * stores nothing, and the server keeps answering meanwhile.
 */
import { request } from 'node:http';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, type DirectusApi } from '../scripts/lib/directus-api';
import { cellXml, declaredHugeWorkbook, longWorkbook, wideWorkbook, withSheetXml, worksheetXml } from '../scripts/lib/hostile-workbooks';
import { changesOf, downloadWorkbook, uploadWorkbook, XLSX_TYPE, type TransferAnswer } from '../scripts/lib/transfer-client';
import { watchServer } from '../scripts/lib/watch-server';
import { asAdmin, directus } from './support/api';

const within = 'erlaubt sind höchstens 5.000 Zeilen (mit der Kopfzeile) und 100 Spalten (bis Spalte CV) je Blatt';
/** A German sentence, not an English or technical one. */
const GERMAN = /\b(die|der|das|ist|sind|nicht|bitte|blatt|zeile|datei|arbeitsmappe|keine?|gibt|es)\b/i;
const NOT_GERMAN = /\b(invalid|error|cannot|unexpected|undefined|null|NaN|object)\b/;

let redaktion: string;
let admin: DirectusApi;
let viersen: Buffer;
/** Every row of every district collection, so that "nothing stored" covers all districts, not only the one a workbook names. */
let fingerprint: () => Promise<string>;

beforeAll(async () => {
	redaktion = await login(directus().url, 'redaktion@example.com', 'redaktion');
	admin = await asAdmin();
	viersen = (await downloadWorkbook(directus().url, redaktion, '/transfer/districts/viersen.xlsx')).bytes;
	const collections = ['districts', 'action_fields', 'measures', 'priority_criteria', 'priority_levels', 'measure_ratings', 'annual_goals', 'kpis', 'kpi_values', 'status_reports', 'progress_updates'];
	fingerprint = async () => JSON.stringify(await Promise.all(collections.map((c) => admin.get(`/items/${c}?fields=*&sort=id&limit=-1`))));
});

const importOf = (bytes: Buffer, dryRun = false) => uploadWorkbook(directus().url, redaktion, bytes, { dryRun });
const messages = (answer: TransferAnswer) => (answer.body.errors ?? []).map((e) => e.message);
const alive = async () => (await fetch(`${directus().url}/server/ping`, { signal: AbortSignal.timeout(10_000) })).status;

/** An import while /server/ping is asked every 50 ms, with the Directus process' memory. */
function watched<T>(work: () => Promise<T>) {
	return watchServer(directus().pid, work, directus().url);
}

describe('transfer limits: workbooks that cost the server too much are refused before they are read', () => {
	it('refuses the 70 KB workbook with one cell in column XFD and 3,000 short rows, naming sheet, row and column, and the server answers meanwhile', async () => {
		const before = await fingerprint();
		const bytes = await wideWorkbook(viersen);
		const run = await watched(() => importOf(bytes, true));
		console.log(`Spalte XFD (${Math.round(bytes.length / 1024)} KB): ${run.ms.toFixed(0)} ms, Speicher +${run.aboveMb.toFixed(0)} MB, langsamstes /server/ping ${run.slowestPingMs?.toFixed(0)} ms`);
		expect({ status: run.result.status, messages: messages(run.result), alive: await alive(), responsive: run.slowestPingMs! < 5000, unchanged: (await fingerprint()) === before }).toEqual({
			status: 400,
			messages: [`Blatt „Maßnahmen“, Zeile 2, Spalte „XFD“: Hier steht eine Zelle; ${within}. Bitte die Zellen rechts von Spalte CV löschen.`],
			alive: 200,
			responsive: true,
			unchanged: true,
		});
	});

	it('refuses a sheet that declares A1:XFD1048576 by its dimension alone', async () => {
		const answer = await importOf(await declaredHugeWorkbook(viersen));
		expect([answer.status, messages(answer)]).toEqual([400, [`Blatt „Maßnahmen“: Das Blatt reicht laut seinen Kopfdaten bis Zelle XFD1048576; ${within}. Bitte leere Zeilen und Spalten unterhalb und rechts der Tabelle löschen.`]]);
	});

	const refusals: [number, string][] = [
		[100_000, `Blatt „Maßnahmen“, Zeile 5001: Das Blatt hat Zeilen bis Zeile 5.001; ${within}. Bitte leere Zeilen am Ende des Blatts löschen.`],
		// Its zip directory already says 51 MB unpacked: refused before a byte is unpacked.
		[1_000_000, 'Blatt „(Datei)“: Die Arbeitsmappe ist entpackt 51,5 MB groß; erlaubt sind höchstens 20 MB. Bitte Bilder, Formatierungen und nicht benötigte Blätter entfernen.'],
	];
	for (const [rows, refusal] of refusals) {
		it(`refuses ${rows.toLocaleString('en')} short rows with little memory, and the server answers meanwhile`, async () => {
			const before = await fingerprint();
			const bytes = await longWorkbook(viersen, rows);
			const run = await watched(() => importOf(bytes));
			console.log(`${rows} Zeilen (${(bytes.length / 1024 / 1024).toFixed(1)} MB): ${run.ms.toFixed(0)} ms, Speicher +${run.aboveMb.toFixed(0)} MB, langsamstes /server/ping ${run.slowestPingMs?.toFixed(0)} ms`);
			expect({
				status: run.result.status,
				messages: messages(run.result),
				// Loose bounds, for a shared and busy machine: before the limits these took 1.4 and 1.8 GB, or killed Directus.
				memory: run.aboveMb < 400,
				responsive: run.slowestPingMs! < 5000,
				alive: await alive(),
				unchanged: (await fingerprint()) === before,
			}).toEqual({
				status: 400,
				messages: [refusal],
				memory: true,
				responsive: true,
				alive: 200,
				unchanged: true,
			});
		});
	}

	it('refuses an upload over 10 MB with a German 413 before reading it', async () => {
		const answer = await importOf(Buffer.alloc(11 * 1024 * 1024, 1));
		expect([answer.status, messages(answer)[0]]).toEqual([413, expect.stringMatching(/^Die Datei ist größer als 10 MB/)]);
	});
});

describe('transfer limits: only a workbook, in one of two ways', () => {
	const send = async (type: string | null, body: string | Buffer) => {
		const response = await fetch(`${directus().url}/transfer/districts?dry_run=true`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${redaktion}`, ...(type ? { 'Content-Type': type } : {}) },
			body: typeof body === 'string' ? body : new Uint8Array(body),
			signal: AbortSignal.timeout(20_000),
		});
		return [response.status, JSON.parse(await response.text()).errors[0].message] as [number, string];
	};

	it('answers a JSON body, a form, text and no type with a German 415 at once instead of waiting forever', async () => {
		const form = new FormData();
		form.append('file', 'x');
		const urlencoded = new URLSearchParams({ file: 'x' }).toString();
		const answers = [await send('application/json', '{"district":"viersen"}'), await send('application/x-www-form-urlencoded', urlencoded), await send('text/csv', 'Nummer;Titel\n1;A'), await send(null, viersen)];
		const refused = (type: string) => [415, `Der Import nimmt nur eine Excel-Arbeitsmappe (.xlsx) an: als Inhalt der Anfrage mit dem Typ „application/vnd.openxmlformats-officedocument.spreadsheetml.sheet“ oder als Datei eines Formulars („multipart/form-data“). Gesendet wurde ${type}.`];
		expect(answers).toEqual([refused('„application/json“'), refused('„application/x-www-form-urlencoded“'), refused('„text/csv“'), refused('kein Inhaltstyp')]);
	});

	it('answers an empty body and a form without a file with a German 400', async () => {
		const emptyForm = new FormData();
		emptyForm.append('note', 'keine Datei');
		const response = await fetch(`${directus().url}/transfer/districts`, { method: 'POST', headers: { Authorization: `Bearer ${redaktion}` }, body: emptyForm });
		const empty = 'Es wurde keine Datei übertragen. Bitte die Arbeitsmappe (.xlsx) als Inhalt der Anfrage oder als Datei eines Formulars senden.';
		expect([await send(XLSX_TYPE, Buffer.alloc(0)), [response.status, (await response.json()).errors[0].message]]).toEqual([
			[400, empty],
			[400, empty],
		]);
	});
});

describe('transfer limits: formulas', () => {
	async function withCells(edit: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(viersen as unknown as ArrayBuffer);
		edit(book);
		return Buffer.from(await book.xlsx.writeBuffer());
	}
	const column = (sheet: ExcelJS.Worksheet, header: string) => (sheet.getRow(1).values as unknown[]).findIndex((v) => v === header);

	it('refuses a formula in an input column, naming sheet, row and column, and stores nothing', async () => {
		const before = await fingerprint();
		const bytes = await withCells((book) => {
			const measures = book.getWorksheet('Maßnahmen')!;
			measures.getRow(3).getCell(column(measures, 'Titel')).value = { formula: 'C4&"!"', result: 'Kollaboration!' };
			const ratings = book.getWorksheet('Bewertungen')!;
			ratings.getRow(5).getCell(column(ratings, 'Innenwirkung')).value = { formula: 'C4', result: 'hoch' };
		});
		const answer = await importOf(bytes);
		const hint = 'Der Import übernimmt nur eingetragene Werte: bitte die Formel durch ihren Wert ersetzen (in Excel: Zelle kopieren, dann „Einfügen: Werte“).';
		expect({ status: answer.status, messages: messages(answer), unchanged: (await fingerprint()) === before }).toEqual({
			status: 400,
			messages: [`Blatt „Maßnahmen“, Zeile 3, Spalte „Titel“: Die Zelle enthält eine Formel (=C4&"!"). ${hint}`, `Blatt „Bewertungen“, Zeile 5, Spalte „Innenwirkung“: Die Zelle enthält eine Formel (=C4). ${hint}`],
			unchanged: true,
		});
	});

	it('reads a workbook whose formulas stand only in computed columns, which the import ignores', async () => {
		const bytes = await withCells((book) => {
			const measures = book.getWorksheet('Maßnahmen')!;
			measures.getRow(3).getCell(column(measures, 'Rang')).value = { formula: 'RANK(T3,T:T)', result: 1 };
		});
		const answer = await importOf(bytes, true);
		expect([answer.status, answer.body.data && changesOf(answer.body.data)]).toEqual([200, {}]);
	});
});

describe('transfer limits: one import at a time per user', () => {
	/** A raw-body upload whose last bytes are held back until `finish` is called. */
	function heldUpload(token: string, bytes: Buffer) {
		let answer!: Promise<{ status: number; body: string }>;
		const req = request(`${directus().url}/transfer/districts?dry_run=true`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': XLSX_TYPE, 'Content-Length': bytes.length } });
		answer = new Promise((resolve, reject) => {
			req.on('response', (res) => {
				let body = '';
				res.on('data', (chunk: Buffer) => (body += chunk.toString()));
				res.on('end', () => resolve({ status: res.statusCode!, body }));
			});
			req.on('error', reject);
		});
		req.write(bytes.subarray(0, bytes.length - 100));
		return { finish: () => (req.end(bytes.subarray(bytes.length - 100)), answer) };
	}

	it('answers a second import of the same user with a German 429 while the first runs, lets another user import meanwhile, and frees the turn afterwards', async () => {
		const first = heldUpload(redaktion, viersen);
		// The first request has reached the endpoint once the server holds its turn.
		let second: TransferAnswer = { status: 0, body: {} };
		for (let i = 0; i < 50 && second.status !== 429; i++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			second = await importOf(viersen, true);
		}
		const otherUser = await uploadWorkbook(directus().url, await login(directus().url, directus().admin.email, directus().admin.password), viersen, { dryRun: true });
		const firstAnswer = await first.finish();
		const afterwards = await importOf(viersen, true);
		expect({ second: [second.status, messages(second)], otherUser: otherUser.status, first: firstAnswer.status, afterwards: afterwards.status }).toEqual({
			second: [429, ['Für Ihr Konto läuft gerade schon ein Import oder eine Vorschau. Bitte warten Sie, bis er abgeschlossen ist, und senden Sie die Arbeitsmappe dann erneut.']],
			otherUser: 200,
			first: 200,
			afterwards: 200,
		});
	});

	it('frees the turn when the client goes away in the middle of its upload', async () => {
		const req = request(`${directus().url}/transfer/districts?dry_run=true`, { method: 'POST', headers: { Authorization: `Bearer ${redaktion}`, 'Content-Type': XLSX_TYPE, 'Content-Length': viersen.length } });
		req.on('error', () => undefined);
		req.write(viersen.subarray(0, 1000));
		await new Promise((resolve) => setTimeout(resolve, 500));
		req.destroy();
		let next: TransferAnswer = { status: 0, body: {} };
		for (let i = 0; i < 50 && next.status !== 200; i++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			next = await importOf(viersen, true);
		}
		expect(next.status).toBe(200);
	});
});

describe('transfer limits: fuzz', () => {
	const CASES = 300;
	const BUDGET_MS = 75_000;

	/** mulberry32: a small seeded PRNG, so that a failing case can be found again by its number. */
	function prng(seed: number): () => number {
		let a = seed >>> 0;
		return () => {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = a;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	const SHEETS = ['Kreis', 'Handlungsfelder', 'Maßnahmen', 'Kriterien und Stufen', 'Bewertungen', 'Jahresziele', 'Kennzahlen und Messwerte', 'Sachstandsberichte'];
	const letters = (n: number): string => (n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

	async function mutated(base: Buffer, random: () => number): Promise<{ kind: string; bytes: Buffer }> {
		const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
		const int = (n: number) => Math.floor(random() * n);
		const kind = pick(['bytes', 'truncate', 'swap', 'cells', 'cells', 'cells', 'noise', 'drop']);
		switch (kind) {
			case 'bytes': {
				const copy = Buffer.from(base);
				for (let i = 0, n = 1 + int(20); i < n; i++) copy[int(copy.length)] = int(256);
				return { kind, bytes: copy };
			}
			case 'truncate':
				return { kind, bytes: base.subarray(0, int(base.length)) };
			case 'noise':
				return { kind, bytes: Buffer.from(Array.from({ length: int(4096) }, () => int(256))) };
			case 'swap':
			case 'drop': {
				const zip = await JSZip.loadAsync(base);
				const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
				const a = pick(names);
				if (kind === 'drop') zip.remove(a);
				else {
					const b = pick(names);
					const [x, y] = await Promise.all([zip.file(a)!.async('nodebuffer'), zip.file(b)!.async('nodebuffer')]);
					zip.file(a, y).file(b, x);
				}
				return { kind: `${kind} ${a}`, bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
			}
			default: {
				// Random cells in a random sheet: text, numbers, dates, booleans, errors, formulas, shared-string indexes, far-away positions.
				const sheet = pick(SHEETS);
				const rows: string[] = [];
				const header = ['Kennung', 'Nummer', 'Titel', 'Thema', 'Status', 'Name', 'Bundesland', 'Kriterium', 'Stufe', 'Punkte', 'Maßnahme', 'Jahr', 'Ziel', 'Wert', 'Stichtag', 'Innenwirkung'];
				rows.push(Array.from({ length: 1 + int(8) }, (_, i) => cellXml(`${letters(i + 1)}1`, pick(header))).join(''));
				for (let r = 2, n = 2 + int(30); r <= n; r++) {
					rows.push(
						Array.from({ length: 1 + int(8) }, (_, i) => {
							const ref = random() < 0.03 ? `${letters(1 + int(16384))}${r}` : `${letters(i + 1)}${r}`;
							return pick([
								() => cellXml(ref, pick(['viersen', 'Kreis Viersen', 'hoch', 'Geplant', 'E-Akte und DMS', '', ' ', 'ä'.repeat(int(50)), '=1+1', '31.02.2024', '1.234,5'])),
								() => cellXml(ref, random() * 1e6 - 5e5),
								() => cellXml(ref, int(100), `${letters(1 + int(5))}${1 + int(20)}*2`),
								() => `<c r="${ref}" t="b"><v>${int(3)}</v></c>`,
								() => `<c r="${ref}" t="e"><v>#DIV/0!</v></c>`,
								() => `<c r="${ref}" t="s"><v>${int(100_000)}</v></c>`,
								() => `<c r="${ref}" t="d"><v>${pick(['2024-13-45', 'gestern', '2024-01-01T00:00:00Z'])}</v></c>`,
								() => `<c r="${ref}"/>`,
							])();
						}).join(''),
					);
				}
				const far = random() < 0.1 ? `<mergeCells count="1"><mergeCell ref="A2:${letters(1 + int(200))}${2 + int(20_000)}"/></mergeCells>` : '';
				const xml = worksheetXml(rows, random() < 0.2 ? `A1:${letters(1 + int(300))}${1 + int(50_000)}` : undefined).replace('</sheetData>', `</sheetData>${far}`);
				return { kind: `cells ${sheet}`, bytes: await withSheetXml(base, sheet, xml) };
			}
		}
	}

	it(`refuses up to ${CASES} random and mutated workbooks with a German 4xx, stores nothing and stays alive`, async () => {
		const base = (await downloadWorkbook(directus().url, redaktion, '/transfer/districts/unna.xlsx')).bytes;
		const before = await fingerprint();
		const random = prng(17);
		const started = Date.now();
		const odd: string[] = [];
		/** How far the cases got: refused by the file checks, by a sheet's cells, or imported without a change. */
		const reached = { datei: 0, blatt: 0, unverändert: 0 };
		let sent = 0;
		for (let i = 0; i < CASES && Date.now() - started < BUDGET_MS; i++) {
			const { kind, bytes } = await mutated(base, random);
			const answer = await importOf(bytes);
			sent++;
			const message = messages(answer).join(' | ');
			// A mutation may leave a workbook that is still valid and the same as stored: it changes nothing.
			const unchangedImport = answer.status === 200 && answer.body.data !== undefined && Object.keys(changesOf(answer.body.data)).length === 0;
			const refusedInGerman = answer.status >= 400 && answer.status < 500 && GERMAN.test(message) && !NOT_GERMAN.test(message);
			if (unchangedImport) reached.unverändert++;
			else if (message.startsWith('Blatt „(Datei)“')) reached.datei++;
			else reached.blatt++;
			if (!unchangedImport && !refusedInGerman) odd.push(`#${i} ${kind}: ${answer.status} ${message.slice(0, 300)}`);
			if (i % 25 === 0 && (await alive()) !== 200) odd.push(`#${i} ${kind}: /server/ping antwortet nicht`);
		}
		console.log(`Fuzz: ${sent} Arbeitsmappen in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(reached)}`);
		expect({ odd, enough: sent >= 100, alive: await alive(), unchanged: (await fingerprint()) === before }).toEqual({ odd: [], enough: true, alive: 200, unchanged: true });
	}, 180_000);
});
