/**
 * Reads what the dashboards need with one query per collection for all requested districts
 * at once (never one per measure); normaliseDashboardRows turns the drivers' values into the
 * builders' rows.
 *
 * Reads go straight to the database: an anonymous visitor has no permission on the domain
 * collections, and the endpoint has already decided which districts the caller may see.
 */
import type {
	ActionFieldKind,
	ActionFieldRow,
	AnnualGoalRow,
	Consultation,
	CostAttribution,
	CostComponentRow,
	CostType,
	DashboardRows,
	DependencyRow,
	DistrictRow,
	GoalDirection,
	Horizon,
	KpiRow,
	KpiValueRow,
	MeasureRow,
	MeasureStatus,
	OtherCode,
	PriorityClass,
	ProgressUpdateRow,
	SnapshotRow,
	StatusReportRow,
	SuccessionRow,
	TargetValue,
	ThemeRow,
} from '@cockpit/shared';
import type { Knex } from 'knex';
import { toBoolean, toIsoDate, toIsoTimestamp, toList, toNumber, toText } from './db-values';

/** A row as the database driver (or Directus' REST API) returns it, before normalising. */
export type Raw = Record<string, unknown>;

/**
 * The columns the dashboards read per collection. Rows of kpi_values, progress_updates and
 * action_field_snapshots additionally carry `district` from the item they belong to, whose
 * id each of them names (`kpi`, `measure`, `action_field`).
 */
export const COLUMNS = {
	districts: [
		'id', 'name', 'state', 'published', 'strategy_title', 'source_document', 'source_date', 'source_date_label', 'ags', 'data_changed_at', 'source_url',
		'harvested_at', 'harvest_error', 'data_version',
	],
	themes: ['id', 'name'],
	actionFields: ['id', 'district', 'kind', 'code', 'title', 'parent', 'theme', 'sort'],
	actionFieldTexts: ['long_term_target', 'long_term_values'],
	measureFigures: [
		'id', 'district', 'action_field', 'code', 'theme', 'title', 'status', 'historical', 'priority_class', 'priority_score', 'priority_rank',
		'progress_current', 'progress_approximate', 'progress_target', 'progress_percent', 'planned_date', 'horizon',
	],
	measureTexts: [
		'former_titles', 'other_codes', 'goal', 'description', 'progress_text', 'next_steps', 'planned_label', 'source_note',
		'profile_description', 'benefit', 'addressees', 'best_practice', 'profile_empty_sections', 'owner',
	],
	annualGoals: [
		'id', 'district', 'action_field', 'year', 'title', 'direction', 'target_value', 'target_approximate', 'actual_value', 'unit', 'attainment_percent',
		'cost_note', 'sort',
	],
	costComponents: ['id', 'annual_goal', 'kind', 'amount', 'approximate', 'years', 'year', 'funder', 'share_percent', 'attribution', 'note', 'sort'],
	kpis: [
		'id', 'district', 'theme', 'name', 'description', 'unit', 'target_value', 'direction', 'measure',
		'baseline_value', 'baseline_approximate', 'baseline_date', 'baseline_note', 'deadline_date', 'deadline_label',
	],
	kpiValues: ['kpi', 'date', 'value', 'approximate'],
	statusReportHeads: ['id', 'district', 'title', 'report_date', 'report_date_label', 'document_ref', 'state', 'committee', 'meeting_date', 'document_url', 'consultations'],
	progressUpdates: ['id', 'measure', 'status_report', 'status', 'progress_value', 'progress_approximate', 'progress_target', 'progress_percent', 'progress_text', 'next_steps', 'priority_class'],
	snapshots: [
		'id', 'action_field', 'date', 'planned_count', 'added_count', 'total_count', 'completed_count',
		'completing_soon_count', 'in_progress_count', 'ongoing_count', 'note',
	],
	dependencies: ['id', 'from_field', 'to_field', 'note'],
	successions: ['id', 'predecessor', 'successor', 'note'],
	owners: ['id', 'name'],
} as const;

/** The stored rows of each collection, not yet normalised. */
export interface RawDashboardRows {
	themes: Raw[];
	actionFields: Raw[];
	measures: Raw[];
	annualGoals: Raw[];
	kpis: Raw[];
	kpiValues: Raw[];
	statusReports: Raw[];
	progressUpdates: Raw[];
	snapshots: Raw[];
	dependencies: Raw[];
	/** Read for a district's page only (as are successions and owners); absent reads as none. */
	costComponents?: Raw[];
	successions?: Raw[];
	owners?: Raw[];
}

/** The requested districts, or all of them, ordered by id (the place name as a slug). */
export async function readDistricts(knex: Knex, ids?: readonly string[]): Promise<DistrictRow[]> {
	const query = knex('districts').select(COLUMNS.districts).orderBy('id');
	if (ids) query.whereIn('id', ids);
	const rows: Raw[] = await query;
	return rows.map(toDistrictRow);
}

