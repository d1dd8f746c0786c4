import { attainmentLight } from './attainment-light';
import { buildDistrictReports } from './build-district-reports';
import { buildReportChanges } from './build-report-changes';
import { buildKpiMetrics } from './build-kpi-metrics';
import { buildStatusMetrics } from './build-status-metrics';
import { buildThemeMetrics } from './build-theme-metrics';
import type {
	ActionFieldRow,
	AnnualGoalRow,
	CostComponentRow,
	DashboardRows,
	DependencyRow,
	DistrictRow,
	MeasureRow,
	ProgressUpdateRow,
	SnapshotRow,
	StatusReportRow,
	SuccessionRow,
	ThemeRow,
} from './dashboard-rows';
import type {
	ActionFieldView,
	AnnualGoalView,
	CostComponentView,
	DependencyView,
	DistrictDashboard,
	KpiMetrics,
	MeasureView,
	SnapshotView,
	StatusReportView,
	SuccessionLink,
	ThemeMetrics,
} from './dashboard-types';
import { groupBy } from './group-by';
import { isMeasureOverdue } from './is-measure-overdue';
import { pickLatestSnapshots } from './pick-latest-snapshots';
import { sortMeasuresByRank } from './sort-measures-by-rank';
import { summarizeAnnualGoals } from './summarize-annual-goals';
import { summarizeMeasures } from './summarize-measures';
import { toDistrictHeader } from './to-district-header';
import { PRIORITY_CLASSES, type PriorityClass } from './types';

/** What a comparison shows of a district: the dashboard's figures, without its lists. */
export type DistrictSummary = Pick<DistrictDashboard, 'district' | 'reports' | 'status' | 'meanProgress' | 'goals' | 'themes'>;

/**
 * The dashboard of every district in `rows.districts`, in that order, built in one pass over
 * rows that may hold several districts. `today` ('YYYY-MM-DD') is the day overdue measures are
 * judged on: the endpoint passes its local day, tests a fixed one.
 */
export function buildDistrictDashboards(rows: DashboardRows, today: string = localIsoDay(new Date())): DistrictDashboard[] {
	return splitByDistrict(rows).map(({ district, items }) => buildDashboard(district, rows.themes, items, today));
}

/**
 * The summary of every district in `rows.districts`, in that order: what a comparison shows,
 * computed as the dashboard computes it, without building the lists (measures with their
 * history, goals, action fields, reports) that a comparison would throw away.
 */
export function buildDistrictSummaries(rows: DashboardRows): DistrictSummary[] {
	return splitByDistrict(rows).map(({ district, items }) => summarize(district, rows.themes, items).summary);
}

/** One district's share of the rows. */
type DistrictItems = Omit<DashboardRows, 'themes' | 'districts'>;

function splitByDistrict(rows: DashboardRows): { district: DistrictRow; items: DistrictItems }[] {
	const ofDistrict = <T extends { district: string }>(items: readonly T[]) => groupBy(items, (item) => item.district);
	const actionFields = ofDistrict(rows.actionFields);
	const measures = ofDistrict(rows.measures);
	const annualGoals = ofDistrict(rows.annualGoals);
	const costComponents = ofDistrict(rows.costComponents);
	const kpis = ofDistrict(rows.kpis);
	const kpiValues = ofDistrict(rows.kpiValues);
	const statusReports = ofDistrict(rows.statusReports);
	const progressUpdates = ofDistrict(rows.progressUpdates);
	const snapshots = ofDistrict(rows.snapshots);
	const dependencies = ofDistrict(rows.dependencies);
	const successions = ofDistrict(rows.successions);
	return rows.districts.map((district) => ({
		district,
		items: {
			actionFields: actionFields.get(district.id) ?? [],
			measures: measures.get(district.id) ?? [],
			// A goal whose wording gives no direction has no attainment, whatever a stale stored value says.
			annualGoals: (annualGoals.get(district.id) ?? []).map((goal) => (goal.direction === null && goal.attainment_percent !== null ? { ...goal, attainment_percent: null } : goal)),
			costComponents: costComponents.get(district.id) ?? [],
			kpis: kpis.get(district.id) ?? [],
			kpiValues: kpiValues.get(district.id) ?? [],
			statusReports: statusReports.get(district.id) ?? [],
			progressUpdates: progressUpdates.get(district.id) ?? [],
			snapshots: snapshots.get(district.id) ?? [],
			dependencies: dependencies.get(district.id) ?? [],
			successions: successions.get(district.id) ?? [],
		},
	}));
}

