import { computeCompetitionRanks } from './compute-competition-ranks';
import { computePriorityScore } from './compute-priority-score';
import { groupBy } from './group-by';

export type Key = string | number;

/** Everything a district's priorities depend on. */
export interface PriorityState {
	measures: readonly { id: Key }[];
	criteria: readonly { id: Key; weight: number }[];
	levels: readonly { id: Key; points: number }[];
	ratings: readonly { measure: Key; criterion: Key; level: Key }[];
}

export interface MeasurePriority {
	score: number | null;
	rank: number | null;
}

/**
 * Score and rank of every measure of one district, computed together: a change to one
 * rating can move the rank of every other measure.
 */
export function computeDistrictPriorities(state: PriorityState): Map<string, MeasurePriority> {
	const pointsOfLevel = new Map(state.levels.map((level) => [String(level.id), level.points]));
	const ratingsOfMeasure = groupBy(state.ratings, (rating) => String(rating.measure));

	const scores = state.measures.map((measure) => {
		const ratings = (ratingsOfMeasure.get(String(measure.id)) ?? []).flatMap((rating) => {
			const points = pointsOfLevel.get(String(rating.level));
			return points === undefined ? [] : [{ criterion: rating.criterion, points }];
		});
		return { id: String(measure.id), score: computePriorityScore(state.criteria, ratings) };
	});

	const ranks = computeCompetitionRanks(scores);
	return new Map(scores.map(({ id, score }) => [id, { score, rank: ranks.get(id) ?? null }]));
}
