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
	return page.locator('.round-table tbody tr', { has: page.locator(`[data-measure="${code}"]`) });
}

/** Types into a row's field and waits until the workspace has saved it (or shown why not). */
export async function typeInRow(page: Page, row: Locator, field: 'progress' | 'progress_text' | 'next_steps', value: string): Promise<void> {
	const input = field === 'progress' ? row.locator('.progress-input input') : row.locator(`td`).nth(field === 'progress_text' ? 4 : 5).locator('textarea');
	const saved = page.waitForResponse((r) => r.url().includes('/items/measures/') && r.request().method() === 'PATCH');
	await input.fill(value);
	await saved;
}
