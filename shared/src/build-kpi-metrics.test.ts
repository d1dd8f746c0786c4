import { describe, expect, it } from 'vitest';
import { buildKpiMetrics } from './build-kpi-metrics';
import type { KpiRow } from './dashboard-rows';

const online: KpiRow = {
	id: 'k1',
	district: 'rendsburg-eckernfoerde',
	theme: 'online-dienste-ozg',
	name: 'Anteil der Anträge über Online-Services',
	description: '25% aller Anträge werden über Online-Services umgesetzt',
	unit: '%',
	target_value: 25,
	direction: 'at_least',
	measure: null,
	baseline_value: null,
	baseline_approximate: false,
	baseline_date: null,
	baseline_note: null,
	deadline_date: null,
	deadline_label: null,
};

const described = {
	id: 'k1',
	name: 'Anteil der Anträge über Online-Services',
	description: '25% aller Anträge werden über Online-Services umgesetzt',
	unit: '%',
	target_value: 25,
	direction: 'at_least',
	theme: 'online-dienste-ozg',
	measure: null,
	baseline: null,
	deadline: null,
};

describe('buildKpiMetrics', () => {
	it('orders the values by date and measures the latest one against the target', () => {
		expect(
			buildKpiMetrics(online, [
				{ date: '2023-12-31', value: 20, approximate: false },
				{ date: '2022-12-31', value: 10, approximate: true },
			]),
		).toEqual({
			...described,
			values: [
				{ date: '2022-12-31', value: 10, approximate: true },
				{ date: '2023-12-31', value: 20, approximate: false },
			],
			latest: 20,
			latestApproximate: false,
			attainment_percent: 80,
		});
	});

	it('has no latest value and no attainment, not 0, before anything is measured', () => {
		expect(buildKpiMetrics(online, [])).toEqual({ ...described, values: [], latest: null, latestApproximate: false, attainment_percent: null });
	});

	it('inverts the attainment of an "at most" KPI', () => {
		expect(buildKpiMetrics({ ...online, target_value: 0.8, direction: 'at_most' }, [{ date: '2024-01-01', value: 1, approximate: false }])).toEqual({
			...described,
			target_value: 0.8,
			direction: 'at_most',
			values: [{ date: '2024-01-01', value: 1, approximate: false }],
			latest: 1,
			latestApproximate: false,
			attainment_percent: 80,
		});
	});

	it('has no attainment when the wording gives no direction, and marks an approximate latest value', () => {
		const metrics = buildKpiMetrics({ ...online, direction: null }, [{ date: '2024-01-01', value: 2.5, approximate: true }]);
		expect([metrics.direction, metrics.latest, metrics.latestApproximate, metrics.attainment_percent]).toEqual([null, 2.5, true, null]);
	});

	it('carries an undated baseline with its note, the deadline as written and the measure that states the KPI', () => {
		const metrics = buildKpiMetrics(
			{ ...online, measure: 'm-43', baseline_value: 60, baseline_approximate: true, baseline_note: '„rd. 60 Prozent“, ohne Stichtag', deadline_date: '2021-12-31', deadline_label: 'bis zum Jahresende 2021' },
			[],
		);
		expect([metrics.measure, metrics.baseline, metrics.deadline]).toEqual([
			'm-43',
			{ value: 60, approximate: true, date: null, note: '„rd. 60 Prozent“, ohne Stichtag' },
			{ date: '2021-12-31', label: 'bis zum Jahresende 2021' },
		]);
	});
});