export function toDistrictRow(r: Raw): DistrictRow {
	return {
		id: String(r['id']),
		name: String(r['name']),
		state: String(r['state']),
		published: toBoolean(r['published']),
		strategy_title: toText(r['strategy_title']),
		source_document: toText(r['source_document']),
		source_date: toIsoDate(r['source_date']),
		source_date_label: toText(r['source_date_label']),
		ags: toText(r['ags']),
		data_changed_at: toIsoTimestamp(r['data_changed_at']),
		data_version: toNumber(r['data_version']),
		harvest: r['source_url'] ? { source_url: String(r['source_url']), harvested_at: toIsoTimestamp(r['harvested_at']), failed: Boolean(r['harvest_error']) } : null,
	};
}


/**
 * The stored rows the builders need for the given district ids, not yet normalised.
 *
 * `figures` leaves out what only a single district's page shows (the long texts of measures,
 * their progress updates, report bodies): the cards and the comparison never return them, and
 * on SQLite, where queries run one after another, the texts are most of the reading time.
 * Needs only the ids, so the endpoint can read while it still checks who is asking.
 */
export async function readRawDashboardRows(knex: Knex, ids: readonly string[], detail: 'full' | 'figures' = 'full'): Promise<RawDashboardRows> {
	const full = detail === 'full';
	const rows = (query: PromiseLike<unknown> | Raw[]) => Promise.resolve(query) as Promise<Raw[]>;
	const actionFieldsRead = rows(knex('action_fields').select(full ? [...COLUMNS.actionFields, ...COLUMNS.actionFieldTexts] : COLUMNS.actionFields).whereIn('district', ids));
	const measuresRead = rows(knex('measures').select(full ? [...COLUMNS.measureFigures, ...COLUMNS.measureTexts] : COLUMNS.measureFigures).whereIn('district', ids));
	const goalsRead = rows(knex('annual_goals').select(COLUMNS.annualGoals).whereIn('district', ids));
	const kpisRead = rows(knex('kpis').select(COLUMNS.kpis).whereIn('district', ids).orderBy('name'));
	const [themes, actionFields, measures, annualGoals, kpis, kpiValues, statusReports, progressUpdates, snapshots, dependencies, costComponents, successions, owners] = await Promise.all([
		rows(knex('themes').select(COLUMNS.themes).orderBy([{ column: 'sort' }, { column: 'id' }])),
		actionFieldsRead,
		measuresRead,
		goalsRead,
		kpisRead,
		readBelow(knex, kpisRead, 'kpi_values', 'kpi', COLUMNS.kpiValues),
		rows(knex('status_reports').select([...COLUMNS.statusReportHeads, ...(full ? ['body'] : [])]).whereIn('district', ids)),
		full ? readBelow(knex, measuresRead, 'progress_updates', 'measure', COLUMNS.progressUpdates) : [],
		readBelow(knex, actionFieldsRead, 'action_field_snapshots', 'action_field', COLUMNS.snapshots),
		full ? readBelow(knex, actionFieldsRead, 'action_field_dependencies', 'from_field', COLUMNS.dependencies) : [],
		// What only a district's page shows: the cost components of its goals, which measure led to which, who owns them.
		full ? readBelow(knex, goalsRead, 'annual_goal_costs', 'annual_goal', COLUMNS.costComponents) : [],
		full ? readBelow(knex, measuresRead, 'measure_successions', 'predecessor', COLUMNS.successions) : [],
		full ? rows(knex('owners').select(COLUMNS.owners).whereIn('district', ids)) : [],
	]);
	return { themes, actionFields, measures, annualGoals, kpis, kpiValues, statusReports, progressUpdates, snapshots, dependencies, costComponents, successions, owners };
}

/**
 * The rows of `table` below the given parent rows, each with its parent's district.
 *
 * Read by the parents' ids, once those have arrived, rather than joined to the parent table
 * and filtered by district: the join left PostgreSQL's planner to choose, and with the
 * default cost settings it scanned all 24,000 KPI values of 400 districts to find 300
 * (5.5 ms, against 0.2 ms through the index). A list of ids on the indexed foreign key is
 * read through the index by SQLite and PostgreSQL alike.
 */
async function readBelow(knex: Knex, parentsRead: Promise<Raw[]>, table: string, foreignKey: string, columns: readonly string[]): Promise<Raw[]> {
	const parents = await parentsRead;
	if (parents.length === 0) return [];
	const districtOf = new Map(parents.map((parent) => [String(parent['id']), parent['district']]));
	const children: Raw[] = await knex(table).select(columns).whereIn(foreignKey, parents.map((parent) => parent['id'] as string | number));
	return children.map((child) => ({ ...child, district: districtOf.get(String(child[foreignKey])) }));
}

/**
 * The builders' rows from stored values, whichever way they were read: a missing or unreadable
 * number stays null, dates become 'YYYY-MM-DD', JSON lists are parsed.
 */
