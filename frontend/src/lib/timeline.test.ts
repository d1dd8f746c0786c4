import type { ActionFieldView } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { dashboard, header, measure, noStatus } from '@cockpit/shared/testing';
import { buildTimeline, periodOfLabel } from './timeline';

function field(id: string, code: string, title: string): ActionFieldView {
	return { id, code, title, kind: 'leitprojekt', parent: null, theme: 'organisation', status: noStatus(), meanProgress: null, snapshot: null, long_term_target: null, long_term_values: [] };
}

describe('periodOfLabel', () => {
	it('reads a year, a quarter and a day the calendar lacks as their period, and nothing else', () => {
		expect(['2018', 'Q1 2024', '31.09.2024', 'kurzfristig', '13.13.2024', null].map(periodOfLabel)).toEqual([
			{ start: '2018-01-01', end: '2018-12-31' },
			{ start: '2024-01-01', end: '2024-03-31' },
			{ start: '2024-09-01', end: '2024-09-30' },
			null,
			null,
			null,
		]);
	});
});

describe('buildTimeline', () => {
	it('places measures by date, period or horizon per field in the document order, lists the undated and resolves dependencies', () => {
		const fields = [field('f31', '3.1', 'Online-Services'), field('f11', '1.1', 'DMS'), field('f12', '1.2', 'E-Akte')];
		const model = buildTimeline(
			dashboard({
				district: header({ source_date: '2018-09-18' }),
				actionFields: fields,
				measures: [
					measure({ id: 'm26', code: '26', title: 'Schulwege', action_field: 'f31', status: 'planned', planned_date: '2018-08-01', planned_label: '01.08.2018', overdue: true }),
					measure({ id: 'm34', code: '34', title: 'Buchungssystem', action_field: 'f31', status: 'planned', planned_label: 'kurzfristig', horizon: 'kurzfristig' }),
					measure({ id: 'm1', code: '1', title: 'Bauleitplanung', action_field: 'f11', status: 'planned', planned_label: '2018' }),
					measure({ id: 'm2', code: '2', title: 'Zentrales DMS', action_field: 'f11', status: 'idea' }),
					measure({ id: 'm3', code: '3', title: 'Bauakte', action_field: 'f12', status: 'planned' }),
				],
				dependencies: [
					{ from: 'f11', to: 'f31', note: 'Steckbrief 1.1' },
					{ from: 'f11', to: 'gone', note: null },
					{ from: 'f11', to: 'f12', note: null },
				],
			}),
			new Date(2026, 11, 1, 9, 30),
		);
		expect(model).toEqual({
			groups: [
				{
					field: { id: 'f11', code: '1.1', title: 'DMS' },
					items: [{ id: 'm1', code: '1', title: 'Bauleitplanung', status: 'planned', overdue: false, placement: 'period', start: '2018-01-01', end: '2018-12-31', label: '2018' }],
					undated: [{ id: 'm2', code: '2', title: 'Zentrales DMS' }],
				},
				{
					field: { id: 'f31', code: '3.1', title: 'Online-Services' },
					items: [
						{ id: 'm26', code: '26', title: 'Schulwege', status: 'planned', overdue: true, placement: 'date', start: '2018-08-01', end: '2018-08-01', label: '01.08.2018' },
						{ id: 'm34', code: '34', title: 'Buchungssystem', status: 'planned', overdue: false, placement: 'horizon', start: '2018-09-18', end: '2019-09-18', label: 'kurzfristig' },
					],
					undated: [],
				},
			],
			undatedFields: [{ field: { id: 'f12', code: '1.2', title: 'E-Akte' }, count: 1 }],
			range: { start: '2018-01-01', end: '2026-12-01' },
			today: '2026-12-01',
			dependencies: [
				{
					from: { id: 'f11', label: '1.1 DMS' },
					to: [
						{ id: 'f31', label: '3.1 Online-Services', note: 'Steckbrief 1.1' },
						{ id: 'f12', label: '1.2 E-Akte', note: null },
					],
				},
			],
			horizonBase: '2018-09-18',
		});
	});

	it('has no range when the documents date nothing, and never puts a horizon without a document date on the axis', () => {
		const model = buildTimeline(dashboard({ measures: [measure({ id: 'a', code: '1', horizon: 'langfristig' })] }), new Date(2026, 11, 1));
		expect([model.range, model.groups, model.undatedFields]).toEqual([null, [], [{ field: null, count: 1 }]]);
	});
});
