/**
 * End-to-end: the app read as a councillor reads it, where the documents differ in shape or are
 * silent. The comparison says why a district has "keine Angabe" and what it reports instead; the
 * measure list keeps a history section apart from the current measures; the theme bars carry
 * their values. Against the seeded test Directus (see test/setup/global-setup.ts).
 *
 * With SCREENSHOT_DIR set, it also saves the pages at 1440×900 (the district page at 390×844
 * too) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildAndServeApp, CHROMIUM_ARGS, CHROMIUM_PATH, type ServedApp } from '../../scripts/lib/serve-app';
import { seriousViolations } from './axe';

const SCREENSHOT_DIR = process.env['SCREENSHOT_DIR'] ?? null;

describe('the app where the documents differ in shape or are silent', () => {
	const directus = inject('directus');
	let browser: Browser;
	let app: ServedApp;
	let page: Page;

	beforeAll(async () => {
		app = await buildAndServeApp([directus.url]);
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		if (SCREENSHOT_DIR) mkdirSync(SCREENSHOT_DIR, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	async function open(path: string, ready: string): Promise<void> {
		await page.goto(app.url + path);
		await page.locator(ready).first().waitFor();
	}

	async function shoot(name: string): Promise<void> {
		if (!SCREENSHOT_DIR) return;
		await page.waitForLoadState('networkidle');
		await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
	}

	const clean = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

	it('says in the comparison what Paderborn and Unna report, and why their progress is "keine Angabe"', async () => {
		await open('/vergleich?kreise=friesland,paderborn,unna', 'section[aria-labelledby="overview-title"] tr.shape td');
		const overview = page.locator('section[aria-labelledby="overview-title"]');
		const shape = clean(await overview.locator('tr.shape td').allInnerTexts());
		const progress = overview.locator('tbody tr', { has: page.locator('th', { hasText: 'Mittlerer Fortschritt' }) });
		const why = clean(await progress.locator('td .why').allInnerTexts());
		await shoot('vergleich-1440');
		if (SCREENSHOT_DIR) await overview.screenshot({ path: join(SCREENSHOT_DIR, 'vergleich-ueberblick.png') });
		expect({ shape: shape.slice(1), why }).toEqual({
			shape: ['Kreis Paderborn berichtet Jahresziele, keine Maßnahmen', 'Kreis Unna berichtet nur Anzahlen je Projektfeld, keine einzelnen Maßnahmen'],
			why: ['Kreis Paderborn berichtet Jahresziele, keine Maßnahmen', 'Kreis Unna berichtet nur Anzahlen je Projektfeld, keine einzelnen Maßnahmen'],
		});
	});

	it('names Paderborn\'s annual goals per theme where measures are counted, instead of a row of "keine Angabe"', async () => {
		await open('/vergleich?kreise=paderborn,unna', 'table.by-theme tbody tr');
		const paderborn = page.locator('table.by-theme tbody tr td:nth-of-type(1)');
		const gaps = await paderborn.locator('.no-data').count();
		const insteads = clean(await paderborn.locator('.instead').allInnerTexts());
		await shoot('vergleich-paderborn-unna-1440');
		expect({ gaps: gaps > 0, everyGapExplained: insteads.length === gaps, goals: insteads.some((text) => /^\d+ Jahresziele?\b/.test(text)) }).toEqual({ gaps: true, everyGapExplained: true, goals: true });
	});

	it('labels the theme bars with their values', async () => {
		await open('/vergleich?kreise=friesland,rendsburg-eckernfoerde', 'section[aria-labelledby="compare-themes-title"] [data-chart-state="ready"]');
		const labels = clean(await page.locator('section[aria-labelledby="compare-themes-title"] .apexcharts-datalabels text').allTextContents()).filter(Boolean);
		const table = clean(await page.locator('table.by-theme tbody td').allInnerTexts()).filter((text) => /^\d+$/.test(text) && text !== '0');
		await shoot('vergleich-themen-1440');
		expect({ some: labels.length > 0, everyNonZeroCellLabelled: table.every((value) => labels.includes(value)) }).toEqual({ some: true, everyNonZeroCellLabelled: true });
	});

	it('keeps Friesland\'s earlier reports apart, so no number stands twice among the current measures', async () => {
		await open('/kreis/friesland', 'table.measures tbody tr');
		const current = clean(await page.locator('table.measures tbody tr td.num').allInnerTexts());
		const history = clean(await page.locator('table.measures-history tbody tr td.num').allInnerTexts());
		const heading = (await page.locator('#measures-history-title').innerText()).trim();
		await shoot('kreis-friesland-1440');
		expect({ duplicates: current.filter((code, i) => current.indexOf(code) !== i), history: history.length > 0, heading }).toEqual({
			duplicates: [],
			history: true,
			heading: 'Aus früheren Berichten (abgeschlossen oder beendet)',
		});
	});

	it('shows Paderborn\'s goals with their costs and without "mindestens" where the document has no direction; axe clean', async () => {
		await open('/kreis/paderborn', 'table.goals tbody tr');
		const costs = await page.locator('table.goals .cost-parts li').count();
		await shoot('kreis-paderborn-1440');
		if (SCREENSHOT_DIR) {
			await page.locator('section[aria-labelledby="key-figures-title"]').screenshot({ path: join(SCREENSHOT_DIR, 'paderborn-kennzahlen.png') });
			await page.locator('section[aria-labelledby="themes-title"]').screenshot({ path: join(SCREENSHOT_DIR, 'paderborn-themen.png') });
			await page.locator('section[aria-labelledby="goals-title"] table').screenshot({ path: join(SCREENSHOT_DIR, 'paderborn-ziele.png') });
		}
		expect({ costs: costs > 0, axe: await seriousViolations(page) }).toEqual({ costs: true, axe: [] });
	});

	it('lays out the district page and the measure dialog at 390 px without horizontal scrolling of the page; axe clean', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		try {
			await open('/kreis/friesland', 'table.measures tbody tr');
			// The outermost elements reaching past the viewport (tables scroll inside their own wrapper).
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const wide = Array.from(document.querySelectorAll('main *')).filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-wrap, .visually-hidden'));
				return wide.filter((el) => !wide.includes(el.parentElement!)).map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`);
			});
			await shoot('kreis-friesland-390');
			await page.locator('table.measures tbody tr th button').first().click();
			await page.locator('dialog.measure-dialog[open]').waitFor();
			await shoot('kreis-friesland-dialog-390');
			const axe = await seriousViolations(page);
			await page.getByRole('button', { name: 'Schließen' }).click();
			expect({ overflow, axe }).toEqual({ overflow: [], axe: [] });
		} finally {
			await page.setViewportSize({ width: 1440, height: 900 });
		}
	});

	it.runIf(SCREENSHOT_DIR)('shows no "undefined", "NaN" or "null" on the other pages taken for a look', async () => {
		const found: string[] = [];
		for (const [path, ready, name] of [
			['/', '.district-card', 'start-1440'],
			['/kreis/viersen', 'table.measures tbody tr', 'kreis-viersen-1440'],
			['/kreis/unna', 'section[aria-labelledby="fields-title"]', 'kreis-unna-1440'],
			['/kreis/rendsburg-eckernfoerde', 'table.measures tbody tr', 'kreis-rendsburg-1440'],
			['/vergleich?kreise=friesland,viersen,rendsburg-eckernfoerde,paderborn,unna', 'section[aria-labelledby="compare-themes-title"]', 'vergleich-alle-1440'],
			['/kreis/friesland/bericht', '.measure-section', 'bericht-friesland-1440'],
		] as const) {
			await open(path, ready);
			await shoot(name);
			const text = await page.locator('main').innerText();
			for (const word of ['undefined', 'NaN', 'null']) if (new RegExp(`\\b${word}\\b`).test(text)) found.push(`${path}: ${word}`);
		}
		expect(found).toEqual([]);
	});
});
