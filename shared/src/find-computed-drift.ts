import { computeAttainmentPercent } from './compute-attainment-percent';
import { computeDistrictPriorities, type Key } from './compute-district-priorities';
import { computeProgressPercent } from './compute-progress-percent';
import type { GoalDirection } from './types';

type Stored = number | null;

/**
 * One district as stored: the inputs of every computed value and the computed values the
 * tables hold now. Numbers are already numbers (or null); the reader normalises drivers.
 */
export interface StoredDistrict {
	measures: readonly {
		id: Key;
		progress_current: Stored;
		progress_target: Stored;
		priority_score: Stored;
		priority_rank: Stored;
		progress_percent: Stored;
	}[];
	criteria: readonly { id: Key; weight: number }[];
	levels: readonly { id: Key; points: number }[];
	ratings: readonly { measure: Key; criterion: Key; level: Key }[];
	annualGoals: readonly { id: Key; target_value: Stored; actual_value: Stored; direction: GoalDirection | null; attainment_percent: Stored }[];
	progressUpdates: readonly { id: Key; progress_value: Stored; progress_target: Stored; progress_percent: Stored }[];
}

export type ComputedCollection = 'measures' | 'annual_goals' | 'progress_updates';

/** A row whose stored computed values differ from their recomputation, with both. */
export interface ComputedDrift {
	collection: ComputedCollection;
	id: Key;
	/** The recomputed values of the fields that differ. */
	values: Record<string, Stored>;
	/** What the row holds now in those fields. */
	stored: Record<string, Stored>;
}

/**
 * Every computed value of a district that does not equal its recomputation from the stored
 * inputs. An empty list means the district is consistent; otherwise writing `values` repairs it.
 * The recompute after each edit, the integrity check and the tests all use this one function.
 */
export function findComputedDrift(district: StoredDistrict): ComputedDrift[] {
	const drift: ComputedDrift[] = [];
	const priorities = computeDistrictPriorities(district);
	for (const measure of district.measures) {
		const priority = priorities.get(String(measure.id));
		compare(drift, 'measures', measure, {
			priority_score: priority?.score ?? null,
			priority_rank: priority?.rank ?? null,
			progress_percent: computeProgressPercent(measure.progress_current, measure.progress_target),
		});
	}
	for (const goal of district.annualGoals) {
		compare(drift, 'annual_goals', goal, {
			attainment_percent: computeAttainmentPercent(goal.target_value, goal.actual_value, goal.direction),
		});
	}
	for (const update of district.progressUpdates) {
		compare(drift, 'progress_updates', update, {
			progress_percent: computeProgressPercent(update.progress_value, update.progress_target),
		});
	}
	return drift;
}

function compare(drift: ComputedDrift[], collection: ComputedCollection, row: { id: Key } & Record<string, unknown>, computed: Record<string, Stored>): void {
	const values: Record<string, Stored> = {};
	const stored: Record<string, Stored> = {};
	for (const [field, value] of Object.entries(computed)) {
		const current = row[field] as Stored;
		if (sameValue(current, value)) continue;
		values[field] = value;
		stored[field] = current;
	}
	if (Object.keys(values).length > 0) drift.push({ collection, id: row.id, values, stored });
}

/**
 * Scores are stored with four decimals (PostgreSQL `real` brings float noise back), percents
 * with two: a difference below that is the same value.
 */
function sameValue(a: Stored, b: Stored): boolean {
	if (a === null || b === null) return a === b;
	return Math.abs(a - b) < 1e-4;
}
