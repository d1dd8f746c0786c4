import type { ActionFieldView } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { measure, noStatus } from '@cockpit/shared/testing';
import { EMPTY_FILTER, filterMeasures, filterOptions } from './measure-filters';

function field(id: string, code: string, parent: string | null): ActionFieldView {
	return { id, code, title: `Feld ${code}`, kind: 'leitziel', parent, theme: 'e-akte-dms', status: noStatus(), meanProgress: null, snapshot: null, long_term_target: null, long_term_values: [] };
}

const fields = [field('f1', '1', null), field('f11', '1.1', 'f1'), field('f2', '2', null)];
const measures = [
	measure({ id: 'a', code: '1', status: 'planned', theme: 'e-akte-dms', action_field: 'f11' }),
	measure({ id: 'b', code: '2', status: 'completed', theme: 'e-akte-dms', action_field: 'f2' }),
	measure({ id: 'c', code: '3', status: 'planned', theme: 'mobiles-arbeiten', action_field: null, overdue: true }),
];

describe('filterMeasures', () => {
	it('keeps everything without a filter', () => {
		expect(filterMeasures(measures, EMPTY_FILTER, fields).map((m) => m.id)).toEqual(['a', 'b', 'c']);
	});

	it('combines status, theme and field, and a field includes the fields below it', () => {
		expect([
			filterMeasures(measures, { ...EMPTY_FILTER, status: 'planned' }, fields).map((m) => m.id),
			filterMeasures(measures, { ...EMPTY_FILTER, theme: 'e-akte-dms', status: 'planned' }, fields).map((m) => m.id),
			filterMeasures(measures, { ...EMPTY_FILTER, actionField: 'f1' }, fields).map((m) => m.id),
			filterMeasures(measures, { ...EMPTY_FILTER, status: 'planned', overdue: true }, fields).map((m) => m.id),
		]).toEqual([['a', 'c'], ['a'], ['a'], ['c']]);
	});
});

describe('measures without status', () => {
	const unstated = [...measures, measure({ id: 'd', code: '4', status: null, theme: 'e-akte-dms', action_field: null })];

	it('are found by the choice "nicht angegeben" and by no status choice', () => {
		expect([filterMeasures(unstated, { ...EMPTY_FILTER, status: 'unspecified' }, fields).map((m) => m.id), filterMeasures(unstated, { ...EMPTY_FILTER, status: 'planned' }, fields).map((m) => m.id)]).toEqual([
			['d'],
			['a', 'c'],
		]);
	});

	it('are offered last as "nicht angegeben" with their count', () => {
		expect(filterOptions(unstated, fields).statuses).toEqual([
			{ value: 'planned', label: 'Geplant', count: 2 },
			{ value: 'completed', label: 'Umgesetzt', count: 1 },
			{ value: 'unspecified', label: 'nicht angegeben', count: 1 },
		]);
	});
});

describe('filterOptions', () => {
	it('offers only values that occur, with German labels and counts', () => {
		expect(filterOptions(measures, fields)).toEqual({
			statuses: [
				{ value: 'planned', label: 'Geplant', count: 2 },
				{ value: 'completed', label: 'Umgesetzt', count: 1 },
			],
			fields: [
				{ value: 'f1', label: '1 Feld 1', count: 1 },
				{ value: 'f11', label: '1.1 Feld 1.1', count: 1 },
				{ value: 'f2', label: '2 Feld 2', count: 1 },
			],
			themes: [
				{ value: 'e-akte-dms', label: 'E-Akte und DMS', count: 2 },
				{ value: 'mobiles-arbeiten', label: 'Mobiles Arbeiten und Arbeitsplatz', count: 1 },
			],
			overdue: 1,
		});
	});
});
