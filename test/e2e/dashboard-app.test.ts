/**
 * End-to-end: the built dashboard app in headless Chromium against the seeded test Directus
 * (see test/setup/global-setup.ts). Checks what a reader sees on every route, that no value
 * the API leaves out turns into 0, that the council report prints on A4, that axe finds no
 * serious accessibility problem, and that one comparison can mix two Directus instances.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../scripts/lib/database';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';
import { generateDistricts, insertGeneratedRows, removeSyntheticDistricts } from '../../scripts/lib/generate-districts';
import { buildAndServeApp, CHROMIUM_ARGS, CHROMIUM_PATH, type ServedApp } from '../../scripts/lib/serve-app';
import mammoth from 'mammoth';
import { asAdmin, asRedaktion, q } from '../support/api';
import { seriousViolations } from './axe';

/** The district names as the seed holds them, so the test follows the data, not a copy of it. */
const SEED_NAMES = readdirSync(join(PROJECT_ROOT, 'seed/data'))
	.filter((file) => file.endsWith('.json'))
	.map((file) => (JSON.parse(readFileSync(join(PROJECT_ROOT, 'seed/data', file), 'utf8')) as { district: { name: string } }).district.name)
	.sort();

/**
 * Texts of the cells of the overview row whose header reads `label`: the figure, or "keine
 * Angabe" without the reason the cell gives under it (see app-documents.test.ts for those).
 */
async function overviewRow(page: Page, label: string): Promise<string[]> {
	const row = page.locator('section[aria-labelledby="overview-title"] tbody tr', { has: page.locator('th', { hasText: label }) });
	return (await row.locator('td').allInnerTexts()).map((text) => text.trim().split('\n')[0]!.trim());
}

