/**
 * `npm run bench:effort`: the clerk's effort for recording Friesland's next report (20 running
 * measures: a new progress value and new next steps for each, then closing the report), in
 * headless Chromium on the same seeded data, two ways:
 *
 *   Berichtsrunde   the editors' workspace (extensions/cockpit-workspace), one screen;
 *   Studio-Formulare the plain item forms: open each measure, change two fields, save; then
 *                    open the report and set it to "Abgeschlossen".
 *
 * Counted are clicks and fields typed into, as the script performs them; opening a measure
 * from the list counts as two clicks (list, row) although the script goes there by its address.
 * The draft report is created through the API beforehand for both ways and not counted.
 * Uses a temporary instance, or COCKPIT_URL (with ADMIN_EMAIL/ADMIN_PASSWORD) if given.
 */
import { chromium, type Page } from 'playwright-core';
import { loginApi } from './lib/directus-api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/serve-app';
import { startTemporaryInstance } from './lib/temporary-instance';
import { chooseDistrict, loginToStudio, roundRow, rowField, STUDIO_TIMEOUT } from '../test/e2e/studio';

interface Effort {
	way: string;
	clicks: number;
	typed: number;
	seconds: number;
}
type Row = Record<string, unknown>;

const instance = process.env['COCKPIT_URL'] ? null : await startTemporaryInstance({ database: 'sqlite3' });
const url = process.env['COCKPIT_URL'] ?? instance!.url;
const admin = await loginApi(url, process.env['ADMIN_EMAIL'] ?? instance!.admin.email, process.env['ADMIN_PASSWORD'] ?? instance!.admin.password);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const created: string[] = [];
try {
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
	await loginToStudio(page, url, 'redaktion@example.com', 'redaktion');
	const results = [await viaWorkspace(page, 1), await viaForms(page, 2)];
	console.log('\nNächsten Bericht für 20 Maßnahmen erfassen (je Fortschritt und nächste Tätigkeiten) und abschließen');
	console.log('Weg | Klicks | Eingabefelder | Sekunden');
	for (const r of results) console.log(`${r.way} | ${r.clicks} | ${r.typed} | ${r.seconds.toFixed(1)}`);
} finally {
	await browser.close();
	for (const id of created) await admin.delete(`/items/status_reports/${id}`).catch(() => undefined);
	await instance?.stop();
}

async function running(): Promise<Row[]> {
	const measures = await admin.get<Row[]>(`/items/measures?filter[district][_eq]=friesland&filter[status][_eq]=in_progress&fields=id,code,progress_current,progress_target&limit=-1`);
	return measures.sort((a, b) => Number(a['code']) - Number(b['code']));
}

async function draft(round: number): Promise<Row> {
	const report = await admin.post<Row>('/items/status_reports', { district: 'friesland', title: `Aufwandsmessung ${round}`, report_date: `203${round}-02-01` });
	created.push(String(report['id']));
	return report;
}

/** A new value within the target, different from the stored one. */
function nextValue(m: Row, round: number): number {
	const target = Number(m['progress_target'] ?? 10);
	const current = Number(m['progress_current'] ?? 0);
	return current + 0.5 <= target ? current + 0.5 : Math.max(0, current - round * 0.5);
}

async function viaWorkspace(page: Page, round: number): Promise<Effort> {
	await draft(round);
	const measures = await running();
	let clicks = 0;
	let typed = 0;
	await page.goto(`${url}/admin/cockpit-workspace/berichtsrunde`);
	await page.locator('.district-field .v-select').waitFor({ timeout: STUDIO_TIMEOUT });
	const started = performance.now();
	await chooseDistrict(page, 'Landkreis Friesland');
	clicks += 2;
	for (const m of measures) {
		const row = roundRow(page, String(m['code']));
		for (const [locator, value] of [
			[rowField(row, 'progress_current'), String(nextValue(m, round))],
			[rowField(row, 'next_steps'), `Nächste Schritte ${round} zu Maßnahme ${String(m['code'])}`],
		] as const) {
			const saved = page.waitForResponse((r) => r.url().includes('/items/measures/') && r.request().method() === 'PATCH');
			await locator.click();
			await locator.fill(value);
			await saved;
			clicks += 1;
			typed += 1;
		}
	}
	await page.locator('.close-report').click();
	await page.locator('.confirm-close').click();
	await page.locator('.message', { hasText: 'abgeschlossen' }).waitFor({ timeout: 60_000 });
	clicks += 2;
	return { way: 'Berichtsrunde', clicks, typed, seconds: (performance.now() - started) / 1000 };
}

async function viaForms(page: Page, round: number): Promise<Effort> {
	const report = await draft(round);
	const measures = await running();
	let clicks = 0;
	let typed = 0;
	const started = performance.now();
	for (const m of measures) {
		await page.goto(`${url}/admin/content/measures/${String(m['id'])}`);
		clicks += 2;
		const progress = page.locator('[data-field="progress_current"] input');
		await progress.waitFor({ timeout: STUDIO_TIMEOUT });
		await progress.click();
		await progress.fill(String(nextValue(m, round)));
		const steps = page.locator('[data-field="next_steps"] textarea');
		await steps.click();
		await steps.fill(`Nächste Schritte ${round} zu Maßnahme ${String(m['code'])}`);
		clicks += 2;
		typed += 2;
		const saved = page.waitForResponse((r) => r.url().includes(`/items/measures/${String(m['id'])}`) && r.request().method() === 'PATCH');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		clicks += 1;
		await saved;
	}
	await page.goto(`${url}/admin/content/status_reports/${String(report['id'])}`);
	clicks += 2;
	const state = page.locator('[data-field="state"] .v-select');
	await state.waitFor({ timeout: STUDIO_TIMEOUT });
	await state.click();
	await page.locator('.v-menu-content .v-list-item', { hasText: 'Abgeschlossen' }).first().click();
	const saved = page.waitForResponse((r) => r.url().includes(`/items/status_reports/${String(report['id'])}`) && r.request().method() === 'PATCH');
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	clicks += 3;
	const answer = await saved;
	if (!answer.ok()) throw new Error(`Abschließen im Formular scheiterte: ${answer.status()}`);
	return { way: 'Studio-Formulare', clicks, typed, seconds: (performance.now() - started) / 1000 };
}

