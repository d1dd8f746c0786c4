import type { DashboardRows } from './dashboard-rows';
import type { OpenDataRow, OpenDataTables } from './open-data-tables';
import { MEASURE_STATUS_LABELS } from './types';

/**
 * One district's open-data tables from its stored rows. Only what its public page shows:
 * no ratings, no draft reports, no texts of progress reports. Rows are sorted by their codes
 * (then ids), so the same data always gives the same file.
 */
export function buildOpenDataTables(rows: Omit<DashboardRows, 'themes' | 'districts' | 'statusReports' | 'progressUpdates' | 'dependencies'>): OpenDataTables {
	const byCode = <T extends { code: string | null; id: string }>(a: T, b: T) =>
		(a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }) || a.id.localeCompare(b.id);
	const valuesOf = new Map<string, { date: string; value: number }[]>();
	for (const value of rows.kpiValues) valuesOf.set(value.kpi, [...(valuesOf.get(value.kpi) ?? []), value]);
	return {
		measures: [...rows.measures].sort(byCode).map((m) => ({
			id: m.id,
			code: m.code,
			title: m.title,
			action_field: m.action_field,
			theme: m.theme,
			status: m.status,
			status_label: MEASURE_STATUS_LABELS[m.status] ?? null,
			priority_class: m.priority_class,
			priority_score: m.priority_score,
			priority_rank: m.priority_rank,
			progress_current: m.progress_current,
			progress_target: m.progress_target,
			progress_percent: m.progress_percent,
		})),
		annual_goals: [...rows.annualGoals]
			.sort((a, b) => a.year - b.year || (a.sort ?? 0) - (b.sort ?? 0) || a.id.localeCompare(b.id))
			.map((g) => ({
				id: g.id,
				action_field: g.action_field,
				year: g.year,
				title: g.title,
				direction: g.direction,
				target_value: g.target_value,
				actual_value: g.actual_value,
				unit: g.unit,
				attainment_percent: g.attainment_percent,
				cost_type: g.cost_type,
				cost_amount: g.cost_amount,
				cost_years: g.cost_years,
				cost_note: g.cost_note,
				sort: g.sort,
			})),
		kpi_values: [...rows.kpis]
			.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id))
			.flatMap((k): OpenDataRow[] => {
				const kpi = { kpi: k.id, kpi_name: k.name, theme: k.theme, description: k.description, unit: k.unit, target_value: k.target_value, direction: k.direction };
				const values = [...(valuesOf.get(k.id) ?? [])].sort((a, b) => a.date.localeCompare(b.date));
				return values.length === 0 ? [{ ...kpi, date: null, value: null }] : values.map((v) => ({ ...kpi, date: v.date, value: v.value }));
			}),
		action_fields: [...rows.actionFields]
			.sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0) || byCode(a, b))
			.map((f) => ({ id: f.id, code: f.code, title: f.title, kind: f.kind, parent: f.parent, theme: f.theme, sort: f.sort })),
		field_counts: [...rows.snapshots]
			.sort((a, b) => a.action_field.localeCompare(b.action_field) || a.date.localeCompare(b.date))
			.map((s) => ({
				action_field: s.action_field,
				date: s.date,
				planned_count: s.planned_count,
				added_count: s.added_count,
				total_count: s.total_count,
				completed_count: s.completed_count,
				completing_soon_count: s.completing_soon_count,
				in_progress_count: s.in_progress_count,
				ongoing_count: s.ongoing_count,
				note: s.note,
			})),
	};
}
