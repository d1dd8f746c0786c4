/**
 * End-to-end: the Redaktion takes Viersen out of the Studio as a workbook and brings it back in
 * through the workspace's "Import und Export" view (headless Chromium, real Directus). Only dry
 * runs and the import of the unchanged workbook reach the server, so nothing needs restoring; the
 * test checks over the API that nothing changed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DirectusApi } from '../../scripts/lib/directus-api';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';
import { wideWorkbook } from '../../scripts/lib/hostile-workbooks';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/serve-app';
import { asAdmin, q } from '../support/api';
import { chooseDistrict, contentArea, loginToStudio, STUDIO_TIMEOUT } from './studio';

type Row = Record<string, unknown>;
const SHOTS = join(PROJECT_ROOT, 'docs/screenshots');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A copy of the workbook with one edit made in Excel's terms: sheet, row, column header. */
async function edited(bytes: Buffer, edit: (cell: (sheet: string, row: number, header: string) => ExcelJS.Cell, book: ExcelJS.Workbook) => void): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	edit((sheet, row, header) => {
		const worksheet = book.getWorksheet(sheet)!;
		const column = (worksheet.getRow(1).values as unknown[]).map((v) => String(v ?? '')).indexOf(header);
		if (column < 1) throw new Error(`no column ${header} in ${sheet}`);
		return worksheet.getRow(row).getCell(column);
	}, book);
	return Buffer.from(await book.xlsx.writeBuffer());
}

