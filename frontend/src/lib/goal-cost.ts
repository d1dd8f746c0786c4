import { COST_TYPE_LABELS, type AnnualGoalView, type CostType } from '@cockpit/shared';
import { de } from '../i18n/de';
import { fill, formatEuro, formatNumber } from './format';

export interface CostDescription {
	/** The cost kind in German ("Einmalig", "Noch nicht kalkulierbar", …). */
	kind: string;
	/** The amount as the kind states it, or null where there is no amount to show. */
	amount: string | null;
	/** Funding shares, "Bund 50 %, Land 40 %". */
	funding: string | null;
}

/**
 * The cost of an annual goal in words. A cost that cannot be computed yet, or a missing amount,
 * is said so: it never becomes "0 €", which would read as "free".
 */
export function describeGoalCost(cost: AnnualGoalView['cost']): CostDescription {
	const type: CostType | null = cost.type;
	if (type === null) return { kind: de.common.noData, amount: null, funding: null };
	if (type === 'none' || type === 'not_calculable') return { kind: COST_TYPE_LABELS[type], amount: null, funding: null };

	const funding = cost.funding.length
		? cost.funding.map((share) => fill(de.cost.fundingShare, { funder: share.funder, share: `${formatNumber(share.share_percent)} %` })).join(', ')
		: null;
	if (cost.amount === null) return { kind: COST_TYPE_LABELS[type], amount: de.cost.amountUnknown, funding };

	const euros = formatEuro(cost.amount);
	const amount =
		type === 'per_year'
			? fill(de.cost.perYear, { amount: euros })
			: type === 'over_years' && cost.years !== null
				? fill(de.cost.overYears, { amount: euros, years: formatNumber(cost.years) })
				: euros;
	return { kind: COST_TYPE_LABELS[type], amount, funding };
}
