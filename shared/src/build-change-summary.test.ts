import { describe, expect, it } from 'vitest';
import { buildChangeSummary } from './build-change-summary';
import type { ReportChangeMeasure } from './dashboard-types';

const august = { id: 'r1', title: 'Sachstand August 2022', report_date: '2022-08-01' };
const february = { id: 'r2', title: 'Sachstand Februar 2023', report_date: '2023-02-01' };
function change(code: string, overrides: Partial<ReportChangeMeasure>): ReportChangeMeasure {
	return { id: `m${code}`, code, title: `Maßnahme ${code}`, change: 'changed', status: ['in_progress', 'in_progress'], progress_percent: [40, 40], ...overrides };
}
function line(code: string, before: number | null, after: number | null, status: ReportChangeMeasure['status'] = ['in_progress', 'in_progress'], statusChange: string | null = null) {
	return { id: `m${code}`, code, title: `Maßnahme ${code}`, before, after, status, statusChange };
}

describe('buildChangeSummary', () => {
	it('is null without an earlier report to compare with', () => {
		expect(buildChangeSummary({ report: august, previous: null, measures: [change('1', { change: 'new', status: [null, 'planned'], progress_percent: [null, null] })] })).toBeNull();
	});

	it('puts each measure in the most telling group and names every status change, a step back too', () => {
		expect(
			buildChangeSummary({
				report: february,
				previous: august,
				measures: [
					change('1', { change: 'new', status: [null, 'planned'], progress_percent: [null, null] }),
					change('2', { status: ['in_progress', 'completed'], progress_percent: [80, 100] }),
					change('3', { status: ['in_progress', 'ended'], progress_percent: [20, 20] }),
					change('4', { progress_percent: [40, 60] }),
					change('5', { progress_percent: [40, 30] }),
					change('6', {}),
					change('7', { change: 'unchanged' }),
					change('8', { status: ['in_progress', 'planned'], progress_percent: [40, 20] }),
					change('9', { status: ['planned', 'in_progress'], progress_percent: [0, 10] }),
				],
			}),
		).toEqual({
			report: february,
			previous: august,
			added: [line('1', null, null, [null, 'planned'])],
			completed: [line('2', 80, 100, ['in_progress', 'completed'], 'von In Umsetzung auf Umgesetzt')],
			ended: [line('3', 20, 20, ['in_progress', 'ended'], 'von In Umsetzung auf Beendet')],
			statusChanged: [line('8', 40, 20, ['in_progress', 'planned'], 'von In Umsetzung zurück auf Geplant'), line('9', 0, 10, ['planned', 'in_progress'], 'von Geplant auf In Umsetzung')],
			progressUp: [line('4', 40, 60)],
			progressDown: [line('5', 40, 30)],
			otherwise: [line('6', 40, 40)],
			unchanged: [line('7', 40, 40)],
		});
	});
});
