import { describe, expect, it } from 'vitest';
import type { CostComponentView } from './dashboard-types';
import { formatCostComponent } from './format-cost-component';

const component = (overrides: Partial<CostComponentView>): CostComponentView => ({
	kind: 'one_off',
	amount: null,
	approximate: false,
	years: null,
	year: null,
	funder: null,
	share_percent: null,
	attribution: 'goal',
	note: null,
	...overrides,
});

describe('formatCostComponent', () => {
	it('names the kind before the amount, with "ca." where the document says so', () => {
		expect([
			formatCostComponent(component({ kind: 'one_off', amount: 20000, approximate: true })),
			formatCostComponent(component({ kind: 'per_year', amount: 6000 })),
			formatCostComponent(component({ kind: 'total', amount: 71600000 })),
			formatCostComponent(component({ kind: 'funding', amount: 430000, approximate: true })),
		]).toEqual(['einmalig ca. 20.000 €', 'pro Jahr 6.000 €', 'Gesamtvolumen 71.600.000 €', 'Fördersumme ca. 430.000 €']);
	});

	it('gives a sum over years with its number of years, or says it is several', () => {
		expect([formatCostComponent(component({ kind: 'over_years', amount: 150000, years: 4 })), formatCostComponent(component({ kind: 'over_years', amount: 1000, years: 1 })), formatCostComponent(component({ kind: 'over_years', amount: 5000 }))]).toEqual([
			'über 4 Jahre insgesamt 150.000 €',
			'über 1 Jahr insgesamt 1.000 €',
			'über mehrere Jahre insgesamt 5.000 €',
		]);
	});

	it('says an amount is not stated instead of printing 0 €', () => {
		expect([formatCostComponent(component({ kind: 'one_off' })), formatCostComponent(component({ kind: 'over_years', years: 3 }))]).toEqual(['einmalig, Betrag nicht angegeben', 'über 3 Jahre insgesamt Betrag nicht angegeben']);
	});

	it('words "no extra cost" and "not yet calculable" without an amount', () => {
		expect([formatCostComponent(component({ kind: 'none' })), formatCostComponent(component({ kind: 'not_calculable' }))]).toEqual(['keine Extrakosten', 'noch nicht kalkulierbar']);
	});

	it('gives a share with its funder, and says which of the two the document leaves out', () => {
		expect([
			formatCostComponent(component({ kind: 'share', funder: 'Bund', share_percent: 50 })),
			formatCostComponent(component({ kind: 'share', share_percent: 80 })),
			formatCostComponent(component({ kind: 'share', funder: 'Land' })),
			formatCostComponent(component({ kind: 'share', funder: 'Bund', share_percent: 50, amount: 1000, approximate: true })),
		]).toEqual(['Anteil Bund 50 %', 'Anteil 80 % (Träger nicht angegeben)', 'Anteil Land (Höhe nicht angegeben)', 'Anteil Bund 50 % (ca. 1.000 €)']);
	});

	it('adds the budget year, the document’s words and how much of it belongs to the goal', () => {
		expect([
			formatCostComponent(component({ kind: 'one_off', amount: 13000, year: 2024 })),
			formatCostComponent(component({ kind: 'one_off', amount: 27000, approximate: true, note: 'Pilotumgebung' })),
			formatCostComponent(component({ kind: 'funding', amount: 430000, approximate: true, attribution: 'partial' })),
			formatCostComponent(component({ kind: 'total', amount: 582000, attribution: 'not_attributable' })),
		]).toEqual([
			'einmalig 13.000 € für 2024',
			'einmalig ca. 27.000 € (Pilotumgebung)',
			'Fördersumme ca. 430.000 € – zum Teil für dieses Ziel',
			'Gesamtvolumen 582.000 € – Betrag des Gesamtvorhabens, für dieses Ziel nicht ausweisbar',
		]);
	});
});
