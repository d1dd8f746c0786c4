import { describe, expect, it } from 'vitest';
import { costComponentsFromLegacy } from './cost-components-from-legacy';

const base = { years: null, funder: null, share_percent: null, attribution: 'goal', approximate: false };

describe('costComponentsFromLegacy', () => {
	it('turns a funded goal with funders into its volume and one share per funder', () => {
		expect(
			costComponentsFromLegacy({
				cost_type: 'funded',
				cost_amount: '71600000.00',
				cost_years: null,
				cost_funding: '[{"funder":"Bund","share_percent":50},{"funder":"Land","share_percent":40}]',
			}),
		).toEqual([
			{ ...base, kind: 'total', amount: 71_600_000, sort: 1 },
			{ ...base, kind: 'share', amount: null, funder: 'Bund', share_percent: 50, sort: 2 },
			{ ...base, kind: 'share', amount: null, funder: 'Land', share_percent: 40, sort: 3 },
		]);
	});

	it('turns a funded goal without funders into a funding sum, and every other kind into one component', () => {
		expect([
			costComponentsFromLegacy({ cost_type: 'funded', cost_amount: 20000, cost_years: null, cost_funding: [] }),
			costComponentsFromLegacy({ cost_type: 'over_years', cost_amount: 30000, cost_years: 3, cost_funding: null }),
			costComponentsFromLegacy({ cost_type: 'not_calculable', cost_amount: null, cost_years: null, cost_funding: null }),
			costComponentsFromLegacy({ cost_type: null, cost_amount: null, cost_years: null, cost_funding: null }),
		]).toEqual([
			[{ ...base, kind: 'funding', amount: 20000, sort: 1 }],
			[{ ...base, kind: 'over_years', amount: 30000, years: 3, sort: 1 }],
			[{ ...base, kind: 'not_calculable', amount: null, sort: 1 }],
			[],
		]);
	});
});
