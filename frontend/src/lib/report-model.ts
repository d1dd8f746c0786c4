import { isMeasureOverdue, type DistrictDashboard, type MeasureStatus, type MeasureView, type PriorityClass } from '@cockpit/shared';
import { de } from '../i18n/de';
import { compareCodes, formatDate } from './format';

/** One measure as the council report shows it. */
export interface ReportEntry {
	id: string;
	number: string | null;
	title: string;
	formerTitles: string[];
	status: MeasureStatus;
	priorityClass: PriorityClass | null;
	progressValue: number | null;
	progressTarget: number | null;
	goal: string | null;
	progressText: string | null;
	nextSteps: string | null;
	/** The planned date had passed at the report's date (today's for a report from current data) and the measure still ran. */
	overdue: boolean;
	plannedDate: string | null;
}

/** The Sachstandsbericht: the form of the Friesland document, filled from any district. */
export interface ReportModel {
	districtName: string;
	title: string;
	dateLabel: string | null;
	documentRef: string | null;
	intro: string | null;
	/** 'report': the snapshots of a status report; 'current': today's values of the measures. */
	basis: 'report' | 'current';
	entries: ReportEntry[];
	/** Completed and ended measures, the document's "Historienverzeichnis". */
	history: ReportEntry[];
}

const CLOSED: readonly MeasureStatus[] = ['completed', 'ended'];

function currentEntry(measure: MeasureView): ReportEntry {
	return {
		id: measure.id,
		number: measure.code,
		title: measure.title,
		formerTitles: measure.former_titles,
		status: measure.status,
		priorityClass: measure.priority_class,
		progressValue: measure.progress_current,
		progressTarget: measure.progress_target,
		goal: measure.goal,
		progressText: measure.progress_text,
		nextSteps: measure.next_steps,
		overdue: measure.overdue,
		plannedDate: measure.planned_date,
	};
}

const byNumber = (a: ReportEntry, b: ReportEntry) => compareCodes(a.number, b.number) || a.title.localeCompare(b.title, 'de');

/**
 * Builds the report from the newest status report: its per-measure snapshots (progress,
 * text, next steps, class at that date) in the document's numbering. A district without a
 * report, or whose report carries no per-measure snapshots, gets its open measures as they
 * stand now, and the report says so.
 */
export function buildReportModel(dashboard: DistrictDashboard): ReportModel {
	const report = dashboard.statusReports[0] ?? null;
	const reported = report
		? dashboard.measures.flatMap((measure) => {
				const update = measure.updates.find((candidate) => candidate.report.id === report.id);
				return update ? [{ measure, update }] : [];
			})
		: [];

	const entries: ReportEntry[] =
		reported.length > 0
			? reported.map(({ measure, update }) => ({
					...currentEntry(measure),
					priorityClass: update.priority_class ?? measure.priority_class,
					progressValue: update.progress_value,
					progressTarget: update.progress_target,
					progressText: update.progress_text,
					nextSteps: update.next_steps,
					// Late as the report's date saw it: the same rule, on that day, with the status the report froze.
					overdue: isMeasureOverdue({ planned_date: measure.planned_date, status: update.status ?? measure.status }, report!.report_date),
				}))
			: dashboard.measures.filter((measure) => !CLOSED.includes(measure.status)).map(currentEntry);
	const inReport = new Set(entries.map((entry) => entry.id));
	const history = dashboard.measures.filter((measure) => CLOSED.includes(measure.status) && !inReport.has(measure.id)).map(currentEntry);

	return {
		districtName: dashboard.district.name,
		title: report?.title ?? `${de.report.title}: ${dashboard.district.strategy_title ?? dashboard.district.name}`,
		dateLabel: report ? (report.report_date_label ?? formatDate(report.report_date)) : dashboard.district.source_date_label,
		documentRef: report?.document_ref ?? null,
		intro: report?.body ?? null,
		basis: reported.length > 0 ? 'report' : 'current',
		entries: entries.sort(byNumber),
		history: history.sort(byNumber),
	};
}
