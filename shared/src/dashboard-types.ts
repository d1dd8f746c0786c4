/**
 * The answers of the dashboard API (extensions/cockpit-dashboard), shared with the app.
 * A metric a district does not report is `null`, never 0, and `coverage` says on how many
 * items a figure rests.
 */
import type { AttainmentLight } from './attainment-light';
import type { Consultation } from './is-council-paper-change';
import type { CostComponentRow, HarvestState, MeasureRow, SnapshotRow, TargetValue } from './dashboard-rows';
import type { ActionFieldKind, GoalDirection, MeasureStatus, PriorityClass } from './types';

export interface Coverage {
	withValue: number;
	total: number;
}

/** What a district's documents report at all; drives which panels the app shows. */
export interface DistrictReports {
	measures: boolean; // individual measures
	statusCounts: boolean; // counts per status (from measures or from project-field snapshots)
	priorityScores: boolean; // a weighted criteria matrix
	priorityClasses: boolean; // manual classes 1+ .. 4
	progress: boolean; // progress estimates against a completion mark
	annualGoals: boolean;
	kpis: boolean;
	fieldSnapshots: boolean; // counts per project field only (Unna)
}

export interface DistrictHeader {
	id: string;
	name: string;
	state: string;
	published: boolean;
	strategy_title: string | null;
	source_document: string | null;
	source_date: string | null;
	source_date_label: string | null;
	/** Only for a harvested district: its source and the date of its data. */
	harvest?: HarvestState;
}

/** Counts by status; from measures, or summed from project-field snapshots where only counts exist. */
export interface StatusMetrics {
	total: number | null;
	byStatus: Record<MeasureStatus, number> | null;
	/** Measures whose document gives no status (counted in `total`, in no `byStatus` entry); null with `byStatus`. */
	unspecified: number | null;
	completed: number | null;
	inProgress: number | null;
	completedShare: number | null;
	source: 'measures' | 'snapshots' | null;
}

export interface ThemeMetrics {
	theme: { id: string; name: string };
	measureCount: number | null;
	status: StatusMetrics;
	meanProgress: number | null;
	progressCoverage: Coverage;
	meanScore: number | null;
	goalCount: number | null;
	meanAttainment: number | null;
	kpis: KpiMetrics[];
}

export interface KpiMetrics {
	id: string;
	name: string;
	description: string | null;
	unit: string | null;
	target_value: number | null;
	direction: GoalDirection | null;
	theme: string;
	/** The measure whose profile states it, by id in `measures`; null when none. */
	measure: string | null;
	baseline: { value: number; approximate: boolean; date: string | null; note: string | null } | null;
	deadline: { date: string | null; label: string | null } | null;
	values: { date: string; value: number; approximate: boolean }[];
	latest: number | null;
	latestApproximate: boolean;
	attainment_percent: number | null;
}

export interface ProgressUpdateView {
	report: { id: string; title: string; report_date: string; report_date_label: string | null };
	/** The measure's status when the report was closed; null in updates stored before it was recorded. */
	status: MeasureStatus | null;
	progress_value: number | null;
	progress_approximate: boolean;
	progress_target: number | null;
	progress_percent: number | null;
	progress_text: string | null;
	next_steps: string | null;
	priority_class: PriorityClass | null;
}

/** A measure as its district's page shows it: the stored row (its district is the page's) with its history. */
export interface MeasureView extends Omit<MeasureRow, 'district'> {
	/** Its planned date has passed and it is neither completed nor ended (isMeasureOverdue). */
	overdue: boolean;
	updates: ProgressUpdateView[]; // oldest first
	/** The name of its owner (Verantwortliche Stelle), null when none. */
	owner_name: string | null;
	/** Measures this one continues, and measures that continue it (measure_successions), by id in `measures`. */
	predecessors: SuccessionLink[];
	successors: SuccessionLink[];
}

export interface SuccessionLink {
	id: string;
	code: string | null;
	title: string;
	note: string | null;
}

