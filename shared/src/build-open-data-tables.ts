import type { DashboardRows } from './dashboard-rows';
import type { OpenDataRow, OpenDataTables } from './open-data-tables';
import { MEASURE_STATUS_LABELS, NOT_STATED_LABEL } from './types';

/**
 * One district's open-data tables from its stored rows. Only what its public page shows:
 * no ratings, no draft reports, no texts of progress reports. Rows are sorted by their codes
 * (then ids), so the same data always gives the same file.
 */
export function buildOpenDataTables(rows: Omit<DashboardRows, 'themes' | 'districts' | 'statusReports' | 'progressUpdates' | 'dependencies'>): OpenDataTables {
	const json = (list: readonly unknown[]) => (list.length === 0 ? null : JSON.stringify(list));
	const goalOrder = new Map([...rows.annualGoals].sort((a, b) => a.year - b.year || (a.sort ?? 0) - (b.sort ?? 0) || a.id.localeCompare(b.id)).map((g, index) => [g.id, index]));
	const measureCode = new Map(rows.measures.map((m) => [m.id, m.code ?? '']));
	const byCode = <T extends { code: string | null; id: string }>(a: T, b: T) =>
		(a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }) || a.id.localeCompare(b.id);
	const valuesOf = new Map<string, { date: string; value: number; approximate: boolean }[]>();
	for (const value of rows.kpiValues) valuesOf.set(value.kpi, [...(valuesOf.get(value.kpi) ?? []), value]);
	return {
		measures: [...rows.measures].sort(byCode).map((m) => ({
			id: m.id,
			code: m.code,
			title: m.title,
			action_field: m.action_field,
			theme: m.theme,
			status: m.status,
			status_label: m.status === null ? NOT_STATED_LABEL : (MEASURE_STATUS_LABELS[m.status] ?? null),
			historical: m.historical,
			other_codes: json(m.other_codes),
			priority_class: m.priority_class,
			priority_score: m.priority_score,
			priority_rank: m.priority_rank,
			progress_current: m.progress_current,
			progress_approximate: m.progress_approximate,
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
				target_approximate: g.target_approximate,
				actual_value: g.actual_value,
				unit: g.unit,
				attainment_percent: g.attainment_percent,
				cost_note: g.cost_note,
				sort: g.sort,
			})),
		cost_components: [...rows.costComponents]
			.filter((c) => goalOrder.has(c.annual_goal))
			.sort((a, b) => goalOrder.get(a.annual_goal)! - goalOrder.get(b.annual_goal)! || (a.sort ?? 0) - (b.sort ?? 0) || a.id.localeCompare(b.id))
			.map((c) => ({
				id: c.id,
				annual_goal: c.annual_goal,
				kind: c.kind,
				amount: c.amount,
				approximate: c.approximate,
				years: c.years,
				year: c.year,
				funder: c.funder,
				share_percent: c.share_percent,
				attribution: c.attribution,
				note: c.note,
				sort: c.sort,
			})),
		kpi_values: [...rows.kpis]
			.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id))
			.flatMap((k): OpenDataRow[] => {
				const kpi = {
					kpi: k.id, kpi_name: k.name, theme: k.theme, description: k.description, unit: k.unit, target_value: k.target_value, direction: k.direction, measure: k.measure,
					baseline_value: k.baseline_value, baseline_approximate: k.baseline_approximate, baseline_date: k.baseline_date, baseline_note: k.baseline_note,
					deadline_date: k.deadline_date, deadline_label: k.deadline_label,
				};
				const values = [...(valuesOf.get(k.id) ?? [])].sort((a, b) => a.date.localeCompare(b.date));
				return values.length === 0 ? [{ ...kpi, date: null, value: null, approximate: null }] : values.map((v) => ({ ...kpi, date: v.date, value: v.value, approximate: v.approximate }));
			}),
		action_fields: [...rows.actionFields]
			.sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0) || byCode(a, b))
			.map((f) => ({ id: f.id, code: f.code, title: f.title, kind: f.kind, parent: f.parent, theme: f.theme, long_term_target: f.long_term_target, long_term_values: json(f.long_term_values), sort: f.sort })),
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
		measure_successions: [...rows.successions]
			.filter((s) => measureCode.has(s.predecessor) && measureCode.has(s.successor))
			.sort((a, b) => byCode({ code: measureCode.get(a.predecessor)!, id: a.predecessor }, { code: measureCode.get(b.predecessor)!, id: b.predecessor }) || byCode({ code: measureCode.get(a.successor)!, id: a.successor }, { code: measureCode.get(b.successor)!, id: b.successor }))
			.map((s) => ({ predecessor: s.predecessor, successor: s.successor, note: s.note })),
	};
}
