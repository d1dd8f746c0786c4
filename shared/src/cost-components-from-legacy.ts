import type { CostType } from './types';

/** The cost fields an annual goal had before cost components (until issue 20). */
export interface LegacyGoalCost {
	cost_type: string | null;
	cost_amount: number | string | null;
	cost_years: number | null;
	/** JSON list of funding shares; SQLite answers it as text. */
	cost_funding: { funder?: string | null; share_percent?: number | null }[] | string | null;
}

/** One annual_goal_costs row to write (without id and goal). */
export interface LegacyCostComponent {
	kind: CostType;
	amount: number | null;
	years: number | null;
	funder: string | null;
	share_percent: number | null;
	attribution: 'goal';
	approximate: false;
	sort: number;
}

const amountOf = (value: number | string | null) => (value === null || value === '' ? null : Number(value));

/**
 * The components the old cost fields of one goal become: "funded" with funders is the volume
 * (`total`, the amount) plus one `share` per funder; "funded" without funders is a `funding` sum;
 * every other kind one component of that kind with its amount and years. No cost type: none.
 * Nothing is made up: an amount or share the old fields lack stays null.
 */
export function costComponentsFromLegacy(goal: LegacyGoalCost): LegacyCostComponent[] {
	if (goal.cost_type === null || goal.cost_type === '') return [];
	const base = { years: null, funder: null, share_percent: null, attribution: 'goal', approximate: false } as const;
	const amount = amountOf(goal.cost_amount);
	if (goal.cost_type === 'funded') {
		const funding = (typeof goal.cost_funding === 'string' ? JSON.parse(goal.cost_funding) : goal.cost_funding) ?? [];
		const shares = (Array.isArray(funding) ? funding : []) as { funder?: string | null; share_percent?: number | null }[];
		if (shares.length === 0) return [{ ...base, kind: 'funding', amount, sort: 1 }];
		return [
			{ ...base, kind: 'total', amount, sort: 1 },
			...shares.map((share, index) => ({
				...base,
				kind: 'share' as const,
				amount: null,
				funder: share.funder ?? null,
				share_percent: share.share_percent === null || share.share_percent === undefined ? null : Number(share.share_percent),
				sort: index + 2,
			})),
		];
	}
	return [{ ...base, kind: goal.cost_type as CostType, amount, years: goal.cost_years ?? null, sort: 1 }];
}
