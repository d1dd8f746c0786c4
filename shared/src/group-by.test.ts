import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
	it('groups items by key in the order the keys first appear', () => {
		expect(
			groupBy(
				[
					{ code: '44', field: 'Ausstattung' },
					{ code: '12', field: 'Qualifikation' },
					{ code: '46', field: 'Ausstattung' },
					{ code: '1', field: 'Kommunikation' },
				],
				(measure) => measure.field,
			),
		).toEqual(
			new Map([
				[
					'Ausstattung',
					[
						{ code: '44', field: 'Ausstattung' },
						{ code: '46', field: 'Ausstattung' },
					],
				],
				['Qualifikation', [{ code: '12', field: 'Qualifikation' }]],
				['Kommunikation', [{ code: '1', field: 'Kommunikation' }]],
			]),
		);
	});

	it('keeps null as a group of its own, for items without a theme', () => {
		expect(
			groupBy(
				[
					{ id: 1, theme: null },
					{ id: 2, theme: 'e-akte-dms' },
					{ id: 3, theme: null },
				],
				(field) => field.theme,
			),
		).toEqual(
			new Map<string | null, { id: number; theme: string | null }[]>([
				[
					null,
					[
						{ id: 1, theme: null },
						{ id: 3, theme: null },
					],
				],
				['e-akte-dms', [{ id: 2, theme: 'e-akte-dms' }]],
			]),
		);
	});

	it('tells numeric keys apart from their string form', () => {
		expect(groupBy([1, '1', 1], (value) => value)).toEqual(
			new Map<number | string, (number | string)[]>([
				[1, [1, 1]],
				['1', ['1']],
			]),
		);
	});

	it('returns an empty map for no items', () => {
		expect(groupBy([], (value: number) => value)).toEqual(new Map());
	});
});
