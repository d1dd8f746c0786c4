import { describe, expect, it } from 'vitest';
import { computePriorityScore } from './compute-priority-score';

/**
 * Kreis Viersen, Digitalisierungsstrategie 2021: Innenwirkung 40 %, Außenwirkung 15 %,
 * Fallzahlen 5 %, Aufwand 20 %, Umsetzungsdauer 20 %. Points: hoch 3 / mittel 2 / niedrig 1,
 * for Aufwand niedrig 3 / mittel 2 / hoch 1, for Umsetzungsdauer kurz 3 / mittel 2 / lang 1.
 */
const viersenCriteria = [
	{ id: 'innen', weight: 40 },
	{ id: 'aussen', weight: 15 },
	{ id: 'fallzahlen', weight: 5 },
	{ id: 'aufwand', weight: 20 },
	{ id: 'dauer', weight: 20 },
];

function viersenRatings(points: readonly [number, number, number, number, number]) {
	return viersenCriteria.map((criterion, index) => ({ criterion: criterion.id, points: points[index] ?? 0 }));
}

describe('computePriorityScore', () => {
	it('reproduces the "Gesamt" column of the Viersen prioritisation table', () => {
		expect({
			// 44 Work Space: hoch, mittel, hoch, niedrig, kurz
			workSpace: computePriorityScore(viersenCriteria, viersenRatings([3, 2, 3, 3, 3])),
			// 12 Digitallotsen: hoch, mittel, hoch, mittel, kurz
			digitallotsen: computePriorityScore(viersenCriteria, viersenRatings([3, 2, 3, 2, 3])),
			// 10 Mitarbeiter des Monats: mittel, niedrig, niedrig, niedrig, kurz
			mitarbeiterDesMonats: computePriorityScore(viersenCriteria, viersenRatings([2, 1, 1, 3, 3])),
			// 27 Schnittstellen: hoch, hoch, mittel, hoch, lang
			schnittstellen: computePriorityScore(viersenCriteria, viersenRatings([3, 3, 2, 1, 1])),
			// 39 Monitoring: mittel, niedrig, mittel, hoch, lang
			monitoring: computePriorityScore(viersenCriteria, viersenRatings([2, 1, 2, 1, 1])),
			// 30 Zuzug-Service: niedrig, mittel, mittel, hoch, lang
			zuzugService: computePriorityScore(viersenCriteria, viersenRatings([1, 2, 2, 1, 1])),
		}).toEqual({
			workSpace: 2.85,
			digitallotsen: 2.65,
			mitarbeiterDesMonats: 2.2,
			schnittstellen: 2.15,
			monitoring: 1.45,
			zuzugService: 1.2,
		});
	});

	it('gives the same exact score when the weights are written as fractions', () => {
		expect(
			computePriorityScore(
				[
					{ id: 1, weight: 0.4 },
					{ id: 2, weight: 0.15 },
					{ id: 3, weight: 0.05 },
					{ id: 4, weight: 0.2 },
					{ id: 5, weight: 0.2 },
				],
				[
					{ criterion: 1, points: 3 },
					{ criterion: 2, points: 2 },
					{ criterion: 3, points: 3 },
					{ criterion: 4, points: 3 },
					{ criterion: 5, points: 3 },
				],
			),
		).toBe(2.85);
	});

	it('divides by the sum of the weights, so weights need not add up to 100', () => {
		expect(
			computePriorityScore(
				[
					{ id: 'a', weight: 1 },
					{ id: 'b', weight: 2 },
				],
				[
					{ criterion: 'a', points: 3 },
					{ criterion: 'b', points: 0 },
				],
			),
		).toBe(1);
	});

	it('rounds to four decimals', () => {
		expect(
			computePriorityScore(
				[
					{ id: 'a', weight: 1 },
					{ id: 'b', weight: 1 },
					{ id: 'c', weight: 1 },
				],
				[
					{ criterion: 'a', points: 1 },
					{ criterion: 'b', points: 0 },
					{ criterion: 'c', points: 0 },
				],
			),
		).toBe(0.3333);
	});

	it('is null while any criterion is unrated', () => {
		expect(
			computePriorityScore(viersenCriteria, [
				{ criterion: 'innen', points: 3 },
				{ criterion: 'aussen', points: 2 },
				{ criterion: 'fallzahlen', points: 3 },
				{ criterion: 'aufwand', points: 3 },
			]),
		).toBeNull();
	});

	it('is null when the district has no criteria', () => {
		expect(computePriorityScore([], [{ criterion: 'innen', points: 3 }])).toBeNull();
	});

	it('ignores a rating for a criterion that is not in the list', () => {
		expect(
			computePriorityScore(
				[{ id: 'innen', weight: 40 }],
				[
					{ criterion: 'innen', points: 2 },
					{ criterion: 'removed', points: 3 },
				],
			),
		).toBe(2);
	});

	it('matches a rating to its criterion when one id is a string and the other a number', () => {
		expect(
			computePriorityScore(
				[
					{ id: 7, weight: 1 },
					{ id: '8', weight: 1 },
				],
				[
					{ criterion: '7', points: 3 },
					{ criterion: 8, points: 1 },
				],
			),
		).toBe(2);
	});

	it('is null rather than NaN when the weights sum to zero', () => {
		expect(computePriorityScore([{ id: 'a', weight: 0 }], [{ criterion: 'a', points: 3 }])).toBeNull();
	});
});
