import { describe, expect, it } from 'vitest';
import { findComputedDrift, type StoredDistrict } from './find-computed-drift';

const consistent: StoredDistrict = {
	measures: [
		{ id: 'a', progress_current: 3, progress_target: 8, priority_score: 3, priority_rank: 1, progress_percent: 37.5 },
		{ id: 'b', progress_current: null, progress_target: 10, priority_score: 1, priority_rank: 2, progress_percent: null },
	],
	criteria: [{ id: 'nutzen', weight: 40 }],
	levels: [
		{ id: 'hoch', points: 3 },
		{ id: 'niedrig', points: 1 },
	],
	ratings: [
		{ measure: 'a', criterion: 'nutzen', level: 'hoch' },
		{ measure: 'b', criterion: 'nutzen', level: 'niedrig' },
	],
	annualGoals: [{ id: 1, target_value: 0.8, actual_value: 1, direction: 'at_most', attainment_percent: 80 }],
	progressUpdates: [{ id: 7, progress_value: 5, progress_target: 10, progress_percent: 50 }],
};

describe('findComputedDrift', () => {
	it('finds nothing in a district whose computed values match their inputs', () => {
		expect(findComputedDrift(consistent)).toEqual([]);
	});

	it('reports a stale ranking after a rating changed, for every measure it moves', () => {
		const ratings = [
			{ measure: 'a', criterion: 'nutzen', level: 'niedrig' },
			{ measure: 'b', criterion: 'nutzen', level: 'hoch' },
		];
		expect(findComputedDrift({ ...consistent, ratings })).toEqual([
			{ collection: 'measures', id: 'a', values: { priority_score: 1, priority_rank: 2 }, stored: { priority_score: 3, priority_rank: 1 } },
			{ collection: 'measures', id: 'b', values: { priority_score: 3, priority_rank: 1 }, stored: { priority_score: 1, priority_rank: 2 } },
		]);
	});

	it('reports progress and attainment percents that do not match value and target', () => {
		const district: StoredDistrict = {
			...consistent,
			measures: [{ ...consistent.measures[0]!, progress_target: 10 }, consistent.measures[1]!],
			annualGoals: [{ ...consistent.annualGoals[0]!, attainment_percent: 100 }],
			progressUpdates: [{ ...consistent.progressUpdates[0]!, progress_percent: null }],
		};
		expect(findComputedDrift(district)).toEqual([
			{ collection: 'measures', id: 'a', values: { progress_percent: 30 }, stored: { progress_percent: 37.5 } },
			{ collection: 'annual_goals', id: 1, values: { attainment_percent: 80 }, stored: { attainment_percent: 100 } },
			{ collection: 'progress_updates', id: 7, values: { progress_percent: 50 }, stored: { progress_percent: null } },
		]);
	});

	it('takes float noise from a real column as the same value', () => {
		const measures = [{ ...consistent.measures[0]!, progress_percent: 37.49999809 }, consistent.measures[1]!];
		expect(findComputedDrift({ ...consistent, measures })).toEqual([]);
	});

	it('clears score and rank once a criterion is added that nobody rated yet', () => {
		const criteria = [...consistent.criteria, { id: 'aufwand', weight: 20 }];
		expect(findComputedDrift({ ...consistent, criteria }).map((d) => [d.id, d.values])).toEqual([
			['a', { priority_score: null, priority_rank: null }],
			['b', { priority_score: null, priority_rank: null }],
		]);
	});

	it('clears the attainment of a goal whose direction the document does not state', () => {
		const annualGoals = [{ id: 2, target_value: 10, actual_value: 5, direction: null, attainment_percent: 50 }];
		expect(findComputedDrift({ ...consistent, annualGoals })).toEqual([
			{ collection: 'annual_goals', id: 2, values: { attainment_percent: null }, stored: { attainment_percent: 50 } },
		]);
	});
});
