/**
 * A district in and out as a workbook, over HTTP as the Studio and a clerk use it: every
 * seeded district survives export, deletion and import with the same dashboard; a second
 * import changes nothing; an edited workbook changes what was edited; and every kind of bad
 * workbook is refused with a German message naming sheet and row, with nothing stored.
 */
import ExcelJS from 'exceljs';
import type { DistrictDashboard } from '@cockpit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load-seed';
import { SEED_DISTRICTS } from '../seed/read-seed-files';
import { login, type DirectusApi } from '../scripts/lib/directus-api';
import { changesOf, downloadWorkbook, uploadWorkbook, XLSX_TYPE, type ImportAnswer, type TransferAnswer } from '../scripts/lib/transfer-client';
import { asAdmin, directus } from './support/api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHEETS = [
	'Kreis',
	'Handlungsfelder',
	'Langfristige Zielwerte',
	'Steckbrief-Abschnitte',
	'Maßnahmen',
	'Weitere Nummern',
	'Nachfolge',
	'Kriterien und Stufen',
	'Bewertungen',
	'Jahresziele',
	'Kosten',
	'Kennzahlen und Messwerte',
	'Sachstandsberichte',
	'Stände der Projektfelder',
	'Abhängigkeiten',
	'Verantwortliche Stellen',
];

let redaktion: string;
let leitung: string;

beforeAll(async () => {
	redaktion = await login(directus().url, 'redaktion@example.com', 'redaktion');
	leitung = await login(directus().url, 'leitung@example.com', 'leitung');
	admin = await asAdmin();
});

/**
 * The integration files share one instance and run in any order, and later files check the
 * seeded districts as the seed made them (46 measures in Viersen, the document's scores). The
 * round trip gives rows new ids and the edited workbook changes Viersen, so every seeded
 * district is deleted and seeded again at the end, whatever passed or failed.
 */
afterAll(async () => {
	for (const id of SEED_DISTRICTS) await admin.delete(`/items/districts/${id}`).catch(() => undefined);
	await loadSeed(admin, () => {});
});

const exportOf = async (id: string) => {
	const answer = await downloadWorkbook(directus().url, redaktion, `/transfer/districts/${id}.xlsx`);
	expect(answer.status).toBe(200);
	return answer.bytes;
};
const importOf = (bytes: Buffer, options: { dryRun?: boolean; multipart?: boolean } = {}) => uploadWorkbook(directus().url, redaktion, bytes, options);
let admin: DirectusApi;
const dashboard = (id: string) => admin.get<DistrictDashboard>(`/dashboard/districts/${id}`);

/** The dashboard without its row ids, which an import may give new values. */
function withoutIds(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutIds);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && UUID.test(v) ? '<id>' : withoutIds(v)]));
	return value;
}

/**
 * The expected dashboard, with fractions allowed one step in the second decimal: a mean is
 * summed in the database's row order and then rounded to two decimals, and new ids change
 * that order; on PostgreSQL (`real` columns) a sum at a .xx5 boundary then rounds the other way.
 */
function sameFigures(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sameFigures);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sameFigures(v)]));
	return typeof value === 'number' && !Number.isInteger(value) ? oneHundredthFrom(value) : value;
}

function oneHundredthFrom(expected: number) {
	const matches = (actual: unknown) => typeof actual === 'number' && Math.abs(actual - expected) <= 0.01 + 1e-9;
	return { asymmetricMatch: matches, toString: () => `${expected} ± 0,01`, toAsymmetricMatcher: () => `${expected} ± 0,01` };
}

function imported(answer: TransferAnswer<ImportAnswer>): ImportAnswer {
	if (answer.status !== 200) throw new Error(`Import answered ${answer.status}: ${JSON.stringify(answer.body.errors)}`);
	return answer.body.data!;
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	return book;
}

