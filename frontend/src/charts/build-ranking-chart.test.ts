import { describe, expect, it } from 'vitest';
import { measure } from '@cockpit/shared/testing';
import { buildPriorityClassChart, buildRankingChart, rankedMeasures } from './build-ranking-chart';

const measures = [
	measure({ code: '3', title: 'Workshops', priority_score: 1.8, priority_rank: 30 }),
	measure({ code: '44', title: 'Work Space', priority_score: 2.85, priority_rank: 1 }),
	measure({ code: '2', title: 'Kollaborationsplattform', priority_score: 2.2, priority_rank: 12 }),
	measure({ code: '5', title: 'Unbewertet', priority_score: null, priority_rank: null }),
	measure({ code: '8', title: 'Gleichstand', priority_score: 2.2, priority_rank: 12 }),
];

describe('buildRankingChart', () => {
	it('sorts by rank with ties by number, and leaves unscored measures out', () => {
		expect(rankedMeasures(measures).map((m) => m.title)).toEqual(['Work Space', 'Kollaborationsplattform', 'Gleichstand', 'Workshops']);
	});

	it('labels bars with rank and title, scales to the next whole point and honours the limit', () => {
		const options = buildRankingChart(measures, 2)!;
		expect({ series: options.series, categories: options.xaxis?.categories, max: options.xaxis?.max }).toEqual({
			series: [{ name: 'Prioritätswert', data: [2.85, 2.2] }],
			categories: ['1. Work Space', '12. Kollaborationsplattform'],
			max: 3,
		});
	});

	it('draws nothing when no measure is scored', () => {
		expect(buildRankingChart([measure({})])).toBeNull();
	});
});

describe('buildPriorityClassChart', () => {
	it('counts measures per class from 1+ to 4', () => {
		const options = buildPriorityClassChart({ '1+': 3, '1': 3, '2': 3, '3': 5, '4': 6 })!;
		expect({ series: options.series, categories: options.xaxis?.categories }).toEqual({
			series: [{ name: 'Anzahl', data: [3, 3, 3, 5, 6] }],
			categories: ['1+', '1', '2', '3', '4'],
		});
	});

	it('draws nothing for a district without classes', () => {
		expect(buildPriorityClassChart(null)).toBeNull();
	});
});
