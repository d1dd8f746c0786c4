/**
 * What the dashboard builders read: the stored items of one or more districts, already
 * normalised by the endpoint (numbers as numbers, dates as 'YYYY-MM-DD', JSON parsed), so the
 * builders never see a database driver's quirks. Rows that do not carry a `district` of their
 * own (KPI values, progress updates, snapshots) carry it from the item they belong to.
 */
import type { Consultation } from './is-council-paper-change';
import type { ActionFieldKind, CostAttribution, CostType, GoalDirection, Horizon, MeasureStatus, PriorityClass, ReportState } from './types';

export interface ThemeRow {
	id: string;
	name: string;
}

export interface DistrictRow {
	id: string;
	name: string;
	state: string;
	published: boolean;
	strategy_title: string | null;
	source_document: string | null;
	source_date: string | null;
	source_date_label: string | null;
	/** The official district key (Kreisschlüssel), where known. */
	ags?: string | null;
	/** When the district's data last changed (ISO timestamp). */
	data_changed_at?: string | null;
	/** Raised by every committed write and harvest; cached answers are keyed by it. */
	data_version?: number | null;
	/** Set for a district a hub harvested from another instance's catalogue. */
	harvest?: HarvestState | null;
}

export interface HarvestState {
	source_url: string;
	/** The last harvest that succeeded (ISO timestamp). */
	harvested_at: string | null;
	/** True when the last try failed: the data stays as harvested at `harvested_at`. */
	failed: boolean;
}

export interface ActionFieldRow {
	id: string;
	district: string;
	kind: ActionFieldKind;
	code: string | null;
	title: string;
	parent: string | null;
	theme: string;
	/** The strategic goal's long-term target as written (Paderborn), and the numbers it states. */
	long_term_target: string | null;
	long_term_values: TargetValue[];
	sort: number | null;
}

/** A number a target text states: "maximal 0,8" is {value: 0.8, direction: 'at_most', wording: 'maximal 0,8 betragen'}. */
export interface TargetValue {
	value: number;
	unit: string | null;
	/** null: the text says neither "mindestens" nor "maximal". */
	direction: GoalDirection | null;
	approximate: boolean;
	wording: string;
}

/** Another number a document uses for a measure, e.g. Viersen's chapter 7.1 numbering. */
export interface OtherCode {
	code: string;
	source: string;
}

export interface MeasureRow {
	id: string;
	district: string;
	action_field: string | null;
	code: string | null;
	theme: string;
	title: string;
	former_titles: string[];
	/** null: the document gives no status; shown as "nicht angegeben". */
	status: MeasureStatus | null;
	/** An entry of a history section: finished in an earlier report; its number may now belong to another measure. */
	historical: boolean;
	other_codes: OtherCode[];
	priority_class: PriorityClass | null;
	priority_score: number | null;
	priority_rank: number | null;
	progress_current: number | null;
	/** The reading is approximate ("ca. 2,5"); every view prints it with "ca.". */
	progress_approximate: boolean;
	progress_target: number | null;
	progress_percent: number | null;
	goal: string | null;
	description: string | null;
	progress_text: string | null;
	next_steps: string | null;
	planned_label: string | null;
	/** The date the document plans the measure for ('YYYY-MM-DD'); what overdue is judged by. */
	planned_date: string | null;
	horizon: Horizon | null;
	source_note: string | null;
	/** The profile (Steckbrief): its fields as the document heads them. */
	profile_description: string | null;
	benefit: string | null;
	addressees: string | null;
	best_practice: string | null;
	/** Headings the profile prints with nothing under them (so an empty field is not a gap in the transcription). */
	profile_empty_sections: string[];
	/** The name of its owner (owners.name through measures.owner), read with the measure; null when none. */
	owner_name: string | null;
}

/** measure_successions: the successor continues (part of) the predecessor; both of one district. */
export interface SuccessionRow {
	district: string;
	predecessor: string;
	successor: string;
	note: string | null;
}

export interface AnnualGoalRow {
	id: string;
	district: string;
	action_field: string | null;
	year: number;
	title: string;
	/** null: the wording says neither "mindestens" nor "maximal"; then there is no attainment. */
	direction: GoalDirection | null;
	target_value: number | null;
	target_approximate: boolean;
	actual_value: number | null;
	unit: string | null;
	attainment_percent: number | null;
	cost_note: string | null;
	sort: number | null;
}

/** annual_goal_costs: one part of a goal's cost, as its document states it. */
export interface CostComponentRow {
	id: string;
	district: string;
	annual_goal: string;
	kind: CostType;
	amount: number | null;
	approximate: boolean;
	years: number | null;
	year: number | null;
	funder: string | null;
	share_percent: number | null;
	attribution: CostAttribution;
	note: string | null;
	sort: number | null;
}

export interface KpiRow {
	id: string;
	district: string;
	theme: string;
	name: string;
	description: string | null;
	unit: string | null;
	target_value: number | null;
	/** null: the wording says neither; then there is no attainment. */
	direction: GoalDirection | null;
	/** The measure whose profile states the KPI (Viersen 43), else null. */
	measure: string | null;
	/** A starting value, which may have no date ("rd. 60 Prozent"); value null: none stated. */
	baseline_value: number | null;
	baseline_approximate: boolean;
	baseline_date: string | null;
	baseline_note: string | null;
	deadline_date: string | null;
	deadline_label: string | null;
}

export interface KpiValueRow {
	kpi: string;
	district: string;
	date: string;
	value: number;
	approximate: boolean;
}

export interface StatusReportRow {
	id: string;
	district: string;
	title: string;
	report_date: string;
	report_date_label: string | null;
	document_ref: string | null;
	body: string | null;
	state: ReportState;
	committee: string | null;
	meeting_date: string | null;
	document_url: string | null;
	consultations: Consultation[];
}

export interface ProgressUpdateRow {
	id: string;
	district: string;
	measure: string;
	status_report: string;
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

export interface SnapshotRow {
	id: string;
	district: string;
	action_field: string;
	date: string;
	planned_count: number | null;
	added_count: number | null;
	total_count: number | null;
	completed_count: number | null;
	completing_soon_count: number | null;
	in_progress_count: number | null;
	ongoing_count: number | null;
	note: string | null;
}

/** A dependency between two fields of action that a document states (Steckbrief). */
export interface DependencyRow {
	district: string;
	from_field: string;
	to_field: string;
	note: string | null;
}

export interface DashboardRows {
	/** Every theme of the shared catalogue, in its sort order. */
	themes: ThemeRow[];
	districts: DistrictRow[];
	actionFields: ActionFieldRow[];
	measures: MeasureRow[];
	annualGoals: AnnualGoalRow[];
	costComponents: CostComponentRow[];
	kpis: KpiRow[];
	kpiValues: KpiValueRow[];
	statusReports: StatusReportRow[];
	progressUpdates: ProgressUpdateRow[];
	snapshots: SnapshotRow[];
	dependencies: DependencyRow[];
	successions: SuccessionRow[];
}
