import { FINISHED_STATUSES, type MeasureStatus, type ReportState, type SubmissionState } from './types';

/** What the reminder check reads: draft reports with a Meldeschluss, the owners' measures, submissions and the Meldende people. */
export interface ReminderInput {
	reports: { id: string; district: string; title: string; state: ReportState; due_date: string | null }[];
	measures: { id: string; district: string; owner: string | null; code: string | null; title: string; status: MeasureStatus }[];
	submissions: { status_report: string; measure: string; state: SubmissionState }[];
	/** Active users of the Meldende role with an owner and an address. */
	people: { id: string; email: string; name: string; owner: string }[];
}

export interface DueReminder {
	report: { id: string; title: string; due_date: string };
	person: { id: string; email: string; name: string };
	/** 0 on the Meldeschluss itself. */
	daysBefore: number;
	/** The person's open measures in this report, in the document's numbering. */
	measures: { id: string; code: string | null; title: string }[];
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);

/**
 * The reminders due on `today` ('YYYY-MM-DD'): for each draft report whose Meldeschluss lies
 * exactly one of `days` ahead, one per Meldende person whose owner has running measures in the
 * report's district without a submission in that report. A returned submission counts as open:
 * the owner has to report again. A person with nothing open gets nothing.
 */
export function selectDueReminders(input: ReminderInput, today: string, days: readonly number[]): DueReminder[] {
	const submitted = new Set(input.submissions.filter((s) => s.state !== 'returned').map((s) => `${s.status_report}:${s.measure}`));
	const reminders: DueReminder[] = [];
	for (const report of input.reports) {
		if (report.state !== 'draft' || report.due_date === null) continue;
		const daysBefore = dayNumber(report.due_date) - dayNumber(today);
		if (!days.includes(daysBefore)) continue;
		for (const person of input.people) {
			const open = input.measures
				.filter((m) => m.district === report.district && m.owner === person.owner && !FINISHED_STATUSES.includes(m.status) && !submitted.has(`${report.id}:${m.id}`))
				.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }));
			if (open.length === 0) continue;
			reminders.push({
				report: { id: report.id, title: report.title, due_date: report.due_date.slice(0, 10) },
				person: { id: person.id, email: person.email, name: person.name },
				daysBefore,
				measures: open.map((m) => ({ id: m.id, code: m.code, title: m.title })),
			});
		}
	}
	return reminders;
}
