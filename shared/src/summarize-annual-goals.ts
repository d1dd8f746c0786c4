import { attainmentLight, type AttainmentLight } from './attainment-light';
import { roundTo } from './round-to';

export interface AnnualGoalSummary {
	total: number;
	withAttainment: number;
	/** Mean over the goals whose attainment is known, two decimals; null when none is. */
	meanAttainment: number | null;
	/** Every light is present, with 0 where no goal has it. */
	lights: Record<AttainmentLight, number>;
}

export function summarizeAnnualGoals(goals: readonly { attainment_percent: number | null }[]): AnnualGoalSummary {
	const lights: Record<AttainmentLight, number> = { green: 0, yellow: 0, red: 0, unknown: 0 };
	for (const goal of goals) lights[attainmentLight(goal.attainment_percent)] += 1;

	// A goal without an attainment is unknown, not missed, so it stays out of the mean.
	const known = goals.flatMap((g) => (g.attainment_percent === null ? [] : [g.attainment_percent]));
	const sum = known.reduce((total, value) => total + value, 0);

	return {
		total: goals.length,
		withAttainment: known.length,
		meanAttainment: known.length === 0 ? null : roundTo(sum / known.length, 2),
		lights,
	};
}
