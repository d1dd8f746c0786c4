import { describe, expect, it } from 'vitest';
import { buildReportChanges } from './build-report-changes';
import type { ProgressUpdateRow } from './dashboard-rows';

const august = { id: 'r1', title: 'Sachstand August 2022', report_date: '2022-08-01', state: 'closed' as const };
const february = { id: 'r2', title: 'Sachstand Februar 2023', report_date: '2023-02-01', state: 'closed' as const };
const draft = { id: 'r3', title: 'Entwurf Herbst 2023', report_date: '2023-09-01', state: 'draft' as const };
const measures = [
	{ id: 'm10', code: '10', title: 'E-Akte' },
	{ id: 'm2', code: '2', title: 'Online-Dienste' },
	{ id: 'm3', code: '3', title: 'Mobiles Arbeiten' },
	{ id: 'm4', code: '4', title: 'Neue Maßnahme' },
];
type Frozen = Pick<ProgressUpdateRow, 'measure' | 'status_report' | 'status' | 'progress_value' | 'progress_target' | 'progress_percent' | 'priority_class' | 'progress_text' | 'next_steps'>;
function update(report: string, measure: string, overrides: Partial<Frozen> = {}): Frozen {
	return { measure, status_report: report, status: 'in_progress', progress_value: 4, progress_target: 10, progress_percent: 40, priority_class: '2', progress_text: 'läuft', next_steps: null, ...overrides };
}

describe('buildReportChanges', () => {
	it('is null while the district has only drafts', () => {
		expect(buildReportChanges([draft], [update('r3', 'm2')], measures)).toBeNull();
	});

	it('marks every measure new in the first closed report', () => {
		expect(buildReportChanges([august], [update('r1', 'm2')], measures)).toEqual({
			report: { id: 'r1', title: 'Sachstand August 2022', report_date: '2022-08-01' },
			previous: null,
			measures: [{ id: 'm2', code: '2', title: 'Online-Dienste', change: 'new', status: [null, 'in_progress'], progress_percent: [null, 40] }],
		});
	});

	it('compares the newest closed report with the one before, ignoring a later draft, ordered by code', () => {
		expect(
			buildReportChanges(
				[february, draft, august],
				[
					update('r1', 'm2'),
					update('r1', 'm3'),
					update('r1', 'm10'),
					update('r2', 'm10', { status: 'completed', progress_value: 10, progress_percent: 100 }),
					update('r2', 'm2'),
					update('r2', 'm3', { next_steps: 'Pilot im Bauamt' }),
					update('r2', 'm4', { status: 'planned', progress_value: null, progress_percent: null }),
					update('r3', 'm2', { progress_value: 9, progress_percent: 90 }),
				],
				measures,
			),
		).toEqual({
			report: { id: 'r2', title: 'Sachstand Februar 2023', report_date: '2023-02-01' },
			previous: { id: 'r1', title: 'Sachstand August 2022', report_date: '2022-08-01' },
			measures: [
				{ id: 'm2', code: '2', title: 'Online-Dienste', change: 'unchanged', status: ['in_progress', 'in_progress'], progress_percent: [40, 40] },
				{ id: 'm3', code: '3', title: 'Mobiles Arbeiten', change: 'changed', status: ['in_progress', 'in_progress'], progress_percent: [40, 40] },
				{ id: 'm4', code: '4', title: 'Neue Maßnahme', change: 'new', status: [null, 'planned'], progress_percent: [null, null] },
				{ id: 'm10', code: '10', title: 'E-Akte', change: 'changed', status: ['in_progress', 'completed'], progress_percent: [40, 100] },
			],
		});
	});
});
