/**
 * Stored rows for the builders' unit tests, with every optional field empty, so a test writes
 * only the fields its rule is about.
 */
import type { ActionFieldRow, AnnualGoalRow, DashboardRows, DistrictRow, KpiRow, MeasureRow, SnapshotRow } from '../dashboard-rows';

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
		historical: false,
		other_codes: [],
		priority_class: null,
		priority_score: null,
		priority_rank: null,
		progress_current: null,
		progress_approximate: false,
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
		profile_description: null,
		benefit: null,
		addressees: null,
		best_practice: null,
		profile_empty_sections: [],
		owner_name: null,
		...overrides,
	};
}

export function actionFieldRow(overrides: Partial<ActionFieldRow> & Pick<ActionFieldRow, 'id' | 'district' | 'kind' | 'code' | 'title' | 'theme'>): ActionFieldRow {
	return { parent: null, long_term_target: null, long_term_values: [], sort: null, ...overrides };
}

/** An annual goal without direction words, costs or values unless given. */
export function annualGoalRow(overrides: Partial<AnnualGoalRow> & Pick<AnnualGoalRow, 'id' | 'district' | 'year' | 'title'>): AnnualGoalRow {
	return {
		action_field: null,
		direction: 'at_least',
		target_value: null,
		target_approximate: false,
		actual_value: null,
		unit: null,
		attainment_percent: null,
		cost_note: null,
		sort: null,
		...overrides,
	};
}

/** A KPI without baseline, deadline or measure unless given. */
export function kpiRow(overrides: Partial<KpiRow> & Pick<KpiRow, 'id' | 'district' | 'theme' | 'name'>): KpiRow {
	return {
		description: null,
		unit: null,
		target_value: null,
		direction: 'at_least',
		measure: null,
		baseline_value: null,
		baseline_approximate: false,
		baseline_date: null,
		baseline_note: null,
		deadline_date: null,
		deadline_label: null,
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
	return { themes: [], districts: [], actionFields: [], measures: [], annualGoals: [], costComponents: [], kpis: [], kpiValues: [], statusReports: [], progressUpdates: [], snapshots: [], dependencies: [], successions: [] };
}
