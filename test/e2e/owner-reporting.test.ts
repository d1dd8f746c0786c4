/**
 * End-to-end: a person of a Verantwortliche Stelle (role Meldende, no Studio seat) reports the
 * state of their measures in the dashboard app on a phone (390 × 844) through "Meine Meldungen":
 * two submissions are stored, a third is refused with the server's German message at its field.
 * The Redaktion's side of the round (accepting, returning) is tested in its own file. A draft
 * report for Kreis Viersen and the completion marks it needs are set up through the API and
 * removed again, since the other tests read the same seeded instance.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DirectusApi } from '../../scripts/lib/directus-api';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';
import { buildAndServeApp, CHROMIUM_ARGS, CHROMIUM_PATH, type ServedApp } from '../../scripts/lib/serve-app';
import { asAdmin, asRedaktion, q } from '../support/api';
import { seriousViolations } from './axe';

type Row = Record<string, unknown>;
const SHOTS = join(PROJECT_ROOT, 'docs/screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const MELDUNG = { email: 'meldung@example.com', password: 'meldung' };
/** YYYY-MM-DD, `days` from today (UTC; the deadline text is checked as the app computes it). */
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const REPORT_DATE = isoDay(30);
// Named as the Redaktion would name it ("Sachstandsbericht Januar 2027"): the screenshots show it in the README.
const REPORT_TITLE = `Sachstandsbericht ${new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(REPORT_DATE))}`;

/** The texts an assistive technology reads as a field's description (aria-describedby). */
async function description(field: Locator): Promise<string> {
	return field.evaluate((element) =>
		(element.getAttribute('aria-describedby') ?? '')
			.split(/\s+/)
			.filter(Boolean)
			.map((id) => document.getElementById(id)?.textContent?.trim() ?? `#${id} fehlt`)
			.join(' | '),
	);
}

