import { describe, expect, it } from 'vitest';
import { historicalIds, otherCodeTexts, splitHistory, successionTexts } from './measure-links';

describe('measure links', () => {
	it('names successors by number and marks a predecessor that is history', () => {
		const historical = historicalIds([
			{ id: 'old-15', historical: true },
			{ id: 'new-15', historical: false },
		]);
		expect([
			successionTexts(
				{
					predecessors: [],
					successors: ['13', '14', '15'].map((code) => ({ id: `new-${code}`, code, title: `Maßnahme ${code}`, note: null })),
				},
				historical,
			),
			successionTexts({ predecessors: [{ id: 'old-15', code: '15', title: 'Alte 15', note: null }], successors: [] }, historical),
		]).toEqual([['Fortgeführt in: 13, 14, 15'], ['Geht hervor aus: 15 (früherer Bericht)']]);
	});

	it('names a linked measure without number by its title, and nothing for a measure without links', () => {
		expect([
			successionTexts({ predecessors: [{ id: 'x', code: null, title: 'E-Akte', note: null }], successors: [] }, new Set()),
			successionTexts({ predecessors: [], successors: [] }, new Set()),
		]).toEqual([['Geht hervor aus: „E-Akte“'], []]);
	});

	it('writes the other numbers a document uses for a measure', () => {
		expect(otherCodeTexts([{ code: '13', source: 'Kapitel 7.1 (Maßnahmenübersicht)' }])).toEqual(['In Kapitel 7.1 (Maßnahmenübersicht): Nr. 13']);
	});

	it('keeps history entries apart from the current measures, in their order', () => {
		const measures = [
			{ id: 'a', historical: false },
			{ id: 'b', historical: true },
			{ id: 'c', historical: false },
		];
		expect(splitHistory(measures)).toEqual({ current: [measures[0], measures[2]], history: [measures[1]] });
	});
});
