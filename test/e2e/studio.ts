/**
 * What an editor does in the Studio, as steps a browser test and the effort measurement share:
 * logging in, choosing a district in the workspace, editing a row of the Berichtsrunde.
 */
import type { Locator, Page } from 'playwright-core';

/** The Studio is a large single-page app; on a busy machine its first load takes a while. */
export const STUDIO_TIMEOUT = 90_000;

export async function loginToStudio(page: Page, url: string, email: string, password: string): Promise<void> {
	await page.goto(`${url}/admin/login`);
	await page.locator('input[type="email"]').fill(email, { timeout: STUDIO_TIMEOUT });
	await page.locator('input[type="password"]').fill(password, { timeout: STUDIO_TIMEOUT });
	await page.locator('input[type="password"]').press('Enter', { timeout: STUDIO_TIMEOUT });
	await page.waitForURL(/\/admin\/(?!login)/, { timeout: STUDIO_TIMEOUT });
}

/** Picks an entry of a Directus v-select by its visible text. */
export async function choose(page: Page, select: Locator, text: string): Promise<void> {
	await select.click();
	await page.locator('.v-menu-content .v-list-item', { hasText: text }).first().click();
}

export async function chooseDistrict(page: Page, name: string): Promise<void> {
	await choose(page, page.locator('.district-field .v-select'), name);
}

/** The Berichtsrunde's row of a measure, found by the measure's number. */
export function roundRow(page: Page, code: string): Locator {
	return page.locator(`.round-row[data-measure="${code}"]`);
}

export type RoundField = 'progress_current' | 'progress_target' | 'progress_text' | 'next_steps';

/** The input of one field in a row of the Berichtsrunde. */
export function rowField(row: Locator, field: RoundField): Locator {
	return row.locator(`.${field}-field`).locator(field === 'progress_text' || field === 'next_steps' ? 'textarea' : 'input');
}

/** Types into a row's field and waits until the workspace has saved it (or shown why not). */
export async function typeInRow(page: Page, row: Locator, field: RoundField, value: string): Promise<void> {
	const saved = page.waitForResponse((r) => r.url().includes('/items/measures/') && r.request().method() === 'PATCH');
	await rowField(row, field).fill(value);
	await saved;
}

/**
 * The Studio's scrolling content area (about 730 px wide at 1440 px, between the navigation and
 * the sidebar): how wide its content is and how wide it shows, and how far it is scrolled down.
 */
export async function contentArea(page: Page): Promise<{ scrollWidth: number; clientWidth: number; scrollTop: number }> {
	return page.locator('#main-content .scrolling-container').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollTop: el.scrollTop }));
}