describe('Meine Meldungen in the dashboard app', () => {
	const directus = inject('directus');
	let browser: Browser;
	let app: ServedApp;
	let page: Page;
	let admin: DirectusApi;
	let redaktion: DirectusApi;
	let report: Row | undefined;
	let measures: Row[];
	const restore: (() => Promise<unknown>)[] = [];

	beforeAll(async () => {
		admin = await asAdmin();
		redaktion = await asRedaktion();
		const [person] = await admin.get<Row[]>(`/users${q({ 'filter[email][_eq]': MELDUNG.email, fields: 'id,owner' })}`);
		expect(person?.['owner'], 'the seed links the demo Meldende person to an owner').toBeTruthy();
		const owned = await redaktion.get<Row[]>(
			`/items/measures${q({ 'filter[owner][_eq]': String(person!['owner']), 'filter[status][_nin]': 'completed,ended', fields: 'id,code,title,status,progress_current,progress_target', limit: -1 })}`,
		);
		measures = owned.sort((a, b) => String(a['code']).localeCompare(String(b['code']), 'de', { numeric: true })).slice(0, 3);
		expect(measures.length, 'the owner has three running measures').toBe(3);
		// Viersen's Steckbriefe give no completion mark; the Redaktion sets one so that progress can be reported.
		for (const m of measures) {
			restore.push(() => redaktion.patch(`/items/measures/${m['id']}`, { progress_current: m['progress_current'], progress_target: m['progress_target'] }));
			await redaktion.patch(`/items/measures/${m['id']}`, { progress_target: 10 });
		}
		report = await redaktion.post<Row>('/items/status_reports', { district: 'viersen', title: REPORT_TITLE, report_date: REPORT_DATE, due_date: isoDay(14) });
		app = await buildAndServeApp([directus.url]);
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: PHONE, locale: 'de-DE' });
	});

	/** Removes the test's draft report and its submissions. */
	async function removeReport(): Promise<void> {
		if (!report) return;
		const submissions = await admin.get<Row[]>(`/items/progress_submissions${q({ 'filter[status_report][_eq]': String(report['id']), fields: 'id', limit: -1 })}`);
		if (submissions.length) await admin.request('DELETE', '/items/progress_submissions', submissions.map((s) => s['id']));
		await admin.delete(`/items/status_reports/${report['id']}`);
		report = undefined;
	}

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		await removeReport();
		await Promise.allSettled(restore.map((undo) => undo()));
	});

	const card = (m: Row) => page.locator('article.report-measure', { has: page.locator('h3', { hasText: String(m['title']) }) });

	it('explains in German what the page is for before anyone signs in', async () => {
		await page.goto(app.url + '/meldungen');
		const notice = page.locator('.reporting-notice');
		await notice.waitFor();
		expect({ text: (await notice.innerText()).includes('Bitte melden Sie sich mit dem Zugang Ihrer verantwortlichen Stelle an'), axe: await seriousViolations(page) }).toEqual({ text: true, axe: [] });
	});

	it('takes a Meldende person from the login on the start page to "Meine Meldungen", with the round and its Meldeschluss', async () => {
		await page.goto(app.url + '/');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.getByLabel('E-Mail-Adresse').fill(MELDUNG.email);
		await page.getByLabel('Passwort').fill(MELDUNG.password);
		await page.locator('dialog.login').getByRole('button', { name: 'Anmelden' }).click();
		await page.waitForURL(/\/meldungen$/);
		const round = page.locator('section.round', { has: page.locator('h2', { hasText: REPORT_TITLE }) });
		await round.waitFor();
		expect({
			headerLink: await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Meine Meldungen' }).getAttribute('class'),
			deadline: (await round.locator('.round-facts').innerText()).includes('noch 14 Tage'),
			titles: (await round.locator('article.report-measure h3').allInnerTexts()).filter((title) => measures.some((m) => title.endsWith(String(m['title'])))).length,
			states: await Promise.all(measures.map(async (m) => (await card(m).locator('.state').innerText()).replace(/\s+/g, ' ').trim())),
		}).toEqual({ headerLink: expect.stringContaining('active'), deadline: true, titles: 3, states: Array(3).fill('Stand der Meldung: noch nicht gemeldet') });
	});

	it('stores two reports, one sent by keyboard, and refuses a progress above the target at its field', async () => {
		const [first, second, third] = measures as [Row, Row, Row];
		await page.screenshot({ path: join(SHOTS, 'app-meine-meldungen-telefon.png') });

		await card(first).getByLabel('Status').selectOption({ label: 'In Umsetzung' });
		await card(first).getByLabel('Fortschritt', { exact: true }).fill('4');
		await card(first).getByLabel('Beschreibung des Fortschritts').fill('Bedarf in allen Ämtern erhoben.');
		await card(first).getByLabel('Beschreibung der nächsten Tätigkeiten').fill('Ausschreibung im nächsten Quartal.');
		await card(first).getByRole('button', { name: /Meldung einreichen/ }).click();
		await card(first).locator('.state', { hasText: 'eingereicht am' }).waitFor();
		const confirmation = (await card(first).getByRole('status').innerText()).trim();
		const sent = (await card(first).locator('.current .sent').innerText()).trim();

		// By keyboard only: into the field, type, Enter submits the form.
		await card(second).getByLabel('Fortschritt', { exact: true }).focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('2,5');
		await page.keyboard.press('Enter');
		await card(second).locator('.state', { hasText: 'eingereicht am' }).waitFor();

		const progress = card(third).getByLabel('Fortschritt', { exact: true });
		await progress.fill('12');
		await card(third).getByRole('button', { name: /Meldung einreichen/ }).click();
		await card(third).locator('.field-error').waitFor();
		const refused = {
			invalid: await progress.getAttribute('aria-invalid'),
			described: await description(progress),
			focused: await progress.evaluate((element) => element === document.activeElement),
			state: (await card(third).locator('.state').innerText()).replace(/\s+/g, ' ').trim(),
		};
		await card(third).scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'app-meine-meldungen-fehler-telefon.png') });

		const stored = await admin.get<Row[]>(`/items/progress_submissions${q({ 'filter[status_report][_eq]': String(report!['id']), fields: 'measure,state,status,progress_current,progress_text,next_steps', limit: -1 })}`);
		expect({
			confirmation,
			sent,
			refused,
			stored: stored.map((s) => ({ ...s, measure: String(s['measure']) })).sort((a, b) => (a.measure === String(first['id']) ? -1 : b.measure === String(first['id']) ? 1 : 0)),
		}).toEqual({
			confirmation: `Meldung für „${first['title']}“ eingereicht.`,
			sent: 'Ihre Meldung, noch nicht übernommen: In Umsetzung, 4 von 10',
			refused: {
				invalid: 'true',
				described: 'von 10 | Zahl zwischen 0 und 10, z. B. 4 oder 2,5 | „Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 12).',
				focused: true,
				state: 'Stand der Meldung: noch nicht gemeldet',
			},
			stored: [
				{ measure: String(first['id']), state: 'submitted', status: 'in_progress', progress_current: 4, progress_text: 'Bedarf in allen Ämtern erhoben.', next_steps: 'Ausschreibung im nächsten Quartal.' },
				{ measure: String(second['id']), state: 'submitted', status: second['status'], progress_current: 2.5, progress_text: null, next_steps: null },
			],
		});
	});

	it('axe-core finds no serious or critical violation with a refused field showing, on the phone and at 1440 px', async () => {
		const phone = await seriousViolations(page);
		await page.setViewportSize(DESKTOP);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: join(SHOTS, 'app-meine-meldungen.png') });
		const desktop = await seriousViolations(page);
		await page.setViewportSize(PHONE);
		expect({ phone, desktop }).toEqual({ phone: [], desktop: [] });
	});

	it('fits the phone: nothing is wider than the 390 px viewport', async () => {
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(overflow).toBeLessThanOrEqual(PHONE.width);
	});

	it('says in German that no round is open once the draft report is gone', async () => {
		await removeReport();
		await page.reload();
		const notice = page.locator('.reporting-notice');
		await notice.waitFor();
		expect({ notice: (await notice.innerText()).trim(), forms: await page.locator('form.report-form').count() }).toEqual({
			notice: 'Zurzeit ist keine Berichtsrunde offen. Sobald die Redaktion einen neuen Sachstandsbericht anlegt, melden Sie hier den Stand Ihrer Maßnahmen.',
			forms: 0,
		});
	});

	it('tells a Leitung login in German that it has nothing to report, and keeps it on the start page', async () => {
		// A tab of its own: logins live in the tab's sessionStorage.
		const leitung = await browser.newPage({ viewport: PHONE, locale: 'de-DE' });
		try {
			await leitung.goto(app.url + '/');
			await leitung.getByRole('button', { name: 'Anmelden' }).click();
			await leitung.getByLabel('E-Mail-Adresse').fill('leitung@example.com');
			await leitung.getByLabel('Passwort').fill('leitung');
			await leitung.locator('dialog.login').getByRole('button', { name: 'Anmelden' }).click();
			await leitung.getByText('Angemeldet als leitung@example.com').waitFor();
			await leitung.locator('.district-card').first().waitFor();
			const onStart = { path: new URL(leitung.url()).pathname, headerLink: await leitung.getByRole('link', { name: 'Meine Meldungen' }).count() };
			await leitung.goto(app.url + '/meldungen');
			const notice = leitung.locator('.reporting-notice');
			await notice.waitFor();
			expect({ onStart, notice: (await notice.innerText()).trim(), forms: await leitung.locator('form.report-form').count() }).toEqual({
				onStart: { path: '/', headerLink: 0 },
				notice: 'Ihrem Zugang ist keine verantwortliche Stelle zugeordnet, daher gibt es hier nichts zu melden. Wenn Sie für ein Amt oder einen Fachbereich melden sollen, wenden Sie sich bitte an die Redaktion Ihres Kreises.',
				forms: 0,
			});
		} finally {
			await leitung.close();
		}
	});
});
