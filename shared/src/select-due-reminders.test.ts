import { describe, expect, it } from 'vitest';
import { selectDueReminders, type ReminderInput } from './select-due-reminders';

const people = [
	{ id: 'u-amt', email: 'amt@example.com', name: 'Mia Meldung', owner: 'o-amt' },
	{ id: 'u-fertig', email: 'fertig@example.com', name: 'Fritz Fertig', owner: 'o-fertig' },
];
const measures: ReminderInput['measures'] = [
	{ id: 'm44', district: 'viersen', owner: 'o-amt', code: '44', title: 'Work Space', status: 'planned' },
	{ id: 'm43', district: 'viersen', owner: 'o-amt', code: '43', title: 'Workflow', status: 'in_progress' },
	{ id: 'm46', district: 'viersen', owner: 'o-amt', code: '46', title: 'Umgesetzt', status: 'completed' },
	{ id: 'm9', district: 'viersen', owner: 'o-amt', code: '9', title: 'Zurückgegeben', status: 'idea' },
	{ id: 'm2', district: 'viersen', owner: 'o-fertig', code: '2', title: 'Gemeldet', status: 'planned' },
	{ id: 'x1', district: 'friesland', owner: 'o-amt', code: '1', title: 'Anderer Kreis', status: 'planned' },
];
const report = (id: string, due_date: string | null, state: 'draft' | 'closed' = 'draft') => ({ id, district: 'viersen', title: `Bericht ${id}`, state, due_date });
const input = (reports: ReminderInput['reports']): ReminderInput => ({
	reports,
	measures,
	submissions: [
		{ status_report: 'r1', measure: 'm43', state: 'submitted' },
		{ status_report: 'r1', measure: 'm9', state: 'returned' },
		{ status_report: 'r1', measure: 'm2', state: 'accepted' },
	],
	people,
});

describe('selectDueReminders', () => {
	it('reminds each person of the running measures of their owner not yet submitted, a returned one included, and nobody who submitted everything', () => {
		expect(selectDueReminders(input([report('r1', '2026-12-02')]), '2026-12-01', [7, 1, 0])).toEqual([
			{
				report: { id: 'r1', title: 'Bericht r1', due_date: '2026-12-02' },
				person: { id: 'u-amt', email: 'amt@example.com', name: 'Mia Meldung' },
				daysBefore: 1,
				measures: [
					{ id: 'm9', code: '9', title: 'Zurückgegeben' },
					{ id: 'm44', code: '44', title: 'Work Space' },
				],
			},
		]);
	});

	it('sends only on the configured days before the Meldeschluss, and only for drafts with one', () => {
		const reports = [report('in7', '2026-12-08'), report('in2', '2026-12-03'), report('today', '2026-12-01'), report('past', '2026-11-30'), report('none', null), report('closed', '2026-12-02', 'closed')];
		expect(selectDueReminders(input(reports), '2026-12-01', [7, 1, 0]).map((r) => [r.report.id, r.person.id, r.daysBefore])).toEqual([
			['in7', 'u-amt', 7],
			['in7', 'u-fertig', 7],
			['today', 'u-amt', 0],
			['today', 'u-fertig', 0],
		]);
	});
});
