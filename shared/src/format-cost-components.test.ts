import { describe, expect, it } from 'vitest';
import type { CostComponentView } from './dashboard-types';
import { formatCostComponents } from './format-cost-components';

const base: CostComponentView = { kind: 'one_off', amount: null, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null };

describe('formatCostComponents', () => {
	it('joins the components in their order with semicolons', () => {
		expect(formatCostComponents([{ ...base, kind: 'one_off', amount: 150 }, { ...base, kind: 'per_year', amount: 6000 }])).toBe('einmalig 150 €; pro Jahr 6.000 €');
	});

	it('answers null when the document says nothing on cost', () => {
		expect(formatCostComponents([])).toBeNull();
	});
});
