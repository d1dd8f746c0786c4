/**
 * End-to-end: in the Studio's Berichtsrunde the Sitzungsdienst fills a report's council paper
 * from the council information system (a local OParl server) and downloads the report as a
 * Word file. Screenshots for the README; the draft is removed afterwards.
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import mammoth from 'mammoth';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DirectusApi } from '../../scripts/lib/directus-api';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/serve-app';
import { asAdmin, asRedaktion } from '../support/api';
import { oparlServer } from '../support/oparl-server';
import { chooseDistrict, loginToStudio, STUDIO_TIMEOUT } from './studio';

const SHOTS = join(PROJECT_ROOT, 'docs/screenshots');

describe('the council paper in the Berichtsrunde', () => {
	const directus = inject('directus');
	const { port } = inject('oparl');
	const base = `http://127.0.0.1:${port}`;
	let server: Server;
	let browser: Browser;
	let page: Page;
	let admin: DirectusApi;
	let draft: { id: string };

	beforeAll(async () => {
		server = oparlServer(() => base);
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		admin = await asAdmin();
		draft = await (await asRedaktion()).post<{ id: string }>('/items/status_reports', { district: 'viersen', title: 'Sachstandsbericht Herbst 2022', report_date: '2022-09-30' });
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', acceptDownloads: true });
	}, STUDIO_TIMEOUT * 2);

	afterAll(async () => {
		await browser?.close();
		if (draft) await admin.delete(`/items/status_reports/${draft.id}`).catch(() => undefined);
		await new Promise((resolve) => server?.close(resolve));
	});

	it('refuses an address off the list, fills the paper from the OParl server and downloads the report as Word', async () => {
		await loginToStudio(page, directus.url, 'redaktion@example.com', 'redaktion');
		await page.goto(`${directus.url}/admin/cockpit-workspace/berichtsrunde`);
		await chooseDistrict(page, 'Kreis Viersen');
		const panel = page.getByTestId('report-paper');
		await panel.locator('.facts').waitFor({ timeout: STUDIO_TIMEOUT });
		const url = panel.locator('.url input');
		const fill = panel.getByRole('button', { name: 'Aus dem Ratsinformationssystem übernehmen' });

		await url.fill('http://ris.example.org/oparl/v1/paper/168');
		await fill.click();
		const refusal = await panel.locator('.v-notice').innerText({ timeout: 30_000 });
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-vorlage-abgelehnt.png') });

		await url.fill(`${base}/oparl/v1/paper/168`);
		await fill.click();
		await panel.locator('.v-notice', { hasText: 'Übernommen' }).waitFor({ timeout: 30_000 });
		const facts = (await panel.locator('.facts').innerText()).replace(/\s+/g, ' ').trim();
		await page.screenshot({ path: join(SHOTS, 'studio-berichtsrunde-vorlage.png') });

		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: 'Als Word-Dokument' }).click()]);
		const { value: text } = await mammoth.extractRawText({ path: (await download.path())! });
		expect({
			refusal: /nicht in der Liste der freigegebenen Ratsinformationssysteme/.test(refusal),
			facts,
			file: download.suggestedFilename(),
			word: [/Drucksache\s+168\/22/.test(text), /Kreisausschuss\s+07\.11\.2022/.test(text), text.includes('Kreis Viersen')],
		}).toEqual({
			refusal: true,
			facts: 'Drucksache: 168/22 Gremium: Kreistag Sitzung: 08.11.2022',
			file: 'Sachstandsbericht-viersen-2022-10-18.docx',
			word: [true, true, true],
		});
	});
});
