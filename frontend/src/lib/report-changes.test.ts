import { describe, expect, it } from 'vitest';
import type { ProgressUpdateView, ReportChangeMeasure } from '@cockpit/shared';
import { buildChangeSummary, progressSeries } from './report-changes';

const august = { id: 'r1', title: 'Sachstand August 2022', report_date: '2022-08-01' };
const february = { id: 'r2', title: 'Sachstand Februar 2023', report_date: '2023-02-01' };
function change(code: string, overrides: Partial<ReportChangeMeasure>): ReportChangeMeasure {
	return { id: `m${code}`, code, title: `Maßnahme ${code}`, change: 'changed', status: ['in_progress', 'in_progress'], progress_percent: [40, 40], ...overrides };
}
const line = (code: string, before: number | null, after: number | null) => ({ id: `m${code}`, code, title: `Maßnahme ${code}`, before, after });

describe('buildChangeSummary', () => {
	it('is null without an earlier closed report to compare with', () => {
		expect(buildChangeSummary({ report: august, previous: null, measures: [change('1', { change: 'new', status: [null, 'planned'], progress_percent: [null, null] })] })).toBeNull();
	});

	it('puts each measure in the most telling group', () => {
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
				],
			}),
		).toEqual({
			report: february,
			previous: august,
			added: [line('1', null, null)],
			completed: [line('2', 80, 100)],
			ended: [line('3', 20, 20)],
			progressUp: [line('4', 40, 60)],
			progressDown: [line('5', 40, 30)],
			otherwise: [line('6', 40, 40)],
			unchanged: [line('7', 40, 40)],
		});
	});
});

describe('progressSeries', () => {
	const update = (label: string, percent: number | null): ProgressUpdateView => ({
		report: { id: label, title: label, report_date: '2022-08-01', report_date_label: label },
		status: null,
		progress_value: null,
		progress_target: null,
		progress_percent: percent,
		progress_text: null,
		next_steps: null,
		priority_class: null,
	});

	it('lists the known percentages oldest first from two reports on', () => {
		expect(progressSeries([update('August 2022', 30), update('Februar 2023', null), update('August 2023', 50)])).toEqual([
			{ label: 'August 2022', percent: 30 },
			{ label: 'August 2023', percent: 50 },
		]);
	});

	it('is null with fewer than two known values', () => {
		expect(progressSeries([update('August 2022', 30), update('Februar 2023', null)])).toBeNull();
	});
});
