/** Accessibility checks of the browser tests: axe-core run in the page under test. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/directus-process';

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Serious and critical axe-core findings on the current page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js') });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
		return (await axe.run(document)).violations;
	});
	return violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
