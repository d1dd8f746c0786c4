import { describe, expect, it } from 'vitest';
import { buildReportingRounds, type ReportingRoundsInput } from './build-reporting-rounds';

const measure = (id: string, code: string, status: 'in_progress' | 'completed' = 'in_progress') => ({
	id,
	code,
	title: `Maßnahme ${code}`,
	status,
	progress_current: 2,
	progress_target: 10,
	progress_text: null,
	next_steps: null,
	planned_date: '2025-01-31',
});
const input: ReportingRoundsInput = {
	owner: { id: 'iuk', name: 'IuK', district: 'viersen' },
	reports: [
		{ id: 'r2', title: 'Ohne Meldeschluss', report_date: '2025-06-30', due_date: null },
		{ id: 'r1', title: 'Sachstand Mai', report_date: '2025-05-31', due_date: '2025-05-20' },
	],
	measures: [measure('m10', '10'), measure('m2', '2'), measure('m3', '3', 'completed')],
	submissions: [],
	lastClosed: null,
	lastUpdates: [],
	today: '2025-02-01',
};
const ids = (result: ReturnType<typeof buildReportingRounds>) => result.rounds.map((round) => [round.report.id, round.measures.map((m) => m.id)]);

describe('buildReportingRounds', () => {
	it('lists rounds due first first, each with the running measures in the order of their numbers', () => {
		expect(ids(buildReportingRounds(input))).toEqual([
			['r1', ['m2', 'm10']],
			['r2', ['m2', 'm10']],
		]);
	});

	it('keeps a finished measure in the round where it was already submitted', () => {
		const submission = { id: 's', status_report: 'r2', measure: 'm3', state: 'submitted' as const, submitted_at: '2025-02-01T08:00:00.000Z', review_note: null, status: 'completed' as const, progress_current: 10, progress_text: null, next_steps: null };
		expect(ids(buildReportingRounds({ ...input, submissions: [submission] }))).toEqual([
			['r1', ['m2', 'm10']],
			['r2', ['m2', 'm3', 'm10']],
		]);
	});

	it('gives a measure its submission, its values in the last closed report and whether it is overdue', () => {
		const result = buildReportingRounds({
			...input,
			measures: [measure('m2', '2')],
			submissions: [{ id: 's', status_report: 'r1', measure: 'm2', state: 'returned', submitted_at: '2025-02-01T08:00:00.000Z', review_note: 'Bitte Zahl prüfen', status: 'in_progress', progress_current: '4' as never, progress_text: 'Pilot', next_steps: null }],
			lastClosed: { id: 'old', title: 'Sachstand 2024', report_date: '2024-12-31' },
			lastUpdates: [{ measure: 'm2', status: 'planned', progress_value: 1, progress_approximate: true, progress_target: 10, progress_percent: 10, progress_text: 'Start', next_steps: null }],
		});
		expect(result.rounds[0]!.measures[0]).toEqual({
			...measure('m2', '2'),
			overdue: true,
			last_report: { report: { id: 'old', title: 'Sachstand 2024', report_date: '2024-12-31' }, status: 'planned', progress_value: 1, progress_approximate: true, progress_target: 10, progress_percent: 10, progress_text: 'Start', next_steps: null },
			submission: { id: 's', state: 'returned', submitted_at: '2025-02-01T08:00:00.000Z', review_note: 'Bitte Zahl prüfen', status: 'in_progress', progress_current: 4, progress_text: 'Pilot', next_steps: null },
		});
	});

	it('gives the owner and no rounds when the district has no draft report', () => {
		expect(buildReportingRounds({ ...input, reports: [] })).toEqual({ owner: { id: 'iuk', name: 'IuK', district: 'viersen' }, rounds: [] });
	});
});
