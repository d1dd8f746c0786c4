import type { CostComponentView } from './dashboard-types';
import { formatApproximate } from './format-approximate';
import { formatGermanNumber } from './format-german-number';
import type { CostType } from './types';

/** The words before an amount, per kind of cost ("einmalig 150 €", "pro Jahr 6.000 €"). */
const LEADS: Record<Exclude<CostType, 'over_years' | 'share' | 'none' | 'not_calculable'>, string> = {
	one_off: 'einmalig',
	per_year: 'pro Jahr',
	total: 'Gesamtvolumen',
	funding: 'Fördersumme',
};

export const COST_COMPONENT_TEXTS = {
	none: 'keine Extrakosten',
	notCalculable: 'noch nicht kalkulierbar',
	amountNotStated: 'Betrag nicht angegeben',
	share: 'Anteil',
	funderNotStated: 'Träger nicht angegeben',
	shareNotStated: 'Höhe nicht angegeben',
	overYears: (years: number | null) => (years === null ? 'über mehrere Jahre insgesamt' : `über ${formatGermanNumber(years)} ${years === 1 ? 'Jahr' : 'Jahre'} insgesamt`),
	forYear: (year: number) => `für ${year}`,
	partial: 'zum Teil für dieses Ziel',
	notAttributable: 'Betrag des Gesamtvorhabens, für dieses Ziel nicht ausweisbar',
} as const;

/**
 * One cost component of an annual goal in words, as the app, the print view and the Word export
 * print it: "einmalig ca. 20.000 €", "pro Jahr 6.000 €", "über 4 Jahre insgesamt 150.000 €",
 * "Anteil Bund 50 %", "Fördersumme ca. 430.000 € – zum Teil für dieses Ziel". An amount the
 * document does not name says so; it never becomes "0 €", which would read as "free".
 */
export function formatCostComponent(component: CostComponentView): string {
	const euros = component.amount === null ? null : formatApproximate(component.amount, component.approximate, '€');
	let text: string;
	switch (component.kind) {
		case 'none':
			text = COST_COMPONENT_TEXTS.none;
			break;
		case 'not_calculable':
			text = COST_COMPONENT_TEXTS.notCalculable;
			break;
		case 'share': {
			const share = component.share_percent === null ? null : `${formatGermanNumber(component.share_percent)} %`;
			const missing = [component.funder === null && COST_COMPONENT_TEXTS.funderNotStated, share === null && COST_COMPONENT_TEXTS.shareNotStated, euros].filter(Boolean);
			text = [COST_COMPONENT_TEXTS.share, component.funder, share].filter(Boolean).join(' ') + (missing.length > 0 ? ` (${missing.join(', ')})` : '');
			break;
		}
		case 'over_years':
			text = `${COST_COMPONENT_TEXTS.overYears(component.years)} ${euros ?? COST_COMPONENT_TEXTS.amountNotStated}`;
			break;
		default:
			text = euros === null ? `${LEADS[component.kind]}, ${COST_COMPONENT_TEXTS.amountNotStated}` : `${LEADS[component.kind]} ${euros}`;
	}
	if (component.year !== null) text += ` ${COST_COMPONENT_TEXTS.forYear(component.year)}`;
	if (component.note) text += ` (${component.note})`;
	if (component.attribution === 'partial') text += ` – ${COST_COMPONENT_TEXTS.partial}`;
	if (component.attribution === 'not_attributable') text += ` – ${COST_COMPONENT_TEXTS.notAttributable}`;
	return text;
}
