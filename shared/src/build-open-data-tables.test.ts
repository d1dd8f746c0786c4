import { describe, expect, it } from 'vitest';
import { buildOpenDataTables } from './build-open-data-tables';
import { annualGoalRow, kpiRow, measureRow, noRows } from './testing';

describe('buildOpenDataTables', () => {
	it('lists measures by their number as the document counts (2 before 10), with the German status label', () => {
		const tables = buildOpenDataTables({
			...noRows(),
			measures: [
				measureRow({ id: 'b', district: 'd', code: '10', title: 'Zehn', theme: 't', status: 'planned' }),
				measureRow({ id: 'a', district: 'd', code: '2', title: 'Zwei', theme: 't', status: 'in_progress', progress_current: 4, progress_target: 10, progress_percent: 40 }),
			],
		});
		expect(tables.measures.map((m) => [m['code'], m['status_label'], m['progress_percent']])).toEqual([
			['2', 'In Umsetzung', 40],
			['10', 'Geplant', null],
		]);
	});

	it('gives a KPI without values one row without date, so the indicator itself is not lost', () => {
		const tables = buildOpenDataTables({
			...noRows(),
			kpis: [
				kpiRow({ id: 'k1', district: 'd', theme: 't', name: 'Online-Dienste', unit: 'Anzahl', target_value: 50 }),
				kpiRow({ id: 'k2', district: 'd', theme: 't', name: 'E-Akte', unit: '%', target_value: 100, baseline_value: 60, baseline_approximate: true, baseline_note: 'rd. 60 Prozent' }),
			],
			kpiValues: [
				{ kpi: 'k1', district: 'd', date: '2023-12-31', value: 30, approximate: false },
				{ kpi: 'k1', district: 'd', date: '2022-12-31', value: 12, approximate: true },
			],
		});
		expect(tables.kpi_values.map((v) => [v['kpi_name'], v['baseline_value'], v['date'], v['value'], v['approximate']])).toEqual([
			['E-Akte', 60, null, null, null],
			['Online-Dienste', null, '2022-12-31', 12, true],
			['Online-Dienste', null, '2023-12-31', 30, false],
		]);
	});

	it('publishes a status the document does not give as "nicht angegeben", and other numbers as a JSON list', () => {
		const tables = buildOpenDataTables({
			...noRows(),
			measures: [measureRow({ id: 'a', district: 'd', code: '2', title: 'Zwei', theme: 't', status: null, historical: true, other_codes: [{ code: '13', source: 'Kapitel 7.1' }] })],
		});
		expect(tables.measures.map((m) => [m['status'], m['status_label'], m['historical'], m['other_codes']])).toEqual([[null, 'nicht angegeben', true, '[{"code":"13","source":"Kapitel 7.1"}]']]);
	});

	it('lists cost components in the order of their goals, and successions only between measures it publishes', () => {
		const component = { district: 'd', amount: null, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal' as const, note: null };
		const tables = buildOpenDataTables({
			...noRows(),
			measures: [measureRow({ id: 'h15', district: 'd', code: '15', title: 'Alt', theme: 't', status: 'ended' }), measureRow({ id: 'n13', district: 'd', code: '13', title: 'Neu', theme: 't', status: 'planned' })],
			annualGoals: [annualGoalRow({ id: 'g2', district: 'd', year: 2024, title: 'Zwei', sort: 2 }), annualGoalRow({ id: 'g1', district: 'd', year: 2024, title: 'Eins', sort: 1 })],
			costComponents: [
				{ ...component, id: 'c2', annual_goal: 'g2', kind: 'none', sort: 1 },
				{ ...component, id: 'c1b', annual_goal: 'g1', kind: 'per_year', amount: 6000, sort: 2 },
				{ ...component, id: 'c1a', annual_goal: 'g1', kind: 'one_off', amount: 150, sort: 1 },
				{ ...component, id: 'orphan', annual_goal: 'elsewhere', kind: 'none', sort: 1 },
			],
			successions: [
				{ district: 'd', predecessor: 'h15', successor: 'n13', note: 'abgeleitet' },
				{ district: 'd', predecessor: 'h15', successor: 'gone', note: null },
			],
		});
		expect([tables.cost_components.map((c) => c['id']), tables.measure_successions]).toEqual([['c1a', 'c1b', 'c2'], [{ predecessor: 'h15', successor: 'n13', note: 'abgeleitet' }]]);
	});
});
