import { describe, expect, it } from 'vitest';
import { describeGoalCost } from './goal-cost';

const cost = (overrides: Partial<Parameters<typeof describeGoalCost>[0]>) => ({ type: null, amount: null, years: null, funding: [], note: null, ...overrides });

describe('describeGoalCost', () => {
	it('never shows a cost that cannot be computed yet as 0 €', () => {
		expect(describeGoalCost(cost({ type: 'not_calculable', amount: 0 }))).toEqual({ kind: 'Noch nicht kalkulierbar', amount: null, funding: null });
	});

	it('names every cost kind in German with its amount', () => {
		expect([
			describeGoalCost(cost({ type: 'one_off', amount: 20000 })),
			describeGoalCost(cost({ type: 'per_year', amount: 25000 })),
			describeGoalCost(cost({ type: 'over_years', amount: 150000, years: 4 })),
			describeGoalCost(cost({ type: 'funded', amount: 71600000, funding: [{ funder: 'Bund', share_percent: 50 }, { funder: 'Land', share_percent: 40 }] })),
			describeGoalCost(cost({ type: 'none' })),
		]).toEqual([
			{ kind: 'Einmalig', amount: '20.000 €', funding: null },
			{ kind: 'Pro Jahr', amount: '25.000 € pro Jahr', funding: null },
			{ kind: 'Über mehrere Jahre', amount: '150.000 € über 4 Jahre', funding: null },
			{ kind: 'Gefördert (Finanzierungsanteile)', amount: '71.600.000 €', funding: 'Bund 50 %, Land 40 %' },
			{ kind: 'Keine Extrakosten', amount: null, funding: null },
		]);
	});

	it('says "keine Angabe" for a missing kind or amount', () => {
		expect([describeGoalCost(cost({})), describeGoalCost(cost({ type: 'one_off' }))]).toEqual([
			{ kind: 'keine Angabe', amount: null, funding: null },
			{ kind: 'Einmalig', amount: 'Betrag: keine Angabe', funding: null },
		]);
	});
});
