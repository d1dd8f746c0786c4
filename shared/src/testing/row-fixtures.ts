/**
 * Stored rows for the builders' unit tests, with every optional field empty, so a test writes
 * only the fields its rule is about.
 */
import type { DashboardRows, DistrictRow, MeasureRow, SnapshotRow } from '../dashboard-rows';

export function districtRow(overrides: Partial<DistrictRow> & Pick<DistrictRow, 'id' | 'name'>): DistrictRow {
	return {
		state: 'Niedersachsen',
		published: true,
		strategy_title: null,
		source_document: null,
		source_date: null,
		source_date_label: null,
		...overrides,
	};
}

export function measureRow(overrides: Partial<MeasureRow> & Pick<MeasureRow, 'id' | 'district' | 'code' | 'title' | 'theme' | 'status'>): MeasureRow {
	return {
		action_field: null,
		former_titles: [],
		priority_class: null,
		priority_score: null,
		priority_rank: null,
		progress_current: null,
		progress_target: null,
		progress_percent: null,
		goal: null,
		description: null,
		progress_text: null,
		next_steps: null,
		planned_label: null,
		planned_date: null,
		horizon: null,
		source_note: null,
		...overrides,
	};
}

/** A project field's counts on a date; every count not given is unknown. */
export function snapshotRow(overrides: Partial<SnapshotRow> & Pick<SnapshotRow, 'id' | 'district' | 'action_field' | 'date'>): SnapshotRow {
	return {
		planned_count: null,
		added_count: null,
		total_count: null,
		completed_count: null,
		completing_soon_count: null,
		in_progress_count: null,
		ongoing_count: null,
		note: null,
		...overrides,
	};
}

/** No rows at all; spread it and add what the test needs. */
export function noRows(): DashboardRows {
	return { themes: [], districts: [], actionFields: [], measures: [], annualGoals: [], kpis: [], kpiValues: [], statusReports: [], progressUpdates: [], snapshots: [], dependencies: [] };
}
