import { buildChangeSummary, type ChangeSummary } from './build-change-summary';
import { compareReportSnapshots, type FrozenSnapshot } from './compare-report-snapshots';
import type { AnnualGoalView, DistrictDashboard, KpiMetrics, MeasureView, StatusReportView } from './dashboard-types';
import { formatCostComponents } from './format-cost-components';
import { formatGermanDate } from './format-german-date';
import { formatApproximate } from './format-approximate';
import { formatGermanNumber } from './format-german-number';
import { isMeasureOverdue } from './is-measure-overdue';
import type { Consultation } from './is-council-paper-change';
import { REPORT_TEXTS } from './report-texts';
import { FINISHED_STATUSES, MEASURE_STATUS_LABELS, NOT_STATED_LABEL, type GoalDirection, type MeasureStatus, type PriorityClass } from './types';

/** One measure as the council report shows it. */
export interface ReportEntry {
	id: string;
	number: string | null;
	title: string;
	formerTitles: string[];
	/** null: the document gives no status. */
	status: MeasureStatus | null;
	/** The status in words, "nicht angegeben" (NOT_STATED_LABEL) without one. */
	statusLabel: string;
	priorityClass: PriorityClass | null;
	progressValue: number | null;
	/** The progress value is a reading marked "ca."; the label carries the mark. */
	progressApproximate: boolean;
	progressTarget: number | null;
	progressPercent: number | null;
	/** "9 von 10 (90 %)", "ca. 2,5 von 10 (25 %)"; null unless both parts are known. */
	progressLabel: string | null;
	goal: string | null;
	progressText: string | null;
	nextSteps: string | null;
	/** The planned date had passed at the report's date (today's for a report from current data) and the measure still ran. */
	overdue: boolean;
	plannedDate: string | null;
}

/** The council paper the report goes out as (Drucksache, Gremium, Sitzung). */
export interface ReportPaper {
	documentRef: string | null;
	documentUrl: string | null;
	committee: string | null;
	/** "08.11.2022" */
	meetingDate: string | null;
	consultations: { committee: string; meetingDate: string | null; role: string | null }[];
}

/** The Sachstandsbericht: the form of the Friesland document, filled from any district. */
export interface ReportModel {
	/** The status report it shows; null where the district has none and today's values stand in. */
	reportId: string | null;
	districtName: string;
	title: string;
	dateLabel: string | null;
	paper: ReportPaper;
	intro: string | null;
	/** 'report': a closed report's snapshots; 'draft': today's values for a draft; 'current': today's values, no report. */
	basis: 'report' | 'draft' | 'current';
	entries: ReportEntry[];
	/** Completed and ended measures, the document's "Historienverzeichnis". */
	history: ReportEntry[];
	/** Against the closed report before this one; null without one. */
	changes: ChangeSummary | null;
	/** The district's annual goals, as they stand now (a report freezes measures, not goals). */
	goals: ReportGoal[];
	/** The district's KPIs with their series, as they stand now. */
	kpis: ReportKpi[];
}

/** One annual goal as the report prints it; every label already carries "ca." where the document has it. */
export interface ReportGoal {
	id: string;
	year: number;
	title: string;
	/** "mindestens 10 Ämter", "höchstens 0,8", "ca. 200 Prozesse" (no direction word where the document gives none); null without a target. */
	targetLabel: string | null;
	actualLabel: string | null;
	/** "80 %"; null where unknown or without a direction. */
	attainmentLabel: string | null;
	/** Why there is no attainment although a target exists: the wording gives no direction. */
	attainmentNote: string | null;
	/** The cost components in words ("einmalig 150 €; pro Jahr 6.000 €"); null where the document says nothing. */
	costLabel: string | null;
	costNote: string | null;
}

export interface ReportKpi {
	id: string;
	name: string;
	description: string | null;
	targetLabel: string | null;
	/** "ca. 60 % (ohne Stichtag)"; null without a baseline. */
	baselineLabel: string | null;
	baselineNote: string | null;
	/** As written ("bis zum Jahresende 2021"), else the date; null without a deadline. */
	deadlineLabel: string | null;
	/** Oldest first: "31.12.2023: ca. 2,5 %". */
	values: { date: string; label: string }[];
	attainmentLabel: string | null;
}

export interface ReportChoice {
	/** A closed report of the dashboard; without it, the newest. */
	reportId?: string | null;
	/** A draft report (the dashboard holds closed reports only): today's values under its head. */
	draft?: StatusReportView | null;
}

