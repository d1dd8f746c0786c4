import { describe, expect, it } from 'vitest';
import { buildKpiMetrics } from './build-kpi-metrics';

const online = {
	id: 'k1',
	district: 'rendsburg-eckernfoerde',
	theme: 'online-dienste-ozg',
	name: 'Anteil der Anträge über Online-Services',
	description: '25% aller Anträge werden über Online-Services umgesetzt',
	unit: '%',
	target_value: 25,
	direction: 'at_least' as const,
};

const described = {
	id: 'k1',
	name: 'Anteil der Anträge über Online-Services',
	description: '25% aller Anträge werden über Online-Services umgesetzt',
	unit: '%',
	target_value: 25,
	direction: 'at_least',
	theme: 'online-dienste-ozg',
};

describe('buildKpiMetrics', () => {
	it('orders the values by date and measures the latest one against the target', () => {
		expect(
			buildKpiMetrics(online, [
				{ date: '2023-12-31', value: 20 },
				{ date: '2022-12-31', value: 10 },
			]),
		).toEqual({
			...described,
			values: [
				{ date: '2022-12-31', value: 10 },
				{ date: '2023-12-31', value: 20 },
			],
			latest: 20,
			attainment_percent: 80,
		});
	});

	it('has no latest value and no attainment, not 0, before anything is measured', () => {
		expect(buildKpiMetrics(online, [])).toEqual({ ...described, values: [], latest: null, attainment_percent: null });
	});

	it('inverts the attainment of an "at most" KPI', () => {
		expect(
			buildKpiMetrics({ ...online, target_value: 0.8, direction: 'at_most' }, [{ date: '2024-01-01', value: 1 }]),
		).toEqual({
			...described,
			target_value: 0.8,
			direction: 'at_most',
			values: [{ date: '2024-01-01', value: 1 }],
			latest: 1,
			attainment_percent: 80,
		});
	});
});