describe('dashboard app in the browser', () => {
	const directus = inject('directus');
	let browser: Browser;
	let single: ServedApp;
	let page: Page;

	beforeAll(async () => {
		single = await buildAndServeApp([directus.url]);
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
	});

	afterAll(async () => {
		await browser?.close();
		await single?.stop();
	});

	async function open(path: string, ready: string): Promise<void> {
		await page.goto(single.url + path);
		await page.locator(ready).first().waitFor();
	}

	it('shows a card for each of the five seeded districts on /', async () => {
		await open('/', '.district-card');
		const names = await page.locator('.district-card h2').allInnerTexts();
		expect(names.map((name) => name.trim()).sort()).toEqual(SEED_NAMES);
	});

	it('ranks "Work Space" first in Kreis Viersen', async () => {
		await open('/kreis/viersen', 'table.measures tbody tr');
		const first = page.locator('table.measures tbody tr').first();
		expect({ rank: (await first.locator('td').first().innerText()).trim(), title: (await first.locator('th').innerText()).trim() }).toEqual({ rank: '1', title: 'Work Space' });
	});

	it('shows the progress of Friesland measure 7 as 3 of 8', async () => {
		await open('/kreis/friesland', 'table.measures tbody tr');
		const row = page.locator('table.measures tbody tr', { has: page.locator('th', { hasText: 'Erfassung aller OZG-Dienstleistungen' }) });
		expect((await row.locator('td.progress').innerText()).trim()).toBe('3 von 8');
	});

	it('writes "keine Angabe" where a compared district reports nothing, never 0', async () => {
		await open('/vergleich?kreise=friesland,unna', 'section[aria-labelledby="compare-progress-title"] .apexcharts-yaxis-label');
		const progress = await overviewRow(page, 'Mittlerer Fortschritt');
		const attainment = await overviewRow(page, 'Mittlere Zielerreichung');
		const chartLabels = await page.locator('section[aria-labelledby="compare-progress-title"] .apexcharts-yaxis-label').allTextContents();
		expect({ progress: progress[1], attainment, zeroCells: [...progress, ...attainment].filter((cell) => /^0(,0+)?\s*%?$/.test(cell)), unnaAxis: chartLabels.some((label) => label.includes('Kreis Unna (keine Angabe)')) }).toEqual({
			progress: 'keine Angabe',
			attainment: ['keine Angabe', 'keine Angabe'],
			zeroCells: [],
			unnaAxis: true,
		});
	});

	it('counts measures or projects per theme: 0 where a counting district has none, "keine Angabe" where a district counts nothing', async () => {
		await open('/vergleich?kreise=rendsburg-eckernfoerde,unna,paderborn', 'table.by-theme tbody tr');
		// The figure, or "keine Angabe" without what the cell names instead.
		const cells = async (theme: string) =>
			(await page.locator('table.by-theme tbody tr', { has: page.locator('th', { hasText: theme }) }).locator('td').allInnerTexts()).map((text) => text.trim().split('\n')[0]!.trim());
		expect({ qualifizierung: await cells('Qualifizierung und digitale Kompetenz'), online: await cells('Online-Dienste und OZG') }).toEqual({
			// Rendsburg-Eckernförde lists no measure on qualification; Unna counts 25 projects for its customers (Drucksache 168/22);
			// Paderborn reports annual goals only.
			qualifizierung: ['0', '0', 'keine Angabe'],
			online: ['15', '25', 'keine Angabe'],
		});
	});

	it('updates the URL when a district is found by name and added to the comparison', async () => {
		await open('/vergleich?kreise=friesland,unna', 'fieldset.picker input[type=search]');
		await page.getByLabel('Kreis suchen und hinzufügen').fill('viers');
		await page.getByRole('button', { name: 'Hinzufügen: Kreis Viersen' }).click();
		await page.waitForURL(/kreise=friesland%2Cunna%2Cviersen|kreise=friesland,unna,viersen/);
		await page.locator('section[aria-labelledby="overview-title"] thead th', { hasText: 'Kreis Viersen' }).waitFor();
		expect(decodeURIComponent(new URL(page.url()).searchParams.get('kreise') ?? '')).toBe('friesland,unna,viersen');
	});

	it('removes a district from the comparison with its button', async () => {
		await open('/vergleich?kreise=friesland,unna,viersen', 'fieldset.picker ul.chosen li');
		await page.getByRole('button', { name: 'Kreis Viersen aus dem Vergleich entfernen' }).click();
		await page.waitForURL((url) => url.searchParams.get('kreise') === 'friesland,unna');
		expect(await page.locator('fieldset.picker ul.chosen li').allInnerTexts()).toEqual([expect.stringContaining('Landkreis Friesland'), expect.stringContaining('Kreis Unna')]);
	});

	it('prints the Friesland status report on several A4 pages with every measure title and no navigation', async () => {
		await open('/kreis/friesland/bericht', '.measure-section');
		const titles = await page.locator('section[aria-labelledby="report-overview-title"] tbody th').allInnerTexts();
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
		await page.emulateMedia({ media: 'print' });
		const sectionTitles = await page.locator('.measure-section h3').allInnerTexts();
		const navigationPrinted = await page.locator('.app-header').isVisible();
		await page.emulateMedia({ media: 'screen' });
		expect({
			measures: titles.length,
			morePagesThanOne: pages > 1,
			everyTitleHasASection: titles.every((title) => sectionTitles.some((section) => section.includes(title.trim()))),
			navigationPrinted,
		}).toEqual({ measures: 20, morePagesThanOne: true, everyTitleHasASection: true, navigationPrinted: false });
	});

	it.each([
		['/', '.district-card'],
		['/kreis/friesland', 'table.measures'],
		['/kreis/viersen', 'table.measures'],
		['/kreis/rendsburg-eckernfoerde', 'table.measures'],
		['/kreis/paderborn', 'table.goals'],
		['/kreis/unna', 'section[aria-labelledby="fields-title"]'],
		['/vergleich?kreise=friesland,viersen,rendsburg-eckernfoerde,paderborn,unna', 'section[aria-labelledby="compare-themes-title"]'],
		['/kreis/friesland/bericht', '.measure-section'],
	])('axe-core finds no serious or critical violation on %s', async (path, ready) => {
		await open(path, ready);
		// Charts draw after the chart library has loaded; check the page as a reader meets it.
		await page.waitForLoadState('networkidle');
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('names a status gone back in the report, shows the status column and downloads the report as Word; earlier reports open from the district page', async () => {
		const redaktion = await asRedaktion();
		const admin = await asAdmin();
		const [back] = await redaktion.get<{ id: string; code: string; title: string; status: string; progress_current: number | null }[]>(
			`/items/measures${q({ 'filter[district][_eq]': 'friesland', 'filter[historical][_eq]': 'false', fields: 'id,code,title,status,progress_current', sort: 'code', limit: 1 })}`,
		);
		// Friesland's document gives its current measures no status: a first report records one
		// "In Umsetzung", so that the second can name the step back from it.
		await redaktion.patch(`/items/measures/${back!.id}`, { status: 'in_progress' });
		const first = await redaktion.post<{ id: string }>('/items/status_reports', { district: 'friesland', title: 'Sachstandsbericht Januar 2023', report_date: '2023-01-02', state: 'closed' });
		await redaktion.patch(`/items/measures/${back!.id}`, { status: 'planned' });
		const report = await redaktion.post<{ id: string }>('/items/status_reports', { district: 'friesland', title: 'Sachstandsbericht Februar 2023', report_date: '2023-02-01', state: 'closed' });
		await redaktion.patch(`/items/status_reports/${report.id}`, { document_ref: '12/23', committee: 'Kreistag', meeting_date: '2023-03-14' });
		try {
			await open('/kreis/friesland/bericht', '.measure-section');
			const statusColumn = await page.locator('section[aria-labelledby="report-overview-title"] thead th').allInnerTexts();
			const row = page.locator('section[aria-labelledby="report-overview-title"] tbody tr', { has: page.locator('th', { hasText: back!.title }) });
			const changed = (await page.locator('section.changes [data-group="statusChanged"] dd').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
			const paper = (await page.getByTestId('report-paper').first().innerText()).replace(/\s+/g, ' ');
			await page.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshots/app-bericht-vorlage-status.png') });
			await page.locator('section.changes [data-group="statusChanged"]').scrollIntoViewIfNeeded();
			await page.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshots/app-bericht-status-zurueck.png') });
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('word-download').click()]);
			const { value: wordText } = await mammoth.extractRawText({ path: (await download.path())! });
			expect({
				statusColumn: statusColumn.map((t) => t.trim()),
				status: (await row.locator('td.status').innerText()).trim(),
				changed,
				paper,
				explained: (await page.locator('.overview .explained').innerText()).startsWith('„Fortschritt“ nennt den Stand'),
				file: download.suggestedFilename(),
				word: [wordText.includes('von In Umsetzung zurück auf Geplant'), /Drucksache\s+12\/23/.test(wordText)],
			}).toEqual({
				statusColumn: ['Nr.', 'Titel der Maßnahme', 'Status', 'Priorität', 'Fortschritt'],
				status: 'Geplant',
				changed: [expect.stringMatching(new RegExp(`^${back!.code} ${back!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} von In Umsetzung zurück auf Geplant`))],
				paper: 'Drucksache: 12/23 · Gremium: Kreistag · Sitzung: 14.03.2023',
				explained: true,
				file: 'Sachstandsbericht-friesland-2023-02-01.docx',
				word: [true, true],
			});

			// The district page lists the closed reports; the seeded one opens in the print view.
			await open('/kreis/friesland', '[data-testid="report-list"] li');
			const listed = await page.locator('[data-testid="report-list"] li .title').allInnerTexts();
			await page.locator('[data-testid="report-list"] li').nth(2).getByRole('link', { name: 'Druckansicht' }).click();
			await page.locator('.measure-section').first().waitFor();
			expect({ listed, title: await page.locator('.report-header h1').innerText(), changes: await page.locator('section.changes').count() }).toEqual({
				listed: ['Sachstandsbericht Februar 2023', 'Sachstandsbericht Januar 2023', 'Sachstandsbericht zur Digitalisierungsstrategie August 2022'],
				title: 'Sachstandsbericht zur Digitalisierungsstrategie August 2022',
				changes: 0,
			});
		} finally {
			await admin.delete(`/items/status_reports/${report.id}`);
			await admin.delete(`/items/status_reports/${first.id}`);
			await admin.patch(`/items/measures/${back!.id}`, { status: back!.status, progress_current: back!.progress_current });
		}
	});

	it('draws a KPI series with its target line once the Redaktion records values, and compares its latest value', async () => {
		// The documents give KPI targets but no measured values, so the test records two and removes them again.
		const redaktion = await asRedaktion();
		const [kpi] = await redaktion.get<{ id: string; name: string }[]>(`/items/kpis${q({ 'filter[district][_eq]': 'viersen', fields: 'id,name' })}`);
		// Viersen's document gives the KPI no direction ("Erreichung … von 75 Prozent"); the Redaktion sets one, so attainment is computed.
		await redaktion.patch(`/items/kpis/${kpi!.id}`, { direction: 'at_least' });
		const values = await redaktion.post<{ id: string }[]>('/items/kpi_values', [
			{ kpi: kpi!.id, date: '2021-06-30', value: 60 },
			{ kpi: kpi!.id, date: '2021-12-31', value: 72 },
		]);
		const text = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' ').trim());
		try {
			await open('/kreis/viersen', 'section[aria-labelledby="kpis-title"] [data-chart-state="ready"]');
			const card = page.locator('.kpi', { has: page.locator('h3', { hasText: kpi!.name }) });
			const district = {
				figures: text(await card.locator('dd').allInnerTexts()),
				targetLine: text(await card.locator('svg text').allTextContents()).includes('Ziel: mindestens 75 %'),
				table: text(await card.locator('table.data tbody tr').allTextContents()),
			};
			await open('/vergleich?kreise=viersen,unna', 'section[aria-labelledby="compare-kpis-title"] tbody tr');
			const compared = text(await page.locator('section[aria-labelledby="compare-kpis-title"] tbody tr', { hasText: kpi!.name }).locator('td').allInnerTexts());
			expect({ district, compared }).toEqual({
				district: { figures: ['mindestens 75 %', 'bis zum Jahresende 2021', '72 %', '96 %'], targetLine: true, table: ['30.06.202160 %', '31.12.202172 %'] },
				compared: ['Kreis Viersen', 'mindestens 75 %', '72 %', '96 %'],
			});
		} finally {
			await redaktion.request('DELETE', '/items/kpi_values', values.map((value) => value.id));
			await redaktion.patch(`/items/kpis/${kpi!.id}`, { direction: null });
		}
	});

	it('draws the Zeitplan of Rendsburg-Eckernförde by field with the overdue measures, their table and the fields\' dependencies, axe clean', async () => {
		// Without animation, and at the README's size from the start, the screenshot shows every bar at its full length.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 1440, height: 900 });
		await open('/kreis/rendsburg-eckernfoerde/zeitplan', '.timeline-group');
		await page.waitForFunction(() => Array.from(document.querySelectorAll('.timeline-group [data-chart-state]')).every((figure) => figure.getAttribute('data-chart-state') === 'ready'));
		const groups = (await page.locator('.timeline-group h3').allInnerTexts()).map((text) => text.trim());
		const overdueRows = await page.locator('.timeline-group tbody tr', { has: page.locator('.overdue') }).locator('th').allTextContents();
		const summary = (await page.locator('.timeline-page .total').innerText()).trim();
		const dependencies = await page.locator('.dependencies dd li').count();
		await page.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshots/app-zeitplan.png') });
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.emulateMedia({ reducedMotion: null });
		expect({ groups, overdue: overdueRows.map((row) => row.trim().split(' ')[0]).sort(), summary, dependencies, axe: await seriousViolations(page) }).toEqual({
			groups: ['1.1 DMS', '2.2 Mitarbeiterportal', '3.1 Online-Services', '5.1 Breitbandinfrastruktur'],
			overdue: ['15', '26', '27', '28', '32', '33', '55'],
			summary: '7 von 11 Maßnahmen im Zeitplan sind überfällig.',
			dependencies: 28,
			axe: [],
		});
	});

	it('asks a person invited by e-mail for a password in German, accessibly, and refuses a short one before sending anything', async () => {
		const payload = Buffer.from(JSON.stringify({ email: 'amt@kreis.de', scope: 'invite' })).toString('base64url');
		await page.setViewportSize({ width: 390, height: 844 });
		await open(`/einladung?token=kopf.${payload}.signatur`, '#invite-password');
		await page.locator('#invite-password').fill('kurz');
		await page.locator('#invite-repeat').fill('kurz');
		await page.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click();
		const alert = (await page.getByRole('alert').innerText()).trim();
		const axe = await seriousViolations(page);
		await page.setViewportSize({ width: 1280, height: 900 });
		expect({ intro: (await page.locator('.invite-page p').first().innerText()).includes('amt@kreis.de'), alert, axe }).toEqual({
			intro: true,
			alert: 'Das Passwort muss mindestens 8 Zeichen lang sein.',
			axe: [],
		});
	});

	it('filters the district page to the overdue measures and shows their number as a key figure', async () => {
		await open('/kreis/rendsburg-eckernfoerde', 'table.measures tbody tr');
		const figure = page.locator('.figure', { has: page.locator('dt', { hasText: 'Überfällig' }) });
		await page.getByLabel(/nur überfällige/).check();
		const codes = await page.locator('table.measures tbody tr td.num').allInnerTexts();
		expect({ figure: (await figure.locator('dd').first().innerText()).trim(), codes: codes.map((c) => c.trim()).sort() }).toEqual({
			figure: '7',
			codes: ['15', '26', '27', '28', '32', '33', '55'],
		});
	});

	it('signs in with the Leitung login and out again', async () => {
		await open('/', '.district-card');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.getByLabel('E-Mail-Adresse').fill('leitung@example.com');
		await page.getByLabel('Passwort').fill('leitung');
		await page.locator('dialog.login').getByRole('button', { name: 'Anmelden' }).click();
		await page.getByText('Angemeldet als leitung@example.com').waitFor();
		await page.locator('.district-card').first().waitFor();
		const cards = await page.locator('.district-card').count();
		await page.getByRole('button', { name: 'Abmelden' }).click();
		await page.getByRole('button', { name: 'Anmelden' }).waitFor();
		expect(cards).toBe(SEED_NAMES.length);
	});

	// Runs last in this block: published synthetic districts, so the visitor without login sees
	// all 405; removed again before the two-instance tests.
	describe('with 400 districts', () => {
		let db: Knex;
		let generated: { name: string; state: string }[];

		beforeAll(async () => {
			db = connectDatabase(directus.env);
			const rows = generateDistricts(400, { published: true });
			await insertGeneratedRows(db, rows);
			generated = rows.districts.map((d) => ({ name: String(d['name']), state: String(d['state']) }));
		});

		afterAll(async () => {
			await removeSyntheticDistricts(db);
			await db.destroy();
		});

		const cardNames = async () => (await page.locator('.district-card h2').allInnerTexts()).map((name) => name.trim());

		it('shows the first page of 24 cards, and finds a district by name or all of one Bundesland', async () => {
			await page.goto(single.url + '/');
			await page.locator('.district-card').first().waitFor();
			const first = { cards: (await cardNames()).length, count: (await page.locator('.result-count').innerText()).trim(), position: (await page.locator('nav.page-nav').innerText()).replace(/\s+/g, ' ').trim() };
			await page.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshots/04-alle-kreise-400.png') });

			await page.getByLabel('Kreis suchen').fill('viersen');
			await page.waitForFunction(() => document.querySelectorAll('.district-card').length === 1);
			const searched = await cardNames();

			await page.getByLabel('Kreis suchen').fill('');
			await page.getByLabel('Bundesland').selectOption('Saarland');
			const saarland = [...generated.filter((d) => d.state === 'Saarland').map((d) => d.name)];
			await page.locator('.result-count', { hasText: `${saarland.length} Kreise` }).waitFor();
			const inState = { count: (await page.locator('.result-count').innerText()).trim(), url: new URL(page.url()).searchParams.get('land') };
			expect({ first, searched, inState }).toEqual({
				first: { cards: 24, count: `24 von ${generated.length + SEED_NAMES.length} Kreisen`, position: `Vorherige Seite Seite 1 von ${Math.ceil((generated.length + SEED_NAMES.length) / 24)} Nächste Seite` },
				searched: ['Kreis Viersen'],
				inState: { count: saarland.length > 24 ? `24 von ${saarland.length} Kreisen` : `${saarland.length} Kreise`, url: 'Saarland' },
			});
		});

		it('turns to the next page by keyboard and keeps the page in the address', async () => {
			await page.goto(single.url + '/');
			await page.locator('.district-card').first().waitFor();
			const before = await cardNames();
			await page.getByRole('button', { name: 'Nächste Seite' }).focus();
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.searchParams.get('seite') === '2');
			await page.locator('nav.page-nav', { hasText: 'Seite 2 von' }).waitFor();
			const after = await cardNames();
			expect({ cards: after.length, overlap: after.filter((name) => before.includes(name)) }).toEqual({ cards: 24, overlap: [] });
		});

		it('offers at most eight matches in the comparison picker and adds one', async () => {
			await page.goto(single.url + '/vergleich?kreise=friesland,unna');
			await page.locator('fieldset.picker input[type=search]').waitFor();
			await page.getByLabel('Kreis suchen und hinzufügen').fill('Landkreis');
			await page.locator('fieldset.picker ul.matches li').first().waitFor();
			const offered = await page.locator('fieldset.picker ul.matches button').count();
			await page.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshots/05-vergleich-suche-400.png') });
			await page.getByLabel('Kreis suchen und hinzufügen').fill('paderb');
			await page.getByRole('button', { name: 'Hinzufügen: Kreis Paderborn' }).press('Enter');
			await page.waitForURL((url) => url.searchParams.get('kreise') === 'friesland,unna,paderborn');
			expect({ offered, checkboxes: await page.locator('fieldset.picker input[type=checkbox]').count() }).toEqual({ offered: 8, checkboxes: 0 });
		});

		it.each([
			['/', '.district-card'],
			['/?land=Bayern&seite=2', '.district-card'],
			['/vergleich?kreise=friesland,unna', 'section[aria-labelledby="compare-themes-title"]'],
		])('axe-core finds no serious or critical violation on %s with 400 districts', async (path, ready) => {
			await page.goto(single.url + path);
			await page.locator(ready).first().waitFor();
			await page.waitForLoadState('networkidle');
			if (path.startsWith('/vergleich')) await page.getByLabel('Kreis suchen und hinzufügen').fill('kreis');
			expect(await seriousViolations(page)).toEqual([]);
		});
	});
});

