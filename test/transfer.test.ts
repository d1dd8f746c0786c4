/**
 * A district in and out as a workbook, over HTTP as the Studio and a clerk use it: every
 * seeded district survives export, deletion and import with the same dashboard; a second
 * import changes nothing; an edited workbook changes what was edited; and every kind of bad
 * workbook is refused with a German message naming sheet and row, with nothing stored.
 */
import ExcelJS from 'exceljs';
import type { DistrictDashboard } from '@cockpit/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_DISTRICTS } from '../seed/read-seed-files';
import { login } from '../scripts/lib/directus-api';
import { changesOf, downloadWorkbook, uploadWorkbook, XLSX_TYPE, type ImportAnswer, type TransferAnswer } from '../scripts/lib/transfer-client';
import { asAdmin, directus } from './support/api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHEETS = ['Kreis', 'Handlungsfelder', 'Maßnahmen', 'Kriterien und Stufen', 'Bewertungen', 'Jahresziele', 'Kennzahlen und Messwerte', 'Sachstandsberichte', 'Stände der Projektfelder', 'Abhängigkeiten'];

let redaktion: string;
let leitung: string;

beforeAll(async () => {
	redaktion = await login(directus().url, 'redaktion@example.com', 'redaktion');
	leitung = await login(directus().url, 'leitung@example.com', 'leitung');
});

const exportOf = async (id: string) => {
	const answer = await downloadWorkbook(directus().url, redaktion, `/transfer/districts/${id}.xlsx`);
	expect(answer.status).toBe(200);
	return answer.bytes;
};
const importOf = (bytes: Buffer, options: { dryRun?: boolean; multipart?: boolean } = {}) => uploadWorkbook(directus().url, redaktion, bytes, options);
const dashboard = async (id: string) => (await asAdmin()).get<DistrictDashboard>(`/dashboard/districts/${id}`);

/** The dashboard without its row ids, which an import may give new values. */
function withoutIds(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutIds);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && UUID.test(v) ? '<id>' : withoutIds(v)]));
	return value;
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
			exampleRows: book.worksheets.slice(1, 9).map((w) => w.actualRowCount - 1),
			preview: changesOf(preview),
			stored: await (await asAdmin()).get<unknown[]>('/items/districts?filter[id][_eq]=beispielkreis'),
		}).toEqual({
			type: XLSX_TYPE,
			sheets: ['Hinweise', ...SHEETS],
			titleDescribed: true,
			headerNote: true,
			exampleRows: [1, 1, 1, 1, 1, 1, 1, 1],
			preview: {
				Kreis: { created: 1, changed: 0 },
				Handlungsfelder: { created: 1, changed: 0 },
				Maßnahmen: { created: 1, changed: 0 },
				'Kriterien und Stufen': { created: 2, changed: 0 },
				Bewertungen: { created: 1, changed: 0 },
				Jahresziele: { created: 1, changed: 0 },
				'Kennzahlen und Messwerte': { created: 2, changed: 0 },
				Sachstandsberichte: { created: 2, changed: 0 },
			},
			stored: [],
		});
	});
});

describe('transfer: round trip of the seeded districts', () => {
	for (const id of SEED_DISTRICTS) {
		it(`${id}: export, delete, import gives the same dashboard; importing again changes nothing`, async () => {
			const before = await dashboard(id);
			const bytes = await exportOf(id);
			const againstSeed = imported(await importOf(bytes, { dryRun: true }));
			await (await asAdmin()).delete(`/items/districts/${id}`);
			const first = imported(await importOf(bytes));
			const after = await dashboard(id);
			const second = imported(await importOf(bytes, { multipart: true }));
			expect({ againstSeed: changesOf(againstSeed), created: first.created, dashboard: withoutIds(after), second: changesOf(second) }).toEqual({
				againstSeed: {},
				created: true,
				dashboard: withoutIds(before),
				second: {},
			});
		});
	}
});
