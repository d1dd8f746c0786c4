import { describe, expect, it } from 'vitest';
import { computeDistrictPriorities } from './compute-district-priorities';

const criteria = [
	{ id: 'impact', weight: 60 },
	{ id: 'effort', weight: 40 },
];
const levels = [
	{ id: 'high', points: 3 },
	{ id: 'low', points: 1 },
];

describe('computeDistrictPriorities', () => {
	it('scores every fully rated measure and ranks ties together', () => {
		const result = computeDistrictPriorities({
			measures: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			criteria,
			levels,
			ratings: [
				{ measure: 'a', criterion: 'impact', level: 'high' },
				{ measure: 'a', criterion: 'effort', level: 'low' },
				{ measure: 'b', criterion: 'impact', level: 'high' },
				{ measure: 'b', criterion: 'effort', level: 'low' },
				{ measure: 'c', criterion: 'impact', level: 'high' },
				{ measure: 'c', criterion: 'effort', level: 'high' },
			],
		});
		expect(Object.fromEntries(result)).toEqual({
			a: { score: 2.2, rank: 2 },
			b: { score: 2.2, rank: 2 },
			c: { score: 3, rank: 1 },
		});
	});

	it('leaves a measure with a missing rating without score and rank', () => {
		const result = computeDistrictPriorities({
			measures: [{ id: 'a' }, { id: 'b' }],
			criteria,
			levels,
			ratings: [
				{ measure: 'a', criterion: 'impact', level: 'low' },
				{ measure: 'a', criterion: 'effort', level: 'low' },
				{ measure: 'b', criterion: 'impact', level: 'high' },
			],
		});
		expect(Object.fromEntries(result)).toEqual({ a: { score: 1, rank: 1 }, b: { score: null, rank: null } });
	});

	it('gives no score at all in a district without criteria', () => {
		const result = computeDistrictPriorities({ measures: [{ id: 'a' }], criteria: [], levels: [], ratings: [] });
		expect(Object.fromEntries(result)).toEqual({ a: { score: null, rank: null } });
	});
});