describe('dashboard app over two Directus instances', () => {
	const directus = inject('directus');
	// The same instance under two addresses stands in for two districts' own instances.
	const first = directus.url;
	const second = directus.url.replace('127.0.0.1', 'localhost');
	const slug = (url: string) => url.replace(/^https?:\/\//, '');
	let browser: Browser;
	let dual: ServedApp;
	let page: Page;

	beforeAll(async () => {
		dual = await buildAndServeApp([first, second]);
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
	});

	afterAll(async () => {
		await browser?.close();
		await dual?.stop();
	});

	it('lists the districts of both instances, each once per instance', async () => {
		await page.goto(dual.url + '/');
		await page.locator('.district-card').nth(SEED_NAMES.length * 2 - 1).waitFor();
		const names = await page.locator('.district-card h2').allInnerTexts();
		expect(names.map((name) => name.trim()).sort()).toEqual([...SEED_NAMES, ...SEED_NAMES].sort());
	});

	it('compares a district of one instance with a district of the other', async () => {
		await page.goto(`${dual.url}/vergleich?kreise=friesland@${slug(first)},unna@${slug(second)}`);
		const headers = page.locator('section[aria-labelledby="overview-title"] thead th');
		await headers.nth(1).waitFor();
		const texts = (await headers.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
		const alerts = await page.getByRole('alert').count();
		const progress = await overviewRow(page, 'Mittlerer Fortschritt');
		expect({ texts, alerts, progress: progress.map((cell) => (cell === 'keine Angabe' ? cell : 'Wert')) }).toEqual({
			texts: [`Landkreis Friesland Niedersachsen · ${slug(first)}`, `Kreis Unna Nordrhein-Westfalen · ${slug(second)}`],
			alerts: 0,
			progress: ['Wert', 'keine Angabe'],
		});
	});
});
