import { describe, expect, it } from 'vitest';
import { buildOpenDataTables } from './build-open-data-tables';
import { measureRow, noRows } from './testing';

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
				{ id: 'k1', district: 'd', theme: 't', name: 'Online-Dienste', description: null, unit: 'Anzahl', target_value: 50, direction: 'at_least' },
				{ id: 'k2', district: 'd', theme: 't', name: 'E-Akte', description: null, unit: '%', target_value: 100, direction: 'at_least' },
			],
			kpiValues: [
				{ kpi: 'k1', district: 'd', date: '2023-12-31', value: 30 },
				{ kpi: 'k1', district: 'd', date: '2022-12-31', value: 12 },
			],
		});
		expect(tables.kpi_values.map((v) => [v['kpi_name'], v['date'], v['value']])).toEqual([
			['E-Akte', null, null],
			['Online-Dienste', '2022-12-31', 12],
			['Online-Dienste', '2023-12-31', 30],
		]);
	});
});