const isFinished = (status: MeasureStatus | null) => status !== null && FINISHED_STATUSES.includes(status);
const collator = new Intl.Collator('de', { numeric: true });
const byNumber = (a: ReportEntry, b: ReportEntry) =>
	a.number === b.number ? collator.compare(a.title, b.title) : a.number === null ? 1 : b.number === null ? -1 : collator.compare(a.number, b.number) || collator.compare(a.title, b.title);

/**
 * Builds the report, the one model both renderers (print view, Word) draw: a closed report's
 * per-measure snapshots (progress, status, text, next steps, class at that date) in the
 * document's numbering, compared with the closed report before it. A draft shows the measures
 * it will freeze with today's values, compared with the newest closed report. A district
 * without a report, or whose report carries no snapshots, gets its open measures as they stand
 * now, and the report says so.
 */
export function buildReportModel(dashboard: DistrictDashboard, choice: ReportChoice = {}): ReportModel {
	const closed = dashboard.statusReports;
	const draft = choice.draft ?? null;
	const report = draft ?? (choice.reportId ? closed.find((r) => r.id === choice.reportId) : closed[0]) ?? null;
	const previous = draft ? (closed.find((r) => r.report_date <= draft.report_date) ?? null) : report ? (closed.find((r) => r.id !== report.id && r.report_date <= report.report_date) ?? null) : null;

	const snapshotIn = (measure: MeasureView, reportId: string | undefined) => measure.updates.find((u) => u.report.id === reportId) ?? null;
	const reported = !draft && report ? dashboard.measures.flatMap((measure) => { const update = snapshotIn(measure, report.id); return update ? [{ measure, update }] : []; }) : [];

	let entries: ReportEntry[];
	let basis: ReportModel['basis'];
	if (reported.length > 0) {
		basis = 'report';
		entries = reported.map(({ measure, update }) =>
			entry(measure, {
				status: update.status ?? measure.status,
				priorityClass: update.priority_class ?? measure.priority_class,
				progressValue: update.progress_value,
				progressApproximate: update.progress_approximate,
				progressTarget: update.progress_target,
				progressPercent: update.progress_percent,
				progressText: update.progress_text,
				nextSteps: update.next_steps,
				// Late as the report's date saw it: the same rule, on that day, with the status the report froze.
				overdue: isMeasureOverdue({ planned_date: measure.planned_date, status: update.status ?? measure.status }, report!.report_date),
			}),
		);
	} else {
		basis = draft ? 'draft' : 'current';
		// A draft freezes what was still running at the report before, and what is new since.
		const inDraft = (m: MeasureView) => !isFinished(m.status) || (previous !== null && snapshotIn(m, previous.id) !== null && !isFinished(snapshotIn(m, previous.id)!.status));
		entries = dashboard.measures.filter((m) => !m.historical).filter(draft ? inDraft : (m) => !isFinished(m.status)).map((m) => entry(m, {}));
	}
	const inReport = new Set(entries.map((e) => e.id));
	// An entry of a history section stays history even where the document gives it no status.
	const history = dashboard.measures.filter((m) => (isFinished(m.status) || m.historical) && !inReport.has(m.id)).map((m) => entry(m, {}));

	return {
		reportId: report?.id ?? null,
		districtName: dashboard.district.name,
		title: report?.title ?? `${REPORT_TEXTS.title}: ${dashboard.district.strategy_title ?? dashboard.district.name}`,
		dateLabel: report ? (report.report_date_label ?? formatGermanDate(report.report_date)) : dashboard.district.source_date_label,
		paper: paperOf(report),
		intro: report?.body ?? null,
		basis,
		entries: entries.sort(byNumber),
		history: history.sort(byNumber),
		changes: report && previous && basis !== 'current' ? changesSince(dashboard.measures, previous, report, entries) : null,
		goals: dashboard.annualGoals.map(reportGoal),
		kpis: dashboard.kpis.map(reportKpi),
	};
}

const DIRECTION_WORDS: Record<GoalDirection, string> = { at_least: 'mindestens', at_most: 'höchstens' };
const percentLabel = (value: number | null) => (value === null ? null : `${formatGermanNumber(value, 1)} %`);

/** A target with its direction word where the document gives one, and "ca." where it marks one. */
function targetLabel(value: number | null, approximate: boolean, unit: string | null, direction: GoalDirection | null): string | null {
	if (value === null) return null;
	const number = formatApproximate(value, approximate, unit);
	return direction === null ? number : `${DIRECTION_WORDS[direction]} ${number}`;
}

