import { describe, expect, it } from 'vitest';
import { kpi } from '@cockpit/shared/testing';
import { buildKpiChart, kpiTargetText, niceValueAxis } from './build-kpi-chart';

describe('buildKpiChart', () => {
	it('draws the values in date order with the target as an annotated line above them', () => {
		const options = buildKpiChart(
			kpi({
				target_value: 75,
				values: [
					{ date: '2021-12-31', value: 60, approximate: false },
					{ date: '2021-06-30', value: 40, approximate: false },
				],
			}),
		)!;
		expect({
			data: options.series,
			target: options.annotations?.yaxis?.map((a) => [a.y, a.label?.text]),
			axis: options.yaxis && !Array.isArray(options.yaxis) ? [options.yaxis.max, options.yaxis.tickAmount] : undefined,
		}).toEqual({
			data: [
				{
					name: 'Anteil der Mitarbeiter in Telearbeit',
					data: [
						{ x: Date.parse('2021-06-30'), y: 40 },
						{ x: Date.parse('2021-12-31'), y: 60 },
					],
				},
			],
			target: [[75, 'Ziel: mindestens 75 %']],
			axis: [100, 5],
		});
	});

	it('chooses a round value axis reaching past the largest value or target', () => {
		expect([0, 0.8, 9, 75, 110, 2500, 71_600_000].map((top) => niceValueAxis(top))).toEqual([
			{ max: 1, tickAmount: 5 },
			{ max: 1, tickAmount: 5 },
			{ max: 10, tickAmount: 5 },
			{ max: 100, tickAmount: 5 },
			{ max: 125, tickAmount: 5 },
			{ max: 3000, tickAmount: 3 },
			{ max: 80_000_000, tickAmount: 4 },
		]);
	});

	it('draws no chart while a KPI has no values, instead of a line at 0', () => {
		expect(buildKpiChart(kpi({ target_value: 100, values: [] }))).toBeNull();
	});

	it('words an "at most" target and a missing one', () => {
		expect([kpiTargetText({ target_value: 0.8, unit: null, direction: 'at_most' }), kpiTargetText({ target_value: null, unit: '%', direction: 'at_least' })]).toEqual([
			'Ziel: höchstens 0,8',
			'Ziel: keine Angabe',
		]);
	});
});
