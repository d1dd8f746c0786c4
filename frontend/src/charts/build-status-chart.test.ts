import { describe, expect, it } from 'vitest';
import { noStatus, status } from '@cockpit/shared/testing';
import { buildStatusChart, statusSlices } from './build-status-chart';

describe('buildStatusChart', () => {
	it('draws only the statuses that occur, with German labels, in domain order', () => {
		const options = buildStatusChart(status({ completed: 1, planned: 4, in_progress: 20 }))!;
		expect({ series: options.series, labels: options.labels, type: options.chart?.type }).toEqual({
			series: [4, 20, 1],
			labels: ['Geplant', 'In Umsetzung', 'Umgesetzt'],
			type: 'donut',
		});
	});

	it('draws no chart for a district without status counts', () => {
		expect(buildStatusChart(noStatus())).toBeNull();
	});

	it('uses only the counts project-field snapshots state, leaving other statuses out rather than 0', () => {
		expect(statusSlices({ ...noStatus(), total: 77, completed: 46, inProgress: 30, source: 'snapshots' }).map((s) => [s.label, s.value])).toEqual([
			['In Umsetzung', 30],
			['Umgesetzt', 46],
		]);
	});

	it('can draw the mix as bars with the same data', () => {
		const options = buildStatusChart(status({ idea: 2, planned: 1 }), 'bar')!;
		expect({ series: options.series, categories: options.xaxis?.categories }).toEqual({
			series: [{ name: 'Anzahl', data: [2, 1] }],
			categories: ['Idee / neu', 'Geplant'],
		});
	});
});
