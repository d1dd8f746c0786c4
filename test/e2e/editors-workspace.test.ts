/**
 * End-to-end: the Redaktion works through the editors' workspace in the Studio (headless
 * Chromium) and the dashboard app shows what changed. Screenshots of each step go to
 * docs/screenshots/ for the README's editors' tour. Everything changed is restored afterwards,
 * since the other tests read the same seeded instance.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';
import { buildAndServeApp, CHROMIUM_ARGS, CHROMIUM_PATH, type ServedApp } from '../../scripts/lib/serve-app';
import { MEASURE_STATUS_LABELS, type MeasureStatus } from '@cockpit/shared';
import { loginApi, type DirectusApi } from '../../scripts/lib/directus-api';
import { anonymous, asAdmin, q } from '../support/api';
import { choose, chooseDistrict, contentArea, loginToStudio, roundRow, rowField, STUDIO_TIMEOUT, typeInRow } from './studio';

type Row = Record<string, unknown>;
const formatNumber = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 2 });
const SHOTS = join(PROJECT_ROOT, 'docs/screenshots');
const REPORT_TITLE = 'Sachstandsbericht Februar 2023';
const REVIEW_TITLE = 'Sachstandsbericht März 2031';

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
		friesland = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'friesland', fields: 'id,code,title,status,progress_current,progress_target,next_steps', limit: -1 })}`);
		for (const m of friesland) {
			restore.push(() => admin.patch(`/items/measures/${m['id']}`, { status: m['status'], progress_target: m['progress_target'], progress_current: m['progress_current'], next_steps: m['next_steps'] }));
		}
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
	}, STUDIO_TIMEOUT * 2);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		const reports = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[title][_in]': `${REPORT_TITLE},${REVIEW_TITLE}`, fields: 'id' })}`);
		for (const report of reports) await admin.delete(`/items/status_reports/${report['id']}`);
		// Every undo is tried, so one failure does not leave the others' data changed.
		await Promise.allSettled(restore.map((undo) => undo()));
	});

	/** The Viersen report the owners report for, the demo owner's login and their measures in it. */
	let report: Row;
	let meldung: DirectusApi;
	let owned: Row[];
	const measure = (code: string) => friesland.find((m) => m['code'] === code)!;
	const counter = () => page.locator('[data-testid="counter"]');
	const fits = async () => {
		const area = await contentArea(page);
		return area.scrollWidth <= area.clientWidth;
	};

	it('opens the Studio for the Redaktion in the workspace, first in the module bar and named as its views', async () => {
		await loginToStudio(page, directus.url, 'redaktion@example.com', 'redaktion');
		const first = page.locator('.module-bar .modules a').first();
		await first.waitFor({ timeout: STUDIO_TIMEOUT });
		expect({ landed: new URL(page.url()).pathname, first: await first.getAttribute('href') }).toEqual({
			landed: expect.stringMatching(/^\/admin\/cockpit-workspace\//),
			first: expect.stringContaining('/cockpit-workspace'),
		});
		await first.hover();
		await page.getByText('Berichtsrunde, Bewertungsmatrix, Import und Export').first().waitFor();
	});

	it("lets the Redaktion start Friesland's next report with its Meldeschluss and update two measures inline", async () => {
		await page.goto(`${directus.url}/admin/cockpit-workspace/berichtsrunde`);
		await chooseDistrict(page, 'Landkreis Friesland');
		await page.getByLabel('Titel').waitFor();
		// Before a report exists there is nothing to edit.
		expect(await page.locator('.round-row').count()).toBe(0);
		await page.getByLabel('Titel').fill(REPORT_TITLE);
		await page.getByLabel('Stichtag').fill('2023-02-01');
		await page.getByLabel('Meldeschluss (optional)').fill('2023-01-25');
		await page.getByRole('button', { name: 'Bericht beginnen' }).click();
		await expect.poll(() => counter().innerText(), { timeout: 30_000 }).toBe('0 von 20 aktualisiert');

		const two = measure('2');
		await typeInRow(page, roundRow(page, '2'), 'progress_current', String(Number(two['progress_current']) + 2));
		await typeInRow(page, roundRow(page, '3'), 'next_steps', 'Pilot im Bauamt, danach Ausrollen in alle Ämter.');
		await expect.poll(() => counter().innerText(), { timeout: 10_000 }).toBe('2 von 20 aktualisiert');
		const [report] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[title][_eq]': REPORT_TITLE, fields: 'due_date' })}`);
		expect({ mark: await roundRow(page, '2').locator('.mark.changed').count(), due: report?.['due_date'], fits: await fits() }).toEqual({ mark: 1, due: '2023-01-25', fits: true });
		await page.locator('#main-content .scrolling-container').evaluate((el) => el.scrollTo({ top: 0 }));
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde.png') });
	});

	it('marks the refused field itself, with the German message beside it, and keeps the stored value', async () => {
		const five = measure('5');
		const row = roundRow(page, '5');
		await typeInRow(page, row, 'progress_current', String(Number(five['progress_target']) + 2));
		const error = row.locator('.progress_current-field .field-error');
		await error.waitFor();
		const input = rowField(row, 'progress_current');
		const stored = await admin.get<Row>(`/items/measures/${five['id']}${q({ fields: 'progress_current' })}`);
		expect({
			message: await error.innerText(),
			invalid: await input.getAttribute('aria-invalid'),
			describedBy: (await input.getAttribute('aria-describedby')) === (await error.getAttribute('id')),
			others: await row.locator('[aria-invalid="true"]').count(),
			stored: stored['progress_current'],
			fits: await fits(),
		}).toEqual({
			message: expect.stringContaining(`„Fortschritt“ muss zwischen 0 und ${Number(five['progress_target'])} („Abschluss bei“) liegen`),
			invalid: 'true',
			describedBy: true,
			others: 1,
			stored: five['progress_current'],
			fits: true,
		});
		await row.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-fehler.png') });
	});

	it('names the row whose last save failed in the close dialog and asks before closing', async () => {
		const five = measure('5');
		await page.locator('.close-report').click();
		const dialog = page.locator('.close-dialog');
		await dialog.getByText('Bericht abschließen?').waitFor();
		// Transitions finished: the dialog fades in, and a screenshot taken at once shows it half drawn.
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-abschliessen.png'), animations: 'disabled' });
		expect({
			unsaved: await dialog.locator('[data-testid="unsaved"]').innerText(),
			confirm: await dialog.locator('.confirm-close').innerText(),
		}).toEqual({
			unsaved: expect.stringContaining(`Nr. 5 „${String(five['title'])}“: Fortschritt „${Number(five['progress_target']) + 2}“`),
			confirm: 'Trotzdem abschließen',
		});
		await dialog.getByRole('button', { name: 'Zur Maßnahme' }).click();
		await dialog.waitFor({ state: 'hidden' });
		// The focus goes to the refused field.
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')), { timeout: 10_000 }).toBe('true');
		const [report] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[title][_eq]': REPORT_TITLE, fields: 'state' })}`);
		expect(report?.['state']).toBe('draft');
	});

	it('stores the refused progress once "Abschluss bei" is raised on the same screen', async () => {
		const five = measure('5');
		const row = roundRow(page, '5');
		const raised = Number(five['progress_target']) + 2;
		const retried = page.waitForResponse((r) => r.url().includes(`/items/measures/${String(five['id'])}`) && r.request().postData()?.includes('progress_current') === true);
		await typeInRow(page, row, 'progress_target', String(raised));
		await retried;
		await expect.poll(() => row.locator('.field-error').count(), { timeout: 10_000 }).toBe(0);
		const stored = await admin.get<Row>(`/items/measures/${five['id']}${q({ fields: 'progress_current,progress_target' })}`);
		expect(stored).toEqual({ progress_current: raised, progress_target: raised });
		// Back as it was, through the same screen, so the report below holds two changed measures.
		await typeInRow(page, row, 'progress_current', String(five['progress_current']));
		await typeInRow(page, row, 'progress_target', String(five['progress_target']));
		await expect.poll(() => counter().innerText(), { timeout: 10_000 }).toBe('2 von 20 aktualisiert');
	});

	it('closes the report after a confirmation and shows the notice at the top', async () => {
		await page.locator('.round-row').last().scrollIntoViewIfNeeded();
		await page.locator('.close-report').click();
		await page.locator('.close-dialog').getByText('Bericht abschließen?').waitFor();
		expect(await page.locator('.close-dialog [data-testid="unsaved"]').count()).toBe(0);
		await page.locator('.confirm-close').click();
		const notice = page.locator('.message', { hasText: 'abgeschlossen' });
		await notice.waitFor({ timeout: 30_000 });
		const [report] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[title][_eq]': REPORT_TITLE, fields: 'state,updates' })}`);
		const box = await notice.boundingBox();
		expect({
			state: report?.['state'],
			updates: (report?.['updates'] as unknown[]).length,
			scrollTop: (await contentArea(page)).scrollTop,
			inView: box !== null && box.y >= 0 && box.y + box.height <= 900,
		}).toEqual({ state: 'closed', updates: 20, scrollTop: 0, inView: true });
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
		const row = page.locator(`.matrix [data-measure="${code}"]`);
		await row.waitFor({ timeout: 30_000 });
		expect(Number(await row.locator('[data-testid="rank"]').innerText())).toBe(rankBefore);
		await choose(page, row.locator(`td[data-criterion="${String(heaviest['name'])}"] .v-select`), `${String(top['label'])} (`);
		await expect.poll(async () => Number(await row.locator('[data-testid="rank"]').innerText()), { timeout: 30_000 }).toBeLessThan(rankBefore);
		// Score and rank beside the ratings, without scrolling sideways.
		expect(await fits()).toBe(true);
		await row.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'studio-bewertungsmatrix.png') });
	});

	it('lets the Redaktion take over one submission and give back another with a note; the dashboard shows the accepted value', async () => {
		report = await admin.post<Row>('/items/status_reports', { district: 'viersen', title: REVIEW_TITLE, report_date: '2031-03-01', due_date: '2031-02-20' });
		meldung = await loginApi(directus.url, 'meldung@example.com', 'meldung');
		const me = await meldung.get<{ owner: Row; rounds: { report: Row; measures: Row[] }[] }>('/reporting/me');
		owned = me.rounds.find((r) => r.report['id'] === report['id'])!.measures;
		const [accepted, returned] = owned;
		for (const m of owned) {
			const stored = await admin.get<Row>(`/items/measures/${m['id']}${q({ fields: 'status,progress_current,progress_target,progress_text,next_steps' })}`);
			restore.push(() => admin.patch(`/items/measures/${m['id']}`, stored));
		}
		// Viersen's documents give no progress targets; where one is set, the owner reports one step more.
		const target = accepted!['progress_target'] as number | null;
		const value = target === null ? null : Math.min(target, Number(accepted!['progress_current'] ?? 0) + 1);
		await meldung.post('/reporting/submissions', {
			report: report['id'],
			measure: accepted!['id'],
			status: 'in_progress',
			progress_current: value,
			progress_text: 'Die Schulungsreihe läuft; zwei von drei Terminen sind durchgeführt.',
			next_steps: 'Dritter Termin im März.',
		});
		await meldung.post('/reporting/submissions', {
			report: report['id'],
			measure: returned!['id'],
			status: returned!['status'],
			progress_current: returned!['progress_current'],
			progress_text: 'Läuft.',
			next_steps: returned!['next_steps'],
		});

		await page.goto(`${directus.url}/admin/cockpit-workspace/berichtsrunde`);
		await chooseDistrict(page, 'Kreis Viersen');
		const reported = page.locator('[data-testid="reported"]');
		await expect.poll(() => reported.innerText(), { timeout: 30_000 }).toMatch(/^2 von \d+ gemeldet, 0 übernommen$/);
		await choose(page, page.locator('.owner-filter .v-select'), String(me.owner['name']));
		const rowA = roundRow(page, String(accepted!['code']));
		const rowB = roundRow(page, String(returned!['code']));
		await rowA.locator('[data-testid="review"]').scrollIntoViewIfNeeded();
		expect({
			shown: await page.locator('.round-row [data-testid="owner"]').allInnerTexts().then((owners) => owners.every((o) => o === me.owner['name'])),
			status: [await rowA.locator('[data-field="status"] .live').innerText(), await rowA.locator('[data-field="status"] .submitted').innerText()],
			progress: await rowA.locator('[data-field="progress_current"] .submitted').innerText(),
			fits: await fits(),
		}).toEqual({
			shown: true,
			status: [MEASURE_STATUS_LABELS[accepted!['status'] as MeasureStatus], MEASURE_STATUS_LABELS.in_progress],
			progress: value === null ? '–' : `${formatNumber(value)} von ${formatNumber(target!)}`,
			fits: true,
		});
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-meldungen.png') });

		await rowA.getByRole('button', { name: 'Übernehmen' }).click();
		await rowA.locator('[data-testid="review"].accepted').waitFor({ timeout: 30_000 });
		await rowB.getByRole('button', { name: 'Zurückgeben' }).click();
		const confirmReturn = rowB.locator('.confirm-return button');
		// Giving back needs a note.
		expect(await confirmReturn.isDisabled()).toBe(true);
		await rowB.getByLabel('Hinweis an die Verantwortliche Stelle (Pflicht)').fill('Bitte den Stand der Umsetzung zum Stichtag beschreiben.');
		await confirmReturn.click();
		await rowB.locator('[data-testid="review"].returned').waitFor({ timeout: 30_000 });
		await expect.poll(() => reported.innerText(), { timeout: 10_000 }).toMatch(/^2 von \d+ gemeldet, 1 übernommen, 1 zurückgegeben$/);
		await rowB.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-geprueft.png') });

		const submissions = await admin.get<Row[]>(`/items/progress_submissions${q({ 'filter[status_report][_eq]': String(report['id']), fields: 'measure,state,review_note', sort: 'state', limit: -1 })}`);
		const dashboard = await anonymous().get<{ measures: Row[] }>('/dashboard/districts/viersen');
		const shownA = dashboard.measures.find((m) => m['id'] === accepted!['id'])!;
		expect({ submissions, dashboard: { status: shownA['status'], progress_current: shownA['progress_current'], progress_text: shownA['progress_text'] } }).toEqual({
			submissions: [
				{ measure: accepted!['id'], state: 'accepted', review_note: null },
				{ measure: returned!['id'], state: 'returned', review_note: 'Bitte den Stand der Umsetzung zum Stichtag beschreiben.' },
			],
			dashboard: { status: 'in_progress', progress_current: value, progress_text: 'Die Schulungsreihe läuft; zwei von drei Terminen sind durchgeführt.' },
		});
	});

	it('takes over all submitted reports at once and names the one the server refused, with its German message', async () => {
		const [, refused, third] = owned;
		// The owner reports again after the note, within the target; then the target shrinks.
		await admin.patch(`/items/measures/${refused!['id']}`, { progress_target: 6 });
		await meldung.post('/reporting/submissions', { report: report['id'], measure: refused!['id'], progress_current: 5, progress_text: 'Fünf von sechs Ämtern sind angeschlossen.' });
		await meldung.post('/reporting/submissions', { report: report['id'], measure: third!['id'], progress_text: 'Die Ausschreibung ist vorbereitet.' });
		await admin.patch(`/items/measures/${refused!['id']}`, { progress_target: 4 });

		await page.goto(`${directus.url}/admin/cockpit-workspace/berichtsrunde`);
		const reported = page.locator('[data-testid="reported"]');
		await expect.poll(() => reported.innerText(), { timeout: 30_000 }).toMatch(/^3 von \d+ gemeldet, 1 übernommen$/);
		await page.getByRole('button', { name: /Alle eingereichten übernehmen \(2\)/ }).click();
		await page.locator('.confirm-accept-all').click();
		const notice = page.locator('.message', { hasText: 'nicht übernommen' });
		await notice.waitFor({ timeout: 30_000 });
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-alle-uebernehmen.png') });
		const states = await admin.get<Row[]>(`/items/progress_submissions${q({ 'filter[status_report][_eq]': String(report['id']), fields: 'measure,state', limit: -1 })}`);
		const stateOf = (m: Row | undefined) => states.find((x) => x['measure'] === m!['id'])?.['state'];
		expect({
			notice: await notice.innerText(),
			counter: await reported.innerText(),
			states: [stateOf(refused), stateOf(third)],
		}).toEqual({
			notice: expect.stringMatching(new RegExp(`1 übernommen, 1 nicht übernommen:\\s+Nr\\. ${String(refused!['code'])} „.+“: „Fortschritt“ muss zwischen 0 und 4`)),
			counter: expect.stringMatching(/^3 von \d+ gemeldet, 2 übernommen$/),
			states: ['submitted', 'accepted'],
		});
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