/** The summary, with what the full dashboard builds on besides. */
function summarize(district: DistrictRow, themes: readonly ThemeRow[], items: DistrictItems) {
	const { measures, annualGoals } = items;
	const fieldById = new Map(items.actionFields.map((field) => [field.id, field]));
	// Only the newest state of a project field counts; older snapshots are history.
	const snapshots = pickLatestSnapshots(items.snapshots);
	const valuesOfKpi = groupBy(items.kpiValues, (value) => value.kpi);
	const kpis = items.kpis.map((kpi) => buildKpiMetrics(kpi, valuesOfKpi.get(kpi.id) ?? []));
	const progress = summarizeMeasures(measures);
	const summary: DistrictSummary = {
		district: toDistrictHeader(district),
		reports: buildDistrictReports({ measures, goals: annualGoals, kpis, snapshots }),
		status: buildStatusMetrics({ measures, snapshots }),
		meanProgress: progress.meanProgress,
		goals: annualGoals.length === 0 ? null : summarizeAnnualGoals(annualGoals),
		themes: themeMetrics(themes, fieldById, measures, annualGoals, kpis, snapshots),
	};
	return { summary, progressCoverage: progress.progressCoverage, kpis, snapshots };
}

function buildDashboard(district: DistrictRow, themes: readonly ThemeRow[], items: DistrictItems, today: string): DistrictDashboard {
	const { measures, annualGoals } = items;
	const { summary, progressCoverage, kpis, snapshots } = summarize(district, themes, items);
	// A draft is work in progress: only closed reports are history, and the latest report is the latest closed one.
	const statusReports = items.statusReports.filter((r) => r.state === 'closed').sort((a, b) => b.report_date.localeCompare(a.report_date));
	const views = measureViews(measures, items.progressUpdates, items.successions, statusReports, today);

	return {
		district: summary.district,
		reports: summary.reports,
		status: summary.status,
		meanProgress: summary.meanProgress,
		progressCoverage,
		scoreCoverage: { withValue: measures.filter((m) => m.priority_score !== null).length, total: measures.length },
		priorityClasses: countPriorityClasses(measures),
		goals: summary.goals,
		measures: views,
		annualGoals: annualGoalViews(annualGoals, items.costComponents),
		kpis,
		actionFields: actionFieldViews(items.actionFields, measures, snapshots),
		themes: summary.themes,
		statusReports: statusReports.map(statusReportView),
		latestReportDate: statusReports[0]?.report_date ?? null,
		reportChanges: buildReportChanges(statusReports, items.progressUpdates, measures),
		overdueCount: views.filter((m) => m.overdue).length,
		dependencies: items.dependencies.map(dependencyView),
	};
}