export function normaliseDashboardRows(raw: RawDashboardRows, districts: DistrictRow[]): DashboardRows {
	const { themes, actionFields, measures, annualGoals, kpis, kpiValues, statusReports, progressUpdates, snapshots, dependencies } = raw;
	const ownerName = new Map((raw.owners ?? []).map((r) => [String(r['id']), String(r['name'])]));
	const fieldSort = new Map(actionFields.map((r) => [String(r['id']), toNumber(r['sort']) ?? 0]));
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
				long_term_target: toText(r['long_term_target']),
				long_term_values: toList<TargetValue>(r['long_term_values']),
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
				status: toText(r['status']) as MeasureStatus | null,
				historical: toBoolean(r['historical']),
				other_codes: toList<OtherCode>(r['other_codes']),
				priority_class: toText(r['priority_class']) as PriorityClass | null,
				priority_score: toNumber(r['priority_score']),
				priority_rank: toNumber(r['priority_rank']),
				progress_current: toNumber(r['progress_current']),
				progress_approximate: toBoolean(r['progress_approximate']),
				progress_target: toNumber(r['progress_target']),
				progress_percent: toNumber(r['progress_percent']),
				goal: toText(r['goal']),
				description: toText(r['description']),
				progress_text: toText(r['progress_text']),
				next_steps: toText(r['next_steps']),
				planned_label: toText(r['planned_label']),
				planned_date: toIsoDate(r['planned_date']),
				horizon: toText(r['horizon']) as Horizon | null,
				source_note: toText(r['source_note']),
				profile_description: toText(r['profile_description']),
				benefit: toText(r['benefit']),
				addressees: toText(r['addressees']),
				best_practice: toText(r['best_practice']),
				profile_empty_sections: toList<string>(r['profile_empty_sections']),
				owner_name: r['owner'] === null || r['owner'] === undefined ? null : (ownerName.get(String(r['owner'])) ?? null),
			}),
		),
		annualGoals: annualGoals.map(
			(r): AnnualGoalRow => ({
				id: String(r['id']),
				district: String(r['district']),
				action_field: toText(r['action_field']),
				year: Number(r['year']),
				title: String(r['title']),
				direction: toText(r['direction']) as GoalDirection | null,
				target_value: toNumber(r['target_value']),
				target_approximate: toBoolean(r['target_approximate']),
				actual_value: toNumber(r['actual_value']),
				unit: toText(r['unit']),
				attainment_percent: toNumber(r['attainment_percent']),
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
				direction: toText(r['direction']) as GoalDirection | null,
				measure: toText(r['measure']),
				baseline_value: toNumber(r['baseline_value']),
				baseline_approximate: toBoolean(r['baseline_approximate']),
				baseline_date: toIsoDate(r['baseline_date']),
				baseline_note: toText(r['baseline_note']),
				deadline_date: toIsoDate(r['deadline_date']),
				deadline_label: toText(r['deadline_label']),
			}),
		),
		costComponents: (raw.costComponents ?? []).map(
			(r): CostComponentRow => ({
				id: String(r['id']),
				district: String(r['district']),
				annual_goal: String(r['annual_goal']),
				kind: r['kind'] as CostType,
				amount: toNumber(r['amount']),
				approximate: toBoolean(r['approximate']),
				years: toNumber(r['years']),
				year: toNumber(r['year']),
				funder: toText(r['funder']),
				share_percent: toNumber(r['share_percent']),
				attribution: (toText(r['attribution']) ?? 'goal') as CostAttribution,
				note: toText(r['note']),
				sort: toNumber(r['sort']),
			}),
		),
		// A value or date that cannot be read is left out rather than drawn as 0 or as no date.
		kpiValues: kpiValues.flatMap((r): KpiValueRow[] => {
			const date = toIsoDate(r['date']);
			const value = toNumber(r['value']);
			return date === null || value === null ? [] : [{ kpi: String(r['kpi']), district: String(r['district']), date, value, approximate: toBoolean(r['approximate']) }];
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
				state: r['state'] === 'closed' ? 'closed' : 'draft',
				committee: toText(r['committee']),
				meeting_date: toIsoDate(r['meeting_date']),
				document_url: toText(r['document_url']),
				consultations: toList<Consultation>(r['consultations']),
			}),
		),
		progressUpdates: progressUpdates.map(
			(r): ProgressUpdateRow => ({
				id: String(r['id']),
				district: String(r['district']),
				measure: String(r['measure']),
				status_report: String(r['status_report']),
				status: toText(r['status']) as MeasureStatus | null,
				progress_value: toNumber(r['progress_value']),
				progress_approximate: toBoolean(r['progress_approximate']),
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
		// In the document's order of fields, so the list beside the Zeitplan reads like the Steckbriefe.
		dependencies: dependencies
			.map((r): DependencyRow => ({ district: String(r['district']), from_field: String(r['from_field']), to_field: String(r['to_field']), note: toText(r['note']) }))
			.sort((a, b) => (fieldSort.get(a.from_field) ?? 0) - (fieldSort.get(b.from_field) ?? 0) || (fieldSort.get(a.to_field) ?? 0) - (fieldSort.get(b.to_field) ?? 0)),
		successions: (raw.successions ?? []).map((r): SuccessionRow => ({ district: String(r['district']), predecessor: String(r['predecessor']), successor: String(r['successor']), note: toText(r['note']) })),
	};
}
