/**
 * Reads what the dashboards need with one query per collection for all requested districts
 * at once (never one per measure), and normalises the drivers' values on the way in.
 *
 * Reads go straight to the database: an anonymous visitor has no permission on the domain
 * collections, and the endpoint has already decided which districts the caller may see.
 */
import type {
	ActionFieldKind,
	ActionFieldRow,
	AnnualGoalRow,
	CostType,
	DashboardRows,
	DistrictRow,
	GoalDirection,
	KpiRow,
	KpiValueRow,
	MeasureRow,
	MeasureStatus,
	PriorityClass,
	ProgressUpdateRow,
	SnapshotRow,
	StatusReportRow,
	ThemeRow,
} from '@cockpit/shared';
import type { Knex } from 'knex';
import { toBoolean, toIsoDate, toList, toNumber, toText } from './db-values';

type Raw = Record<string, unknown>;

/** The requested districts, or all of them, ordered by id (the place name as a slug). */
export async function readDistricts(knex: Knex, ids?: readonly string[]): Promise<DistrictRow[]> {
	const query = knex('districts').select('id', 'name', 'state', 'published', 'strategy_title', 'source_document', 'source_date', 'source_date_label').orderBy('id');
	if (ids) query.whereIn('id', ids);
	const rows: Raw[] = await query;
	return rows.map((r) => ({
		id: String(r['id']),
		name: String(r['name']),
		state: String(r['state']),
		published: toBoolean(r['published']),
		strategy_title: toText(r['strategy_title']),
		source_document: toText(r['source_document']),
		source_date: toIsoDate(r['source_date']),
		source_date_label: toText(r['source_date_label']),
	}));
}

const MEASURE_FIGURES = [
	'id', 'district', 'action_field', 'code', 'theme', 'title', 'status', 'priority_class', 'priority_score', 'priority_rank',
	'progress_current', 'progress_target', 'progress_percent',
];
const MEASURE_TEXTS = ['former_titles', 'goal', 'description', 'progress_text', 'next_steps', 'planned_label', 'source_note'];

/**
 * Everything the builders need for the given districts, which are kept in the given order.
 *
 * `figures` leaves out what only a single district's page shows (the long texts of measures,
 * their progress updates, report bodies): the cards and the comparison never return them, and
 * on SQLite, where queries run one after another, the texts are most of the reading time.
 */