/** The calendar day of `date` where the code runs, 'YYYY-MM-DD'. */
function localIsoDay(date: Date): string {
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Null when the district assigns no classes at all: no class is not class 0. */
function countPriorityClasses(measures: readonly MeasureRow[]): Record<PriorityClass, number> | null {
	if (!measures.some((m) => m.priority_class !== null)) return null;
	const counts = Object.fromEntries(PRIORITY_CLASSES.map((c) => [c, 0])) as Record<PriorityClass, number>;
	for (const measure of measures) if (measure.priority_class !== null) counts[measure.priority_class] += 1;
	return counts;
}

function measureViews(
	measures: readonly MeasureRow[],
	updates: readonly ProgressUpdateRow[],
	successions: readonly SuccessionRow[],
	reports: readonly StatusReportRow[],
	today: string,
): MeasureView[] {
	const reportById = new Map(reports.map((report) => [report.id, report]));
	const updatesOfMeasure = groupBy(updates, (update) => update.measure);
	const measureById = new Map(measures.map((m) => [m.id, m]));
	const link = (id: string, note: string | null): SuccessionLink[] => {
		const other = measureById.get(id);
		return other === undefined ? [] : [{ id: other.id, code: other.code, title: other.title, note }];
	};
	const byCode = (a: SuccessionLink, b: SuccessionLink) => (a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }) || a.title.localeCompare(b.title, 'de');
	const predecessorsOf = groupBy(successions, (s) => s.successor);
	const successorsOf = groupBy(successions, (s) => s.predecessor);
	return sortMeasuresByRank(measures).map((m) => ({
		id: m.id,
		code: m.code,
		title: m.title,
		former_titles: m.former_titles,
		status: m.status,
		historical: m.historical,
		other_codes: m.other_codes,
		theme: m.theme,
		action_field: m.action_field,
		priority_class: m.priority_class,
		priority_score: m.priority_score,
		priority_rank: m.priority_rank,
		progress_current: m.progress_current,
		progress_approximate: m.progress_approximate,
		progress_target: m.progress_target,
		progress_percent: m.progress_percent,
		goal: m.goal,
		description: m.description,
		progress_text: m.progress_text,
		next_steps: m.next_steps,
		planned_label: m.planned_label,
		planned_date: m.planned_date,
		horizon: m.horizon,
		source_note: m.source_note,
		profile_description: m.profile_description,
		benefit: m.benefit,
		addressees: m.addressees,
		best_practice: m.best_practice,
		profile_empty_sections: m.profile_empty_sections,
		owner_name: m.owner_name,
		predecessors: (predecessorsOf.get(m.id) ?? []).flatMap((s) => link(s.predecessor, s.note)).sort(byCode),
		successors: (successorsOf.get(m.id) ?? []).flatMap((s) => link(s.successor, s.note)).sort(byCode),
		overdue: isMeasureOverdue(m, today),
		updates: (updatesOfMeasure.get(m.id) ?? [])
			.flatMap((update) => {
				const report = reportById.get(update.status_report);
				return report === undefined ? [] : [{ update, report }];
			})
			.sort((a, b) => a.report.report_date.localeCompare(b.report.report_date))
			.map(({ update, report }) => ({
				report: { id: report.id, title: report.title, report_date: report.report_date, report_date_label: report.report_date_label },
				status: update.status,
				progress_value: update.progress_value,
				progress_approximate: update.progress_approximate,
				progress_target: update.progress_target,
				progress_percent: update.progress_percent,
				progress_text: update.progress_text,
				next_steps: update.next_steps,
				priority_class: update.priority_class,
			})),
	}));
}

function annualGoalViews(goals: readonly AnnualGoalRow[], costs: readonly CostComponentRow[]): AnnualGoalView[] {
	const costsOf = groupBy(costs, (c) => c.annual_goal);
	return [...goals]
		.sort((a, b) => a.year - b.year || (a.sort ?? Infinity) - (b.sort ?? Infinity) || a.title.localeCompare(b.title, 'de'))
		.map((goal) => ({
			id: goal.id,
			year: goal.year,
			title: goal.title,
			action_field: goal.action_field,
			target_value: goal.target_value,
			actual_value: goal.actual_value,
			unit: goal.unit,
			direction: goal.direction,
			target_approximate: goal.target_approximate,
			attainment_percent: goal.attainment_percent,
			light: attainmentLight(goal.attainment_percent),
			cost: { components: [...(costsOf.get(goal.id) ?? [])].sort((a, b) => (a.sort ?? Infinity) - (b.sort ?? Infinity)).map(costComponentView), note: goal.cost_note },
		}));
}

/**
 * Each action field with the status of everything below it: a Leitziel's measures hang off
 * its Leitprojekte, so counting only direct measures would show most Leitziele as empty.
 */
