import { describe, expect, it } from 'vitest';
import type { ProgressUpdateView } from '@cockpit/shared';
import { progressSeries } from './progress-series';

describe('progressSeries', () => {
	const update = (label: string, percent: number | null): ProgressUpdateView => ({
		report: { id: label, title: label, report_date: '2022-08-01', report_date_label: label },
		status: null,
		progress_value: null,
		progress_approximate: false,
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