export async function readDashboardRows(knex: Knex, districts: DistrictRow[], detail: 'full' | 'figures' = 'full'): Promise<DashboardRows> {
	const ids = districts.map((d) => d.id);
	const full = detail === 'full';
	const none = Promise.resolve([] as Raw[]);
	const [themes, actionFields, measures, annualGoals, kpis, kpiValues, statusReports, progressUpdates, snapshots] = await Promise.all([
		knex('themes').select('id', 'name').orderBy([{ column: 'sort' }, { column: 'id' }]) as Promise<Raw[]>,
		knex('action_fields').select('id', 'district', 'kind', 'code', 'title', 'parent', 'theme', 'sort').whereIn('district', ids) as Promise<Raw[]>,
		knex('measures').select(full ? [...MEASURE_FIGURES, ...MEASURE_TEXTS] : MEASURE_FIGURES).whereIn('district', ids) as Promise<Raw[]>,
		knex('annual_goals')
			.select(
				'id', 'district', 'action_field', 'year', 'title', 'direction', 'target_value', 'actual_value', 'unit', 'attainment_percent',
				'cost_type', 'cost_amount', 'cost_years', 'cost_funding', 'cost_note', 'sort',
			)
			.whereIn('district', ids) as Promise<Raw[]>,
		knex('kpis').select('id', 'district', 'theme', 'name', 'description', 'unit', 'target_value', 'direction').whereIn('district', ids).orderBy('name') as Promise<Raw[]>,
		knex('kpi_values as v').join('kpis as k', 'k.id', 'v.kpi').select('v.kpi', 'k.district', 'v.date', 'v.value').whereIn('k.district', ids) as Promise<Raw[]>,
		knex('status_reports')
			.select(['id', 'district', 'title', 'report_date', 'report_date_label', 'document_ref', ...(full ? ['body'] : [])])
			.whereIn('district', ids) as Promise<Raw[]>,
		full
			? (knex('progress_updates as u')
					.join('measures as m', 'm.id', 'u.measure')
					.select('u.id', 'm.district', 'u.measure', 'u.status_report', 'u.progress_value', 'u.progress_target', 'u.progress_percent', 'u.progress_text', 'u.next_steps', 'u.priority_class')
					.whereIn('m.district', ids) as Promise<Raw[]>)
			: none,
		knex('action_field_snapshots as s')
			.join('action_fields as f', 'f.id', 's.action_field')
			.select(
				's.id', 'f.district', 's.action_field', 's.date', 's.planned_count', 's.added_count', 's.total_count', 's.completed_count',
				's.completing_soon_count', 's.in_progress_count', 's.ongoing_count', 's.note',
			)
			.whereIn('f.district', ids) as Promise<Raw[]>,
	]);

	return {
		themes: themes.map((r): ThemeRow => ({ id: String(r['id']), name: String(r['name']) })),
		districts,
		actionFields: actionFields.map(
			(r): ActionFieldRow => ({
				id: String(r['id']),
				district: String(r['district']),
				kind: r['kind'] as ActionFieldKind,
				code: toText(r['code']),
				title: String(r['title']),
				parent: toText(r['parent']),
				theme: String(r['theme']),
				sort: toNumber(r['sort']),
			}),
		),
		measures: measures.map(
			(r): MeasureRow => ({
				id: String(r['id']),
				district: String(r['district']),
				action_field: toText(r['action_field']),
				code: toText(r['code']),
				theme: String(r['theme']),
				title: String(r['title']),
				former_titles: toList<string>(r['former_titles']),
				status: r['status'] as MeasureStatus,
				priority_class: toText(r['priority_class']) as PriorityClass | null,
				priority_score: toNumber(r['priority_score']),
				priority_rank: toNumber(r['priority_rank']),
				progress_current: toNumber(r['progress_current']),
				progress_target: toNumber(r['progress_target']),
				progress_percent: toNumber(r['progress_percent']),
				goal: toText(r['goal']),
				description: toText(r['description']),
				progress_text: toText(r['progress_text']),
				next_steps: toText(r['next_steps']),
				planned_label: toText(r['planned_label']),
				source_note: toText(r['source_note']),
			}),
		),
		annualGoals: annualGoals.map(
			(r): AnnualGoalRow => ({
				id: String(r['id']),
				district: String(r['district']),
				action_field: toText(r['action_field']),
				year: Number(r['year']),
				title: String(r['title']),
				direction: r['direction'] as GoalDirection,
				target_value: toNumber(r['target_value']),
				actual_value: toNumber(r['actual_value']),
				unit: toText(r['unit']),
				attainment_percent: toNumber(r['attainment_percent']),
				cost_type: toText(r['cost_type']) as CostType | null,
				cost_amount: toNumber(r['cost_amount']),
				cost_years: toNumber(r['cost_years']),
				cost_funding: toList<{ funder: string; share_percent: number }>(r['cost_funding']),
				cost_note: toText(r['cost_note']),
				sort: toNumber(r['sort']),
			}),
		),
		kpis: kpis.map(
			(r): KpiRow => ({
				id: String(r['id']),
				district: String(r['district']),
				theme: String(r['theme']),
				name: String(r['name']),
				description: toText(r['description']),
				unit: toText(r['unit']),
				target_value: toNumber(r['target_value']),
				direction: r['direction'] as GoalDirection,
			}),
		),
		// A value or date that cannot be read is left out rather than drawn as 0 or as no date.
		kpiValues: kpiValues.flatMap((r): KpiValueRow[] => {
			const date = toIsoDate(r['date']);
			const value = toNumber(r['value']);
			return date === null || value === null ? [] : [{ kpi: String(r['kpi']), district: String(r['district']), date, value }];
		}),
		statusReports: statusReports.map(
			(r): StatusReportRow => ({
				id: String(r['id']),
				district: String(r['district']),
				title: String(r['title']),
				report_date: toIsoDate(r['report_date']) ?? '',
				report_date_label: toText(r['report_date_label']),
				document_ref: toText(r['document_ref']),
				body: toText(r['body']),
			}),
		),
		progressUpdates: progressUpdates.map(
			(r): ProgressUpdateRow => ({
				id: String(r['id']),
				district: String(r['district']),
				measure: String(r['measure']),
				status_report: String(r['status_report']),
				progress_value: toNumber(r['progress_value']),
				progress_target: toNumber(r['progress_target']),
				progress_percent: toNumber(r['progress_percent']),
				progress_text: toText(r['progress_text']),
				next_steps: toText(r['next_steps']),
				priority_class: toText(r['priority_class']) as PriorityClass | null,
			}),
		),
		snapshots: snapshots.map(
			(r): SnapshotRow => ({
				id: String(r['id']),
				district: String(r['district']),
				action_field: String(r['action_field']),
				date: toIsoDate(r['date']) ?? '',
				planned_count: toNumber(r['planned_count']),
				added_count: toNumber(r['added_count']),
				total_count: toNumber(r['total_count']),
				completed_count: toNumber(r['completed_count']),
				completing_soon_count: toNumber(r['completing_soon_count']),
				in_progress_count: toNumber(r['in_progress_count']),
				ongoing_count: toNumber(r['ongoing_count']),
				note: toText(r['note']),
			}),
		),
	};
}
