/**
 * End-to-end: the Redaktion works through the editors' workspace in the Studio (headless
 * Chromium) and the dashboard app shows what changed. Screenshots of each step go to
 * docs/screenshots/ for the README's editors' tour. Everything changed is restored afterwards,
 * since the other tests read the same seeded instance.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DirectusApi } from '../../scripts/lib/directus-api';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';
import { buildAndServeApp, CHROMIUM_ARGS, CHROMIUM_PATH, type ServedApp } from '../../scripts/lib/serve-app';
import { asAdmin, q } from '../support/api';
import { choose, chooseDistrict, loginToStudio, roundRow, STUDIO_TIMEOUT, typeInRow } from './studio';

type Row = Record<string, unknown>;
const SHOTS = join(PROJECT_ROOT, 'docs/screenshots');
const REPORT_TITLE = 'Sachstandsbericht Februar 2023';

describe("the editors' workspace in the Studio", () => {
	const directus = inject('directus');
	let browser: Browser;
	let page: Page;
	let admin: DirectusApi;
	let app: ServedApp | undefined;
	const restore: (() => Promise<unknown>)[] = [];
	let friesland: Row[];

	beforeAll(async () => {
		admin = await asAdmin();
		friesland = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'friesland', fields: 'id,code,status,progress_current,progress_target,next_steps', limit: -1 })}`);
		for (const m of friesland) {
			restore.push(() => admin.patch(`/items/measures/${m['id']}`, { status: m['status'], progress_current: m['progress_current'], next_steps: m['next_steps'] }));
		}
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE' });
	}, STUDIO_TIMEOUT * 2);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		const reports = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[title][_eq]': REPORT_TITLE, fields: 'id' })}`);
		for (const report of reports) await admin.delete(`/items/status_reports/${report['id']}`);
		// Every undo is tried, so one failure does not leave the others' data changed.
		await Promise.allSettled(restore.map((undo) => undo()));
	});

	const measure = (code: string) => friesland.find((m) => m['code'] === code)!;
	const counter = () => page.locator('[data-testid="counter"]');

	it('lets the Redaktion start Friesland\'s next report and update two measures inline', async () => {
		await loginToStudio(page, directus.url, 'redaktion@example.com', 'redaktion');
		await page.goto(`${directus.url}/admin/cockpit-workspace/berichtsrunde`);
		await chooseDistrict(page, 'Landkreis Friesland');
		await page.locator('.new-title input').fill(REPORT_TITLE);
		await page.locator('.new-date input').fill('2023-02-01');
		await page.getByRole('button', { name: 'Bericht beginnen' }).click();
		await expect.poll(() => counter().innerText(), { timeout: 30_000 }).toBe('0 von 20 aktualisiert');

		const two = measure('2');
		await typeInRow(page, roundRow(page, '2'), 'progress', String(Number(two['progress_current']) + 2));
		await typeInRow(page, roundRow(page, '3'), 'next_steps', 'Pilot im Bauamt, danach Ausrollen in alle Ämter.');
		await expect.poll(() => counter().innerText(), { timeout: 10_000 }).toBe('2 von 20 aktualisiert');
		expect(await roundRow(page, '2').locator('.mark').innerText()).toContain('aktualisiert');
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde.png') });
	});

	it('shows the German message at the row when progress exceeds the target, and keeps the stored value', async () => {
		const five = measure('5');
		await typeInRow(page, roundRow(page, '5'), 'progress', String(Number(five['progress_target']) + 2));
		const error = roundRow(page, '5').locator('.row-error');
		await error.waitFor();
		expect(await error.innerText()).toContain(`„Fortschritt“ muss zwischen 0 und ${Number(five['progress_target'])} („Abschluss bei“) liegen`);
		await roundRow(page, '5').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-fehler.png') });
		const stored = await admin.get<Row>(`/items/measures/${five['id']}${q({ fields: 'progress_current' })}`);
		expect({ stored: stored['progress_current'], counter: await counter().innerText() }).toEqual({ stored: five['progress_current'], counter: '2 von 20 aktualisiert' });
	});

	it('closes the report after a confirmation', async () => {
		await page.locator('.close-report').click();
		await page.getByText('Bericht abschließen?').waitFor();
		// Transitions finished: the dialog fades in, and a screenshot taken at once shows it half drawn.
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-abschliessen.png'), animations: 'disabled' });
		await page.locator('.confirm-close').click();
		await page.locator('.message', { hasText: 'abgeschlossen' }).waitFor({ timeout: 30_000 });
		const [report] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[title][_eq]': REPORT_TITLE, fields: 'state,updates' })}`);
		expect({ state: report?.['state'], updates: (report?.['updates'] as unknown[]).length }).toEqual({ state: 'closed', updates: 20 });
	});

	it('moves a Viersen measure up the ranking when one rating changes in the Bewertungsmatrix', async () => {
		const criteria = await admin.get<Row[]>(`/items/priority_criteria${q({ 'filter[district][_eq]': 'viersen', fields: 'id,name,weight,levels.id,levels.label,levels.points', limit: -1 })}`);
		const heaviest = criteria.sort((a, b) => Number(b['weight']) - Number(a['weight']))[0]!;
		const top = (heaviest['levels'] as Row[]).sort((a, b) => Number(b['points']) - Number(a['points']))[0]!;
		const ratings = await admin.get<Row[]>(`/items/measure_ratings${q({ 'filter[criterion][_eq]': String(heaviest['id']), fields: 'id,level,measure.code,measure.priority_rank', limit: -1 })}`);
		// The lowest-ranked measure whose heaviest criterion is not yet rated at the top.
		const target = ratings.filter((r) => r['level'] !== top['id']).sort((a, b) => Number((b['measure'] as Row)['priority_rank']) - Number((a['measure'] as Row)['priority_rank']))[0]!;
		restore.push(() => admin.patch(`/items/measure_ratings/${target['id']}`, { level: target['level'] }));
		const code = String((target['measure'] as Row)['code']);
		const rankBefore = Number((target['measure'] as Row)['priority_rank']);

		await page.goto(`${directus.url}/admin/cockpit-workspace/bewertungsmatrix`);
		await chooseDistrict(page, 'Kreis Viersen');
		const row = page.locator(`tr[data-measure="${code}"]`);
		await row.waitFor({ timeout: 30_000 });
		expect(Number(await row.locator('[data-testid="rank"]').innerText())).toBe(rankBefore);
		await choose(page, row.locator(`td[data-criterion="${String(heaviest['name'])}"] .v-select`), `${String(top['label'])} (`);
		await expect.poll(async () => Number(await row.locator('[data-testid="rank"]').innerText()), { timeout: 30_000 }).toBeLessThan(rankBefore);
		await row.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'studio-bewertungsmatrix.png') });
	});

	it('shows the changes on the district page and in the printable report of the app', async () => {
		app = await buildAndServeApp([directus.url]);
		const reader = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'de-DE' });
		await reader.goto(`${app.url}/kreis/friesland`);
		const figure = reader.locator('.figure', { has: reader.locator('dt', { hasText: 'Ohne neue Meldung' }) });
		await figure.waitFor();
		expect(await figure.locator('dd').first().innerText()).toBe('18 von 20');
		// A series where a measure has a known percentage in both closed reports.
		const updates = await admin.get<Row[]>(`/items/progress_updates${q({ 'filter[measure][district][_eq]': 'friesland', 'filter[progress_percent][_nnull]': 'true', fields: 'measure', limit: -1 })}`);
		const perMeasure = new Map<unknown, number>();
		for (const u of updates) perMeasure.set(u['measure'], (perMeasure.get(u['measure']) ?? 0) + 1);
		const withSeries = [...perMeasure.values()].filter((n) => n >= 2).length;
		expect({ series: await reader.locator('table.measures svg.series').count(), stale: await reader.locator('table.measures .stale').count() }).toEqual({ series: withSeries, stale: 18 });
		await reader.locator('table.measures').scrollIntoViewIfNeeded();
		await reader.screenshot({ path: join(SHOTS, 'app-kreis-ohne-neue-meldung.png') });

		await reader.goto(`${app.url}/kreis/friesland/bericht`);
		const section = reader.locator('section.changes');
		await section.waitFor();
		const group = async (key: string) => (await section.locator(`[data-group="${key}"] dd`).allInnerTexts()).map((text) => text.trim().split(/\s+/)[0]);
		expect({ up: await group('progressUp'), otherwise: await group('otherwise'), unchanged: (await group('unchanged')).length }).toEqual({ up: ['2'], otherwise: ['3'], unchanged: 18 });
		await section.scrollIntoViewIfNeeded();
		await reader.screenshot({ path: join(SHOTS, 'app-bericht-veraenderungen.png') });
	});
});