/** A dependency between two fields of action, by their ids in `actionFields`. */
export interface DependencyView {
	from: string;
	to: string;
	note: string | null;
}

export interface AnnualGoalView {
	id: string;
	year: number;
	title: string;
	action_field: string | null;
	target_value: number | null;
	actual_value: number | null;
	unit: string | null;
	/** null: the wording says neither; the goal then has no attainment. */
	direction: GoalDirection | null;
	target_approximate: boolean;
	attainment_percent: number | null;
	light: AttainmentLight;
	/** components: [] when the document says nothing on cost; note: its cost sentence, verbatim. */
	cost: { components: CostComponentView[]; note: string | null };
}

export type CostComponentView = Omit<CostComponentRow, 'id' | 'district' | 'annual_goal' | 'sort'>;

/** A project field's counts on one date, without the keys that tie the row to its field. */
export type SnapshotView = Omit<SnapshotRow, 'id' | 'district' | 'action_field'>;

export interface ActionFieldView {
	id: string;
	code: string | null;
	title: string;
	kind: ActionFieldKind;
	parent: string | null;
	theme: string;
	long_term_target: string | null;
	long_term_values: TargetValue[];
	status: StatusMetrics;
	meanProgress: number | null;
	/** The field's latest count, as the report states it. */
	snapshot: SnapshotView | null;
}

export interface StatusReportView {
	id: string;
	title: string;
	report_date: string;
	report_date_label: string | null;
	document_ref: string | null;
	body: string | null;
	committee: string | null;
	meeting_date: string | null;
	document_url: string | null;
	consultations: Consultation[];
}

/** GET /dashboard/districts/:id */
export interface DistrictDashboard {
	district: DistrictHeader;
	reports: DistrictReports;
	status: StatusMetrics;
	meanProgress: number | null;
	progressCoverage: Coverage;
	scoreCoverage: Coverage;
	priorityClasses: Record<PriorityClass, number> | null;
	goals: { total: number; withAttainment: number; meanAttainment: number | null; lights: Record<AttainmentLight, number> } | null;
	measures: MeasureView[]; // ranked first by priority rank, then by code
	annualGoals: AnnualGoalView[];
	kpis: KpiMetrics[];
	actionFields: ActionFieldView[];
	themes: ThemeMetrics[]; // only themes the district uses
	statusReports: StatusReportView[]; // newest first
	latestReportDate: string | null;
	/** The newest closed report against the closed one before it; null without a closed report. */
	reportChanges: ReportChanges | null;
	/** Measures whose planned date has passed while they still run (measures[].overdue). */
	overdueCount: number;
	/** The dependencies between its fields of action that the documents state. */
	dependencies: DependencyView[];
}

/** A report as `reportChanges` names it. */
export interface ReportHead {
	id: string;
	title: string;
	report_date: string;
}

/**
 * new: no update in the previous report; changed: some frozen value differs; unchanged: none
 * does, which the app shows as "ohne neue Meldung".
 */
export type ReportChange = 'new' | 'changed' | 'unchanged';

export interface ReportChangeMeasure {
	id: string;
	code: string | null;
	title: string;
	change: ReportChange;
	/** [before, after]; before is null for a new measure. */
	status: [MeasureStatus | null, MeasureStatus | null];
	progress_percent: [number | null, number | null];
}

export interface ReportChanges {
	report: ReportHead;
	previous: ReportHead | null;
	measures: ReportChangeMeasure[];
}

/** One card on `/`: GET /dashboard/districts */
export interface DistrictCard {
	district: DistrictHeader;
	reports: DistrictReports;
	status: StatusMetrics;
	meanProgress: number | null;
	latestReportDate: string | null;
}

/** GET /dashboard/compare?districts=a,b,c */
export interface CompareResponse {
	themes: { id: string; name: string }[];
	districts: {
		district: DistrictHeader;
		reports: DistrictReports;
		status: StatusMetrics;
		meanProgress: number | null;
		meanAttainment: number | null;
		byTheme: Record<string, ThemeMetrics | null>; // null: the district has nothing on this theme
	}[];
}
