import { roundTo } from './round-to';

/**
 * Standard competition ranking ("1224"): the highest score ranks 1, equal scores share a
 * rank and the next rank skips as many places as were shared. An item without a score
 * has no rank.
 *
 * Scores are compared at the four decimals they are stored with, so that 2.8499999999
 * and 2.85 from two ways of summing tie instead of splitting.
 */
export function computeCompetitionRanks<K>(items: readonly { id: K; score: number | null }[]): Map<K, number | null> {
	const scoresHighestFirst = items
		.flatMap((item) => (item.score === null ? [] : [roundTo(item.score, 4)]))
		.sort((a, b) => b - a);

	// The first position of a score in the sorted list is its rank minus one.
	const rankOfScore = new Map<number, number>();
	scoresHighestFirst.forEach((score, index) => {
		if (!rankOfScore.has(score)) rankOfScore.set(score, index + 1);
	});

	return new Map(
		items.map((item) => [item.id, item.score === null ? null : (rankOfScore.get(roundTo(item.score, 4)) ?? null)]),
	);
}
