/**
 * What the dashboard builders read: the stored items of one or more districts, already
 * normalised by the endpoint (numbers as numbers, dates as 'YYYY-MM-DD', JSON parsed), so the
 * builders never see a database driver's quirks. Rows that do not carry a `district` of their
 * own (KPI values, progress updates, snapshots) carry it from the item they belong to.
 */
import type { Consultation } from './is-council-paper-change';
import type { ActionFieldKind, CostType, GoalDirection, Horizon, MeasureStatus, PriorityClass, ReportState } from './types';

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
	sort: number | null;
}

export interface MeasureRow {
	id: string;
	district: string;
	action_field: string | null;
	code: string | null;
	theme: string;
	title: string;
	former_titles: string[];
	status: MeasureStatus;
	priority_class: PriorityClass | null;
	priority_score: number | null;
	priority_rank: number | null;
	progress_current: number | null;
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
}

export interface AnnualGoalRow {
	id: string;
	district: string;
	action_field: string | null;
	year: number;
	title: string;
	direction: GoalDirection;
	target_value: number | null;
	actual_value: number | null;
	unit: string | null;
	attainment_percent: number | null;
	cost_type: CostType | null;
	cost_amount: number | null;
	cost_years: number | null;
	cost_funding: { funder: string; share_percent: number }[];
	cost_note: string | null;
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
	direction: GoalDirection;
}

export interface KpiValueRow {
	kpi: string;
	district: string;
	date: string;
	value: number;
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
	kpis: KpiRow[];
	kpiValues: KpiValueRow[];
	statusReports: StatusReportRow[];
	progressUpdates: ProgressUpdateRow[];
	snapshots: SnapshotRow[];
	dependencies: DependencyRow[];
}
