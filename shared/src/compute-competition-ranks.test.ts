import { describe, expect, it } from 'vitest';
import { computeCompetitionRanks } from './compute-competition-ranks';

describe('computeCompetitionRanks', () => {
	it('ranks the highest score first', () => {
		expect(
			computeCompetitionRanks([
				{ id: 'a', score: 1.2 },
				{ id: 'b', score: 2.85 },
				{ id: 'c', score: 2.1 },
			]),
		).toEqual(
			new Map([
				['a', 3],
				['b', 1],
				['c', 2],
			]),
		);
	});

	it('gives tied scores the same rank and skips the places they share', () => {
		expect(
			computeCompetitionRanks([
				{ id: 44, score: 2.85 },
				{ id: 12, score: 2.65 },
				{ id: 46, score: 2.65 },
				{ id: 34, score: 2.5 },
				{ id: 43, score: 2.45 },
				{ id: 1, score: 2.45 },
				{ id: 9, score: 2.45 },
				{ id: 15, score: 2.4 },
			]),
		).toEqual(
			new Map([
				[44, 1],
				[12, 2],
				[46, 2],
				[34, 4],
				[43, 5],
				[1, 5],
				[9, 5],
				[15, 8],
			]),
		);
	});

	it('treats scores that differ only by floating noise as a tie', () => {
		expect(
			computeCompetitionRanks([
				{ id: 'a', score: 0.1 + 0.2 },
				{ id: 'b', score: 0.3 },
				{ id: 'c', score: 0.29 },
			]),
		).toEqual(
			new Map([
				['a', 1],
				['b', 1],
				['c', 3],
			]),
		);
	});

	it('gives an item without a score no rank and leaves it out of the counting', () => {
		expect(
			computeCompetitionRanks([
				{ id: 'a', score: null },
				{ id: 'b', score: 1.5 },
				{ id: 'c', score: 2 },
			]),
		).toEqual(
			new Map([
				['a', null],
				['b', 2],
				['c', 1],
			]),
		);
	});

	it('ranks zero and negative scores like any other score', () => {
		expect(
			computeCompetitionRanks([
				{ id: 'a', score: 0 },
				{ id: 'b', score: -1 },
			]),
		).toEqual(
			new Map([
				['a', 1],
				['b', 2],
			]),
		);
	});

	it('returns an empty map for no items', () => {
		expect(computeCompetitionRanks([])).toEqual(new Map());
	});
});