function actionFieldViews(
	fields: readonly ActionFieldRow[],
	measures: readonly MeasureRow[],
	snapshots: readonly SnapshotRow[],
): ActionFieldView[] {
	const childrenOf = groupBy(fields, (field) => field.parent);
	const measuresOf = groupBy(measures, (measure) => measure.action_field);
	const snapshotOf = new Map(snapshots.map((snapshot) => [snapshot.action_field, snapshot]));
	const ordered = [...fields].sort((a, b) => (a.sort ?? Infinity) - (b.sort ?? Infinity) || (a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }));

	return ordered.map((field) => {
		const subtree = subtreeOf(field.id, childrenOf);
		const subtreeMeasures = subtree.flatMap((id) => measuresOf.get(id) ?? []);
		const subtreeSnapshots = subtree.flatMap((id) => snapshotOf.get(id) ?? []);
		const own = snapshotOf.get(field.id);
		return {
			id: field.id,
			code: field.code,
			title: field.title,
			kind: field.kind,
			parent: field.parent,
			theme: field.theme,
			long_term_target: field.long_term_target,
			long_term_values: field.long_term_values,
			status: buildStatusMetrics({ measures: subtreeMeasures, snapshots: subtreeSnapshots }),
			meanProgress: summarizeMeasures(subtreeMeasures).meanProgress,
			snapshot: own === undefined ? null : snapshotView(own),
		};
	});
}

/** The field and all fields below it; a parent loop in edited data must not hang the request. */
function subtreeOf(root: string, childrenOf: Map<string | null, ActionFieldRow[]>): string[] {
	const seen = new Set<string>([root]);
	const pending = [root];
	for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
		for (const child of childrenOf.get(id) ?? []) {
			if (seen.has(child.id)) continue;
			seen.add(child.id);
			pending.push(child.id);
		}
	}
	return [...seen];
}

/** The themes the district has anything on, in the catalogue's order. */
function themeMetrics(
	themes: readonly ThemeRow[],
	fieldById: ReadonlyMap<string, ActionFieldRow>,
	measures: readonly MeasureRow[],
	goals: readonly AnnualGoalRow[],
	kpis: readonly KpiMetrics[],
	snapshots: readonly SnapshotRow[],
): ThemeMetrics[] {
	// Goals and snapshots take the theme of their action field; measures and KPIs have their own.
	const themeOfField = (id: string | null) => (id === null ? undefined : fieldById.get(id)?.theme);
	const measuresOf = groupBy(measures, (m) => m.theme);
	const goalsOf = groupBy(goals, (g) => themeOfField(g.action_field));
	const kpisOf = groupBy(kpis, (k) => k.theme);
	const snapshotsOf = groupBy(snapshots, (s) => themeOfField(s.action_field));
	return themes.flatMap((theme) => {
		const metrics = buildThemeMetrics(theme, {
			measures: measuresOf.get(theme.id) ?? [],
			goals: goalsOf.get(theme.id) ?? [],
			kpis: kpisOf.get(theme.id) ?? [],
			snapshots: snapshotsOf.get(theme.id) ?? [],
		});
		return metrics === null ? [] : [metrics];
	});
}

function costComponentView({ id: _id, district: _district, annual_goal: _goal, sort: _sort, ...component }: CostComponentRow): CostComponentView {
	return component;
}

function snapshotView({ id: _id, district: _district, action_field: _field, ...counts }: SnapshotRow): SnapshotView {
	return counts;
}

function dependencyView(dependency: DependencyRow): DependencyView {
	return { from: dependency.from_field, to: dependency.to_field, note: dependency.note };
}

function statusReportView(report: StatusReportRow): StatusReportView {
	return {
		id: report.id,
		title: report.title,
		report_date: report.report_date,
		report_date_label: report.report_date_label,
		document_ref: report.document_ref,
		body: report.body,
		committee: report.committee,
		meeting_date: report.meeting_date,
		document_url: report.document_url,
		consultations: report.consultations,
	};
}
