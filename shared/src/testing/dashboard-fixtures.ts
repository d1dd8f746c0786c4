/**
 * Small builders of API answers for unit tests: every field at a neutral value, so a test
 * writes inline only the fields its rule is about.
 */
import type {
	AnnualGoalView,
	CompareResponse,
	DistrictCard,
	DistrictDashboard,
	DistrictHeader,
	DistrictReports,
	KpiMetrics,
	MeasureView,
	StatusMetrics,
	ThemeMetrics,
} from '../index';
import { toDistrictHeader } from '../to-district-header';
import { districtRow, measureRow } from './row-fixtures';

/** The header the API returns is the stored district row (same fields). */
export function header(overrides: Partial<DistrictHeader> = {}): DistrictHeader {
	return { ...toDistrictHeader(districtRow({ id: 'friesland', name: 'Landkreis Friesland' })), ...overrides };
}

export function reports(overrides: Partial<DistrictReports> = {}): DistrictReports {
	return {
		measures: false,
		statusCounts: false,
		priorityScores: false,
		priorityClasses: false,
		progress: false,
		annualGoals: false,
		kpis: false,
		fieldSnapshots: false,
		...overrides,
	};
}

export function noStatus(): StatusMetrics {
	return { total: null, byStatus: null, unspecified: null, completed: null, inProgress: null, completedShare: null, source: null };
}

export function status(byStatus: Partial<Record<keyof NonNullable<StatusMetrics['byStatus']>, number>>): StatusMetrics {
	const full = { idea: 0, planned: 0, in_progress: 0, completed: 0, ongoing: 0, ended: 0, ...byStatus };
	const total = Object.values(full).reduce((sum, value) => sum + value, 0);
	return {
		total,
		byStatus: full,
		unspecified: 0,
		completed: full.completed,
		inProgress: full.in_progress,
		completedShare: total === 0 ? null : Math.round((10000 * full.completed) / total) / 100,
		source: 'measures',
	};
}

/** A measure as the dashboard shows it: the stored row without its district, with its updates. */
export function measure(overrides: Partial<MeasureView> = {}): MeasureView {
	const { district: _district, ...row } = measureRow({
		id: overrides.code ? `m-${overrides.code}` : 'm-1',
		district: 'friesland',
		code: '1',
		title: 'Maßnahme',
		theme: 'organisation',
		status: 'in_progress',
	});
	return { ...row, overdue: false, updates: [], predecessors: [], successors: [], ...overrides };
}

export function kpi(overrides: Partial<KpiMetrics> = {}): KpiMetrics {
	return {
		id: 'kpi-1',
		name: 'Anteil der Mitarbeiter in Telearbeit',
		description: null,
		unit: '%',
		target_value: 20,
		direction: 'at_least',
		theme: 'mobiles-arbeiten',
		measure: null,
		baseline: null,
		deadline: null,
		values: [],
		latest: null,
		latestApproximate: false,
		attainment_percent: null,
		...overrides,
	};
}

export function goal(overrides: Partial<AnnualGoalView> = {}): AnnualGoalView {
	return {
		id: 'g-1',
		year: 2024,
		title: 'Jahresziel',
		action_field: null,
		target_value: 10,
		actual_value: null,
		unit: 'Ämter',
		direction: 'at_least',
		target_approximate: false,
		attainment_percent: null,
		light: 'unknown',
		cost: { components: [], note: null },
		...overrides,
	};
}

export function themeMetrics(id: string, name: string, overrides: Partial<ThemeMetrics> = {}): ThemeMetrics {
	return {
		theme: { id, name },
		measureCount: null,
		status: noStatus(),
		meanProgress: null,
		progressCoverage: { withValue: 0, total: 0 },
		meanScore: null,
		goalCount: null,
		meanAttainment: null,
		kpis: [],
		...overrides,
	};
}

export function dashboard(overrides: Partial<DistrictDashboard> = {}): DistrictDashboard {
	return {
		district: header(),
		reports: reports(),
		status: noStatus(),
		meanProgress: null,
		progressCoverage: { withValue: 0, total: 0 },
		scoreCoverage: { withValue: 0, total: 0 },
		priorityClasses: null,
		goals: null,
		measures: [],
		annualGoals: [],
		kpis: [],
		actionFields: [],
		themes: [],
		statusReports: [],
		latestReportDate: null,
		reportChanges: null,
		overdueCount: 0,
		dependencies: [],
		...overrides,
	};
}

export function card(overrides: Partial<DistrictCard> = {}): DistrictCard {
	return { district: header(), reports: reports(), status: noStatus(), meanProgress: null, latestReportDate: null, ...overrides };
}

export function compareRow(overrides: Partial<CompareResponse['districts'][number]> = {}): CompareResponse['districts'][number] {
	return { district: header(), reports: reports(), status: noStatus(), meanProgress: null, meanAttainment: null, byTheme: {}, ...overrides };
}
