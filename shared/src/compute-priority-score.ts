import { roundTo } from './round-to';

/**
 * Weighted mean of the rated points over all criteria of a district:
 * Σ(weight × points) / Σ(weight).
 *
 * Null while any criterion is unrated: a score over only some criteria would rank a
 * half-rated measure against fully rated ones as if they were comparable.
 */
export function computePriorityScore(
	criteria: readonly { id: string | number; weight: number }[],
	ratings: readonly { criterion: string | number; points: number }[],
): number | null {
	if (criteria.length === 0) return null;

	let weightedPoints = 0;
	let totalWeight = 0;
	for (const criterion of criteria) {
		// Ids are compared as strings because a database may hand back a foreign key as a
		// string (PostgreSQL bigint) while the referenced primary key arrives as a number.
		const rating = ratings.find((r) => String(r.criterion) === String(criterion.id));
		if (rating === undefined) return null;
		weightedPoints += criterion.weight * rating.points;
		totalWeight += criterion.weight;
	}

	// Weights are validated to be > 0; this only keeps bad data from turning into NaN.
	if (totalWeight <= 0) return null;
	return roundTo(weightedPoints / totalWeight, 4);
}