/** A copy of the workbook with one edit made in Excel's terms: sheet, row, column header. */
async function edited(bytes: Buffer, edit: (book: ExcelJS.Workbook, cell: (sheet: string, row: number, header: string) => ExcelJS.Cell) => void): Promise<Buffer> {
	const book = await workbook(bytes);
	const cell = (sheet: string, row: number, header: string) => {
		const worksheet = book.getWorksheet(sheet)!;
		const headers = (worksheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
		const column = headers.indexOf(header);
		if (column < 1) throw new Error(`no column ${header} in ${sheet}`);
		return worksheet.getRow(row).getCell(column);
	};
	edit(book, cell);
	return Buffer.from(await book.xlsx.writeBuffer());
}

describe('transfer: who may take a district out and bring one in', () => {
	it('refuses the export to Leitung and to a visitor without login, with a German 403', async () => {
		const answers = await Promise.all([leitung, null].map((token) => downloadWorkbook(directus().url, token, '/transfer/districts/viersen.xlsx')));
		expect(answers.map((a) => [a.status, JSON.parse(a.bytes.toString()).errors[0].message])).toEqual([
			[403, expect.stringContaining('Redaktion')],
			[403, expect.stringContaining('Redaktion')],
		]);
	});

	it('refuses an import by Leitung and stores nothing', async () => {
		const answer = await uploadWorkbook(directus().url, leitung, await exportOf('viersen'));
		expect(answer.status).toBe(403);
	});

	it('offers the template with every sheet, a description per column and an example row that imports as a preview', async () => {
		const template = await downloadWorkbook(directus().url, redaktion, '/transfer/template.xlsx');
		const book = await workbook(template.bytes);
		const notes = book.getWorksheet('Hinweise')!;
		const described = new Set<string>();
		notes.eachRow((row) => described.add(`${String(row.getCell(1).value)}|${String(row.getCell(2).value)}`));
		const maßnahmen = book.getWorksheet('Maßnahmen')!;
		const preview = imported(await importOf(template.bytes, { dryRun: true }));
		expect({
			type: template.type,
			sheets: book.worksheets.map((w) => w.name),
			titleDescribed: described.has('Maßnahmen|Titel'),
			headerNote: Boolean(maßnahmen.getRow(1).getCell(3).note),
			exampleRows: Object.fromEntries(book.worksheets.slice(1, 14).map((w) => [w.name, w.actualRowCount - 1])),
			preview: changesOf(preview),
			stored: await admin.get<unknown[]>('/items/districts?filter[id][_eq]=beispielkreis'),
		}).toEqual({
			type: XLSX_TYPE,
			sheets: ['Hinweise', ...SHEETS],
			titleDescribed: true,
			headerNote: true,
			exampleRows: {
				Kreis: 1,
				Handlungsfelder: 1,
				'Langfristige Zielwerte': 1,
				'Steckbrief-Abschnitte': 1,
				Maßnahmen: 2,
				'Weitere Nummern': 1,
				Nachfolge: 1,
				'Kriterien und Stufen': 1,
				Bewertungen: 1,
				Jahresziele: 1,
				Kosten: 1,
				'Kennzahlen und Messwerte': 1,
				Sachstandsberichte: 1,
			},
			preview: {
				Kreis: { created: 1, changed: 0 },
				Handlungsfelder: { created: 1, changed: 0 },
				Maßnahmen: { created: 2, changed: 0 },
				Nachfolge: { created: 1, changed: 0 },
				'Kriterien und Stufen': { created: 2, changed: 0 },
				Bewertungen: { created: 1, changed: 0 },
				Jahresziele: { created: 1, changed: 0 },
				Kosten: { created: 1, changed: 0 },
				'Kennzahlen und Messwerte': { created: 2, changed: 0 },
				Sachstandsberichte: { created: 2, changed: 0 },
				'Verantwortliche Stellen': { created: 1, changed: 0 },
			},
			stored: [],
		});
	});
});

describe('transfer: round trip of the seeded districts', () => {
	/** Each report's state and its updates' statuses, which the dashboard does not show for drafts. */
	const reports = async (id: string) =>
		(await admin.get<{ title: string; state: string; updates: { status: string | null }[] }[]>(`/items/status_reports?filter[district][_eq]=${id}&fields=title,state,updates.status&sort=report_date,title&limit=-1`)).map(
			(r) => [r.title, r.state, r.updates.map((u) => u.status ?? '').sort().join(',')],
		);
	for (const id of SEED_DISTRICTS) {
		it(`${id}: export, delete, import gives the same dashboard; importing again changes nothing`, async () => {
			const before = await dashboard(id);
			const reportsBefore = await reports(id);
			const bytes = await exportOf(id);
			const againstSeed = imported(await importOf(bytes, { dryRun: true }));
			await admin.delete(`/items/districts/${id}`);
			const first = imported(await importOf(bytes));
			const after = await dashboard(id);
			const second = imported(await importOf(bytes, { multipart: true }));
			expect({ againstSeed: changesOf(againstSeed), created: first.created, dashboard: withoutIds(after), reports: await reports(id), second: changesOf(second) }).toEqual({
				againstSeed: {},
				created: true,
				dashboard: sameFigures(withoutIds(before)),
				reports: reportsBefore,
				second: {},
			});
		});
	}
});

describe('transfer: an edited workbook', () => {
	let bytes: Buffer;
	// Later test files (compute.test.ts) check Viersen against its document: put it back as it was.
	afterAll(async () => {
		await admin.delete('/items/districts/viersen');
		imported(await importOf(bytes));
	});
	it('Viersen: a renamed measure with a new status, a changed rating, a new measure and a new KPI value; the preview names them, the import stores them and recomputes the score', async () => {
		bytes = await exportOf('viersen');
		let fieldKey = '';
		let newLevel = '';
		const changed = await edited(bytes, (book, cell) => {
			fieldKey = String(cell('Handlungsfelder', 2, 'Kennung').value ?? cell('Handlungsfelder', 2, 'Nummer').value);
			cell('Maßnahmen', 3, 'Titel').value = 'Kollaborationsplattform für alle Ämter';
			cell('Maßnahmen', 3, 'Status').value = 'In Umsetzung';
			newLevel = cell('Bewertungen', 2, 'Innenwirkung').value === 'Niedrig' ? 'Hoch' : 'Niedrig';
			cell('Bewertungen', 2, 'Innenwirkung').value = newLevel;
			const measures = book.getWorksheet('Maßnahmen')!;
			const row = measures.actualRowCount + 1;
			cell('Maßnahmen', row, 'Nummer').value = '47';
			cell('Maßnahmen', row, 'Titel').value = 'Digitale Sprechstunde';
			cell('Maßnahmen', row, 'Handlungsfeld').value = fieldKey;
			cell('Maßnahmen', row, 'Thema').value = 'Kommunikation und Beteiligung';
			cell('Maßnahmen', row, 'Status').value = 'Geplant';
			cell('Kennzahlen und Messwerte', 2, 'Stichtag').value = new Date(Date.UTC(2025, 11, 31));
			cell('Kennzahlen und Messwerte', 2, 'Wert').value = 42;
		});
		const preview = imported(await importOf(changed, { dryRun: true }));
		const stored = imported(await importOf(changed));
		const again = imported(await importOf(changed, { dryRun: true }));
		const measures = await admin.get<{ code: string; title: string; status: string; priority_score: number | null; action_field: string | null }[]>(
			'/items/measures?filter[district][_eq]=viersen&filter[code][_in]=1,2,47&fields=code,title,status,priority_score,action_field&sort=code',
		);
		const ratings = await admin.get<{ level: { label: string; points: number }; criterion: { name: string; weight: number } }[]>(
			'/items/measure_ratings?filter[measure][code][_eq]=1&filter[measure][district][_eq]=viersen&fields=level.label,level.points,criterion.name,criterion.weight&limit=-1',
		);
		const expectedScore = ratings.reduce((s, r) => s + r.criterion.weight * r.level.points, 0) / ratings.reduce((s, r) => s + r.criterion.weight, 0);
		const kpiValues = await admin.get<{ date: string; value: number }[]>('/items/kpi_values?filter[kpi][district][_eq]=viersen&fields=date,value');
		expect({
			preview: changesOf(preview),
			fields: preview.sheets.find((s) => s.sheet === 'Maßnahmen')!.items.map((i) => [i.row, i.action, i.fields]),
			stored: changesOf(stored),
			again: changesOf(again),
			measures: measures.map((m) => [m.code, m.title, m.status, m.code === '1' ? m.priority_score : m.priority_score === null]),
			innenwirkung: ratings.find((r) => r.criterion.name === 'Innenwirkung')?.level.label,
			kpiValues: kpiValues.map((v) => [v.date.slice(0, 10), v.value]),
		}).toEqual({
			preview: { Maßnahmen: { created: 1, changed: 1 }, Bewertungen: { created: 0, changed: 1 }, 'Kennzahlen und Messwerte': { created: 1, changed: 0 } },
			fields: [
				[3, 'update', ['Titel', 'Status']],
				[48, 'create', []],
			],
			stored: { Maßnahmen: { created: 1, changed: 1 }, Bewertungen: { created: 0, changed: 1 }, 'Kennzahlen und Messwerte': { created: 1, changed: 0 } },
			again: {},
			measures: [
				['1', expect.any(String), expect.any(String), expect.closeTo(expectedScore, 4)],
				['2', 'Kollaborationsplattform für alle Ämter', 'in_progress', false],
				['47', 'Digitale Sprechstunde', 'planned', true],
			],
			innenwirkung: newLevel,
			kpiValues: [['2025-12-31', 42]],
		});
	});
});

describe('transfer: the issue-20 model in the workbook', () => {
	/** The rows of a sheet as header → cell value, row numbers from 2. */
	const rowsOf = async (bytes: Buffer, name: string) => {
		const sheet = (await workbook(bytes)).getWorksheet(name)!;
		const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
		const rows: Record<string, unknown>[] = [];
		sheet.eachRow((row, number) => {
			if (number > 1) rows.push({ row: number, ...Object.fromEntries(headers.map((h, i) => [h, row.getCell(i).value ?? null]).filter(([h]) => h !== '')) });
		});
		return rows;
	};

	it('Paderborn: a changed cost component and a new one for the same goal are stored as edited, read back over the API; a second import changes nothing', async () => {
		const bytes = await exportOf('paderborn');
		const costs = await rowsOf(bytes, 'Kosten');
		const first = costs[0]!;
		const goal = String(first['Jahresziel']);
		const ofGoal = costs.filter((c) => c['Jahresziel'] === goal).length;
		const changed = await edited(bytes, (book, cell) => {
			cell('Kosten', 2, 'Betrag (EUR)').value = 1234.5;
			cell('Kosten', 2, 'Betrag ca.').value = 'ja';
			cell('Kosten', 2, 'Zurechnung').value = 'Nur teilweise diesem Ziel zuzurechnen';
			const row = book.getWorksheet('Kosten')!.actualRowCount + 1;
			cell('Kosten', row, 'Jahresziel').value = goal;
			cell('Kosten', row, 'Art').value = 'Pro Jahr';
			cell('Kosten', row, 'Betrag (EUR)').value = 6000;
			cell('Kosten', row, 'Bemerkung').value = 'Wartung';
		});
		const stored = imported(await importOf(changed));
		const again = imported(await importOf(changed, { dryRun: true }));
		const components = await admin.get<{ id: string; kind: string; amount: number | null; approximate: boolean; attribution: string; note: string | null; sort: number }[]>(
			`/items/annual_goal_costs?filter[annual_goal][_eq]=${goal}&fields=id,kind,amount,approximate,attribution,note,sort&sort=sort&limit=-1`,
		);
		expect({
			stored: changesOf(stored),
			again: changesOf(again),
			// PostgreSQL answers a decimal as a string ("1234.50"): compare the number.
			edited: components.filter((c) => c.id === first['Kennung']).map((c) => [Number(c.amount), c.approximate, c.attribution]),
			added: components.filter((c) => c.note === 'Wartung').map((c) => [c.kind, Number(c.amount), c.approximate, c.attribution, c.sort]),
		}).toEqual({
			stored: { Kosten: { created: 1, changed: 1 } },
			again: {},
			edited: [[1234.5, true, 'partial']],
			added: [['per_year', 6000, false, 'goal', ofGoal + 1]],
		});
	});

	it('Friesland: the history entry that shares number 15 with a current measure is „historie-15“, a succession from it is stored between the right two measures, and a second import changes nothing', async () => {
		const bytes = await exportOf('friesland');
		const measures = await rowsOf(bytes, 'Maßnahmen');
		const history = measures.find((m) => m['Kennung'] === 'historie-15');
		const successions = await rowsOf(bytes, 'Nachfolge');
		const existing = successions.find((s) => s['Vorgänger'] === 'historie-15' && s['Nachfolger'] === '14');
		const changed = await edited(bytes, (book, cell) => {
			const row = existing ? Number(existing['row']) : book.getWorksheet('Nachfolge')!.actualRowCount + 1;
			cell('Nachfolge', row, 'Vorgänger').value = 'historie-15';
			cell('Nachfolge', row, 'Nachfolger').value = '14';
			cell('Nachfolge', row, 'Bemerkung').value = 'Im Workbook geändert';
		});
		const stored = imported(await importOf(changed));
		const again = imported(await importOf(changed, { dryRun: true }));
		const links = await admin.get<{ predecessor: { code: string; historical: boolean }; successor: { code: string; historical: boolean }; note: string | null }[]>(
			'/items/measure_successions?filter[predecessor][district][_eq]=friesland&fields=predecessor.code,predecessor.historical,successor.code,successor.historical,note&limit=-1',
		);
		expect({
			history: [history?.['Nummer'], history?.['Historie']],
			stored: changesOf(stored),
			again: changesOf(again),
			link: links.filter((l) => l.note === 'Im Workbook geändert').map((l) => [l.predecessor, l.successor]),
		}).toEqual({
			history: ['15', 'ja'],
			stored: { Nachfolge: existing ? { created: 0, changed: 1 } : { created: 1, changed: 0 } },
			again: {},
			link: [[{ code: '15', historical: true }, { code: '14', historical: false }]],
		});
	});
});

describe('transfer: bad workbooks are refused with German messages naming sheet and row, and nothing is stored', () => {
	let good: Buffer;
	let fingerprint: () => Promise<string>;
	beforeAll(async () => {
		good = await exportOf('viersen');
		fingerprint = async () =>
			JSON.stringify([await dashboard('viersen'), await admin.get('/items/districts?fields=id&sort=id'), await admin.get('/items/measures?aggregate[count]=id')]);
	});

	type Edit = Parameters<typeof edited>[1];
	const cases: [string, Edit | 'not-a-workbook', string, number | null, string][] = [
		['a file that is not a workbook', 'not-a-workbook', '(Datei)', null, 'keine Excel-Arbeitsmappe'],
		['without the sheet Kreis', (book) => book.removeWorksheet(book.getWorksheet('Kreis')!.id), 'Kreis', null, 'Das Blatt fehlt'],
		['Kreis with two rows', (_b, cell) => { cell('Kreis', 3, 'Kennung').value = 'viersen'; cell('Kreis', 3, 'Name').value = 'Kreis Viersen'; }, 'Kreis', 3, 'genau eine Zeile'],
		['a district id with spaces and capitals', (_b, cell) => { cell('Kreis', 2, 'Kennung').value = 'Kreis Viersen'; }, 'Kreis', 2, 'keine gültige Kennung'],
		['a document date that is not a date', (_b, cell) => { cell('Kreis', 2, 'Datum des Dokuments').value = '31.02.2022'; }, 'Kreis', 2, 'ist kein Datum'],
		['a missing required column', (book) => { book.getWorksheet('Maßnahmen')!.getRow(1).getCell(3).value = 'Bezeichnung'; }, 'Maßnahmen', 1, 'Pflichtspalte „Titel“ fehlt'],
		['an unknown theme', (_b, cell) => { cell('Maßnahmen', 4, 'Thema').value = 'Raumfahrt'; }, 'Maßnahmen', 4, 'Das Thema „Raumfahrt“ gibt es nicht'],
		['an unknown status', (_b, cell) => { cell('Maßnahmen', 5, 'Status').value = 'erledigt'; }, 'Maßnahmen', 5, 'keine erlaubte Angabe für „Status“'],
		['progress above its target', (_b, cell) => { cell('Maßnahmen', 6, 'Fortschritt').value = 12; cell('Maßnahmen', 6, 'Abschluss bei').value = 10; }, 'Maßnahmen', 6, 'zwischen 0 und 10'],
		['a completion mark of 0', (_b, cell) => { cell('Maßnahmen', 7, 'Abschluss bei').value = 0; }, 'Maßnahmen', 7, 'größer als 0'],
		['a duplicate code', (_b, cell) => { cell('Maßnahmen', 9, 'Nummer').value = cell('Maßnahmen', 8, 'Nummer').value; }, 'Maßnahmen', 9, 'kommt doppelt vor (schon in Zeile 8)'],
		['an unknown action field', (_b, cell) => { cell('Maßnahmen', 10, 'Handlungsfeld').value = 'raumfahrt'; }, 'Maßnahmen', 10, 'Das Handlungsfeld „raumfahrt“ gibt es weder'],
		['a weight that is not a number', (_b, cell) => { cell('Kriterien und Stufen', 2, 'Gewichtung').value = 'viel'; }, 'Kriterien und Stufen', 2, '„viel“ ist keine Zahl'],
		['a weight of 0', (_b, cell) => { for (const row of [2, 3, 4]) cell('Kriterien und Stufen', row, 'Gewichtung').value = 0; }, 'Kriterien und Stufen', 2, '„Gewichtung“ muss größer als 0 sein'],
		['negative points', (_b, cell) => { cell('Kriterien und Stufen', 3, 'Punkte').value = -1; }, 'Kriterien und Stufen', 3, 'darf nicht negativ sein'],
		['a level of another criterion', (_b, cell) => { cell('Bewertungen', 5, 'Umsetzungsdauer').value = 'Hoch'; }, 'Bewertungen', 5, '„Hoch“ ist keine Stufe des Kriteriums „Umsetzungsdauer“'],
		['a rating of an unknown measure', (_b, cell) => { cell('Bewertungen', 6, 'Maßnahme').value = '999'; }, 'Bewertungen', 6, 'Die Maßnahme „999“ gibt es weder'],
		['a measure rated twice', (_b, cell) => { cell('Bewertungen', 8, 'Maßnahme').value = cell('Bewertungen', 7, 'Maßnahme').value; }, 'Bewertungen', 8, 'schon in Zeile 7 bewertet'],
		['a KPI value date that is not a date', (_b, cell) => { cell('Kennzahlen und Messwerte', 2, 'Stichtag').value = 'irgendwann'; cell('Kennzahlen und Messwerte', 2, 'Wert').value = 3; }, 'Kennzahlen und Messwerte', 2, '„irgendwann“ ist kein Datum'],
		['a measure as its own successor', (book, cell) => { const row = book.getWorksheet('Nachfolge')!.actualRowCount + 1; cell('Nachfolge', row, 'Vorgänger').value = '3'; cell('Nachfolge', row, 'Nachfolger').value = '3'; }, 'Nachfolge', 2, ''],
		['a negative cost amount', (book, cell) => { cell('Kosten', 2, 'Jahresziel').value = 'unbekannt'; cell('Kosten', 2, 'Art').value = 'Einmalig'; cell('Kosten', 2, 'Betrag (EUR)').value = -5; }, 'Kosten', 2, ''],
		['an annual goal in the year 1990', (_b, cell) => { cell('Jahresziele', 2, 'Kennung').value = 'Z1'; cell('Jahresziele', 2, 'Jahr').value = 1990; cell('Jahresziele', 2, 'Ziel').value = 'Alles digital'; }, 'Jahresziele', 2, 'zwischen 2000 und 2100'],
	];

	for (const [name, edit, sheet, row, fragment] of cases) {
		it(`refuses ${name}`, async () => {
			const before = await fingerprint();
			const bytes = edit === 'not-a-workbook' ? Buffer.from('Nummer;Titel\n1;Rückmeldungen\n') : await edited(good, edit);
			const answer = await importOf(bytes);
			const messages = (answer.body.errors ?? []).map((e) => e.message);
			const where = row === null ? `Blatt „${sheet}“` : `Blatt „${sheet}“, Zeile ${row}`;
			expect({ status: answer.status, named: messages.some((m) => m.startsWith(where) && m.includes(fragment)) || messages, unchanged: (await fingerprint()) === before }).toEqual({
				status: 400,
				named: true,
				unchanged: true,
			});
		});
	}

	it('refuses a change to an update of a closed report with the hook\'s German message naming sheet and row', async () => {
		const before = JSON.stringify(await dashboard('friesland'));
		let status = '';
		const bytes = await edited(await exportOf('friesland'), (_b, cell) => {
			status = cell('Sachstandsberichte', 2, 'Status').value === 'Beendet' ? 'Umgesetzt' : 'Beendet';
			cell('Sachstandsberichte', 2, 'Zustand').value = 'Abgeschlossen';
			cell('Sachstandsberichte', 2, 'Status').value = status;
		});
		const answer = await importOf(bytes);
		expect({ status: answer.status, message: answer.body.errors?.[0]?.message, unchanged: JSON.stringify(await dashboard('friesland')) === before }).toEqual({
			status: 400,
			message: expect.stringMatching(/^Blatt „Sachstandsberichte“, Zeile 2: Der Bericht „.*“ ist abgeschlossen/),
			unchanged: true,
		});
	});

	it('refuses a new district whose measure takes the id of another district\'s measure, after its first rows were written, and leaves no trace', async () => {
		const before = await fingerprint();
		const viersenMeasure = (await admin.get<{ id: string }[]>('/items/measures?filter[district][_eq]=viersen&filter[code][_eq]=3&fields=id'))[0]!.id;
		const bytes = await edited(good, (_b, cell) => {
			cell('Kreis', 2, 'Kennung').value = 'testkreis';
			cell('Kreis', 2, 'Name').value = 'Kreis Test';
			cell('Maßnahmen', 4, 'Kennung').value = viersenMeasure;
			cell('Bewertungen', 4, 'Maßnahme').value = viersenMeasure;
		});
		const preview = imported(await importOf(bytes, { dryRun: true }));
		const answer = await importOf(bytes);
		const stored = await admin.get<unknown[]>('/items/districts?filter[id][_eq]=testkreis');
		expect({
			previewCreates: preview.created,
			status: answer.status,
			message: answer.body.errors?.[0]?.message,
			stored,
			unchanged: (await fingerprint()) === before,
		}).toEqual({
			previewCreates: true,
			status: 400,
			message: expect.stringMatching(/^Blatt „Maßnahmen“, Zeile 4: .*anderen Kreis/),
			stored: [],
			unchanged: true,
		});
	});
});
