import type { ProgressUpdateView } from './dashboard-types';
import { isMeasureOverdue } from './is-measure-overdue';
import { FINISHED_STATUSES, type MeasureStatus, type SubmissionState } from './types';

export interface ReportingOwner {
	id: string;
	name: string;
	district: string;
}

export interface ReportingSubmission {
	id: string;
	state: SubmissionState;
	submitted_at: string | null;
	review_note: string | null;
	/** The values as submitted (the measure's live values stay beside them until accepted). */
	status: MeasureStatus | null;
	progress_current: number | null;
	progress_text: string | null;
	next_steps: string | null;
}

/** A measure's frozen values in the district's newest closed report. */
export type ReportingLastReport = Omit<ProgressUpdateView, 'report' | 'priority_class'> & {
	report: Pick<ProgressUpdateView['report'], 'id' | 'title' | 'report_date'>;
};

export interface ReportingMeasure {
	id: string;
	code: string | null;
	title: string;
	status: MeasureStatus | null;
	progress_current: number | null;
	progress_target: number | null;
	progress_text: string | null;
	next_steps: string | null;
	planned_date: string | null;
	overdue: boolean;
	last_report: ReportingLastReport | null;
	submission: ReportingSubmission | null;
}

export interface ReportingRound {
	report: { id: string; title: string; report_date: string; due_date: string | null };
	measures: ReportingMeasure[];
}

/** The answer of GET /reporting/me (inside `data`). */
export interface ReportingMe {
	owner: ReportingOwner | null;
	rounds: ReportingRound[];
}

export interface ReportingRoundsInput {
	owner: ReportingOwner;
	reports: ReportingRound['report'][];
	measures: Omit<ReportingMeasure, 'overdue' | 'last_report' | 'submission'>[];
	submissions: (ReportingSubmission & { status_report: string; measure: string })[];
	lastClosed: ReportingLastReport['report'] | null;
	lastUpdates: (Omit<ReportingLastReport, 'report'> & { measure: string })[];
	/** ISO date that decides `overdue`. */
	today: string;
}

const number = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));

/**
 * The rounds an owner reports in: every draft report of the district, the one due first
 * first (without a Meldeschluss last), each with the owner's running measures, those neither
 * completed nor ended, and those already submitted in that round (an owner who reports
 * "umgesetzt" keeps seeing the measure and its state there). Measures in the document's order
 * of numbers ("2" before "10").
 */
export function buildReportingRounds(input: ReportingRoundsInput): ReportingMe {
	const last = new Map(input.lastUpdates.map((update) => [String(update.measure), update]));
	const submitted = new Map(input.submissions.map((s) => [`${String(s.status_report)}/${String(s.measure)}`, s]));
	const byCode = (a: { code: string | null; title: string }, b: { code: string | null; title: string }) =>
		(a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }) || a.title.localeCompare(b.title, 'de');
	const measures = [...input.measures].sort(byCode);
	const reports = [...input.reports].sort(
		(a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') || a.report_date.localeCompare(b.report_date) || a.title.localeCompare(b.title, 'de'),
	);
	return {
		owner: { id: String(input.owner.id), name: input.owner.name, district: String(input.owner.district) },
		rounds: reports.map((report) => ({
			report: { id: String(report.id), title: report.title, report_date: report.report_date, due_date: report.due_date ?? null },
			measures: measures.flatMap((measure) => {
				const submission = submitted.get(`${String(report.id)}/${String(measure.id)}`) ?? null;
				const finished = measure.status !== null && FINISHED_STATUSES.includes(measure.status);
				if (finished && !submission) return [];
				const update = last.get(String(measure.id));
				return [
					{
						id: String(measure.id),
						code: measure.code ?? null,
						title: measure.title,
						status: measure.status ?? null,
						progress_current: number(measure.progress_current),
						progress_target: number(measure.progress_target),
						progress_text: measure.progress_text ?? null,
						next_steps: measure.next_steps ?? null,
						planned_date: measure.planned_date ?? null,
						overdue: isMeasureOverdue(measure, input.today),
						last_report:
							update && input.lastClosed
								? {
										report: { id: String(input.lastClosed.id), title: input.lastClosed.title, report_date: input.lastClosed.report_date },
										status: update.status ?? null,
										progress_value: number(update.progress_value),
										progress_approximate: Boolean(update.progress_approximate),
										progress_target: number(update.progress_target),
										progress_percent: number(update.progress_percent),
										progress_text: update.progress_text ?? null,
										next_steps: update.next_steps ?? null,
									}
								: null,
						submission: submission
							? {
									id: String(submission.id),
									state: submission.state,
									submitted_at: submission.submitted_at ?? null,
									review_note: submission.review_note ?? null,
									status: submission.status ?? null,
									progress_current: number(submission.progress_current),
									progress_text: submission.progress_text ?? null,
									next_steps: submission.next_steps ?? null,
								}
							: null,
					},
				];
			}),
		})),
	};
}