describe('Import und Export in the Studio', () => {
	const directus = inject('directus');
	let browser: Browser;
	let page: Page;
	let admin: DirectusApi;
	let exported: Buffer;
	/** Viersen as stored: its measures, ratings and levels, and the number of districts. */
	const fingerprint = async () =>
		JSON.stringify([
			await admin.get(`/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'id,code,title,status,progress_current,priority_score,priority_rank', sort: 'id', limit: -1 })}`),
			await admin.get(`/items/measure_ratings${q({ 'filter[measure][district][_eq]': 'viersen', fields: 'id,level', sort: 'id', limit: -1 })}`),
			await admin.get(`/items/districts${q({ fields: 'id', sort: 'id' })}`),
		]);
	let before: string;

	beforeAll(async () => {
		admin = await asAdmin();
		before = await fingerprint();
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', acceptDownloads: true });
	}, STUDIO_TIMEOUT * 2);

	afterAll(async () => {
		await browser?.close();
	});

	const upload = async (name: string, buffer: Buffer) => {
		await page.getByLabel('Arbeitsmappe (.xlsx)').setInputFiles({ name, mimeType: XLSX, buffer });
		await page.locator('.preview-button').click();
	};
	const countsOf = async () =>
		Object.fromEntries(
			await Promise.all(
				(await page.locator('.result .sheet').all()).map(async (sheet) => [await sheet.getAttribute('data-sheet'), await sheet.locator('[data-testid="counts"]').innerText()]),
			),
		) as Record<string, string>;

	it("downloads the template and Viersen's workbook from the workspace", async () => {
		await loginToStudio(page, directus.url, 'redaktion@example.com', 'redaktion');
		await page.goto(`${directus.url}/admin/cockpit-workspace/berichtsrunde`);
		await page.locator('.v-list-item', { hasText: 'Import und Export' }).click({ timeout: STUDIO_TIMEOUT });
		await page.waitForURL(/import-export/);
		const [template] = await Promise.all([page.waitForEvent('download'), page.locator('.download-template').click()]);
		expect(template.suggestedFilename()).toBe('vorlage-kreis.xlsx');
		await chooseDistrict(page, 'Kreis Viersen');
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download-district').click()]);
		exported = await readFile((await download.path())!);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(exported as unknown as ArrayBuffer);
		expect({ name: download.suggestedFilename(), district: book.getWorksheet('Kreis')?.getRow(2).getCell(1).value }).toEqual({ name: 'viersen.xlsx', district: 'viersen' });
	});

	it('previews the unchanged workbook with every row unchanged, and its import changes nothing', async () => {
		const measures = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'id', limit: -1 })}`);
		await upload('viersen.xlsx', exported);
		await page.locator('.result .sheet').first().waitFor({ timeout: 30_000 });
		const counts = await countsOf();
		expect({
			allUnchanged: Object.values(counts).every((text) => /^0 angelegt, 0 geändert, \d+ unverändert$/.test(text)),
			measures: counts['Maßnahmen'],
			items: await page.locator('.result .sheet tbody tr').count(),
		}).toEqual({ allUnchanged: true, measures: `0 angelegt, 0 geändert, ${measures.length} unverändert`, items: 0 });

		await page.locator('.import-button').click();
		await page.locator('.message', { hasText: 'Import abgeschlossen' }).waitFor({ timeout: 60_000 });
		expect(await page.locator('.message').innerText()).toContain('0 Zeilen angelegt, 0 geändert');
		expect(await fingerprint()).toBe(before);
	});

	it('previews a changed title as one changed row without storing it', async () => {
		let title = '';
		const changed = await edited(exported, (cell) => {
			title = `${String(cell('Maßnahmen', 2, 'Titel').value)} (überarbeitet)`;
			cell('Maßnahmen', 2, 'Titel').value = title;
		});
		await upload('viersen-geaendert.xlsx', changed);
		const sheet = page.locator('.result .sheet[data-sheet="Maßnahmen"]');
		await sheet.locator('tbody tr').first().waitFor({ timeout: 30_000 });
		const cells = await sheet.locator('tbody tr').first().locator('td').allInnerTexts();
		expect({ counts: await sheet.locator('[data-testid="counts"]').innerText(), row: cells.map((c) => c.trim()).filter(Boolean) }).toEqual({
			counts: expect.stringMatching(/^0 angelegt, 1 geändert, \d+ unverändert$/),
			row: ['2', expect.any(String), 'ändern', 'Titel'],
		});
		await page.screenshot({ path: join(SHOTS, 'studio-import-export.png'), fullPage: false });
		expect(await fingerprint()).toBe(before);
	});

	it('lists a bad level label with sheet, row, column and the German message, and stores nothing', async () => {
		let criterion = '';
		const broken = await edited(exported, (cell, book) => {
			const ratings = book.getWorksheet('Bewertungen')!;
			// The first criterion column: not the measure, its title or a "Begründung: …" column.
			criterion = (ratings.getRow(1).values as unknown[]).map((v) => String(v ?? '')).find((h, i) => i > 0 && h && !['Maßnahme', 'Titel'].includes(h) && !h.startsWith('Begründung'))!;
			cell('Bewertungen', 5, criterion).value = 'Unbezahlbar';
		});
		await upload('viersen-kaputt.xlsx', broken);
		const row = page.locator('.problem-table tbody tr').first();
		await row.waitFor({ timeout: 30_000 });
		const [sheet, line, column, message] = (await row.locator('td').allInnerTexts()).map((c) => c.trim()).filter(Boolean);
		const headers = (await page.locator('.problem-table thead th').allInnerTexts()).map((c) => c.trim()).filter(Boolean);
		const area = await contentArea(page);
		expect({ headers, sheet, line, column, message, notice: await page.locator('.message').innerText(), fits: area.scrollWidth <= area.clientWidth }).toEqual({
			headers: ['Blatt', 'Zeile', 'Spalte', 'Problem'],
			sheet: 'Bewertungen',
			line: '5',
			column: criterion,
			message: expect.stringContaining(`„Unbezahlbar“ ist keine Stufe des Kriteriums „${criterion}“`),
			notice: expect.stringContaining('Es wurde nichts gespeichert'),
			fits: true,
		});
		expect(await page.locator('.import-button').count()).toBe(0);
		await row.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'studio-import-export-fehler.png') });

		await upload('notiz.xlsx', Buffer.from('Nummer;Titel\n1;Rückmeldungen\n'));
		await page.locator('.problem-table tbody tr', { hasText: 'keine Excel-Arbeitsmappe' }).waitFor({ timeout: 30_000 });
		expect(await fingerprint()).toBe(before);
	});

	it('refuses the workbook with a cell in column XFD, which once took Directus down, naming sheet, row, column and the limits', async () => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await upload('viersen-breit.xlsx', await wideWorkbook(exported));
		const row = page.locator('.problem-table tbody tr', { hasText: 'XFD' });
		await row.waitFor({ timeout: 30_000 });
		const [sheet, line, column, message] = (await row.locator('td').allInnerTexts()).map((c) => c.trim()).filter(Boolean);
		expect({ sheet, line, column, message, notice: await page.locator('.message').innerText() }).toEqual({
			sheet: 'Maßnahmen',
			line: '2',
			column: 'XFD',
			message: 'Hier steht eine Zelle; erlaubt sind höchstens 5.000 Zeilen (mit der Kopfzeile) und 100 Spalten (bis Spalte CV) je Blatt. Bitte die Zellen rechts von Spalte CV löschen.',
			notice: expect.stringContaining('Es wurde nichts gespeichert'),
		});
		await page.screenshot({ path: join(SHOTS, 'studio-import-grenzen.png') });
		expect(await fingerprint()).toBe(before);
	});
});