function reportGoal(goal: AnnualGoalView): ReportGoal {
	const noDirection = goal.direction === null;
	return {
		id: goal.id,
		year: goal.year,
		title: goal.title,
		targetLabel: targetLabel(goal.target_value, goal.target_approximate, goal.unit, goal.direction),
		actualLabel: goal.actual_value === null ? null : formatApproximate(goal.actual_value, false, goal.unit),
		attainmentLabel: noDirection ? null : percentLabel(goal.attainment_percent),
		attainmentNote: noDirection && goal.target_value !== null ? REPORT_TEXTS.goals.noDirection : null,
		costLabel: formatCostComponents(goal.cost.components),
		costNote: goal.cost.note,
	};
}

function reportKpi(kpi: KpiMetrics): ReportKpi {
	const baseline = kpi.baseline;
	return {
		id: kpi.id,
		name: kpi.name,
		description: kpi.description,
		targetLabel: targetLabel(kpi.target_value, false, kpi.unit, kpi.direction),
		baselineLabel: baseline === null ? null : `${formatApproximate(baseline.value, baseline.approximate, kpi.unit)} (${baseline.date === null ? REPORT_TEXTS.kpis.undated : `${REPORT_TEXTS.kpis.asOf} ${formatGermanDate(baseline.date)}`})`,
		baselineNote: baseline?.note ?? null,
		deadlineLabel: kpi.deadline === null ? null : (kpi.deadline.label ?? (kpi.deadline.date === null ? null : `${REPORT_TEXTS.kpis.until} ${formatGermanDate(kpi.deadline.date)}`)),
		values: kpi.values.map((v) => ({ date: v.date, label: `${formatGermanDate(v.date)}: ${formatApproximate(v.value, v.approximate, kpi.unit)}` })),
		attainmentLabel: kpi.direction === null ? null : percentLabel(kpi.attainment_percent),
	};
}

function entry(measure: MeasureView, frozen: Partial<ReportEntry>): ReportEntry {
	const values = {
		status: measure.status,
		priorityClass: measure.priority_class,
		progressValue: measure.progress_current,
		progressApproximate: measure.progress_approximate,
		progressTarget: measure.progress_target,
		progressPercent: measure.progress_percent,
		progressText: measure.progress_text,
		nextSteps: measure.next_steps,
		overdue: measure.overdue,
		...frozen,
	};
	return {
		id: measure.id,
		statusLabel: values.status === null ? NOT_STATED_LABEL : MEASURE_STATUS_LABELS[values.status],
		number: measure.code,
		title: measure.title,
		formerTitles: measure.former_titles,
		goal: measure.goal,
		plannedDate: measure.planned_date,
		...values,
		progressLabel: progressLabel(values.progressValue, values.progressApproximate, values.progressTarget, values.progressPercent),
	};
}

function progressLabel(value: number | null, approximate: boolean, target: number | null, percent: number | null): string | null {
	if (value === null || target === null) return null;
	const of = `${formatApproximate(value, approximate)} von ${formatGermanNumber(target)}`;
	return percent === null ? of : `${of} (${formatGermanNumber(percent, 1)} %)`;
}

function paperOf(report: StatusReportView | null): ReportPaper {
	return {
		documentRef: report?.document_ref ?? null,
		documentUrl: report?.document_url ?? null,
		committee: report?.committee ?? null,
		meetingDate: report?.meeting_date ? formatGermanDate(report.meeting_date) : null,
		consultations: (report?.consultations ?? []).map((c: Consultation) => ({ committee: c.committee, meetingDate: c.meeting_date ? formatGermanDate(c.meeting_date) : null, role: c.role })),
	};
}

function changesSince(measures: readonly MeasureView[], previous: StatusReportView, report: StatusReportView, entries: readonly ReportEntry[]): ChangeSummary | null {
	const before: FrozenSnapshot[] = measures.flatMap((m) => {
		const u = m.updates.find((candidate) => candidate.report.id === previous.id);
		return u ? [{ measure: m.id, status: u.status, progress_value: u.progress_value, progress_target: u.progress_target, progress_percent: u.progress_percent, priority_class: u.priority_class, progress_text: u.progress_text, next_steps: u.next_steps }] : [];
	});
	const after: FrozenSnapshot[] = entries.map((e) => ({ measure: e.id, status: e.status, progress_value: e.progressValue, progress_target: e.progressTarget, progress_percent: e.progressPercent, priority_class: e.priorityClass, progress_text: e.progressText, next_steps: e.nextSteps }));
	const head = (r: StatusReportView) => ({ id: r.id, title: r.title, report_date: r.report_date });
	return buildChangeSummary({ report: head(report), previous: head(previous), measures: compareReportSnapshots(before, after, measures) });
}
