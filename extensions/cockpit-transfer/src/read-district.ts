/** Reads a stored district through Directus' ItemsService, with the caller's permissions. */
import type { Knex } from 'knex';
import { EMPTY_DISTRICT, type Rec, type StoredDistrict } from './format/stored';

export type ItemsServiceClass = new (
	collection: string,
	options: { knex: Knex; schema: unknown; accountability: unknown },
) => {
	readByQuery(query: Record<string, unknown>): Promise<Record<string, unknown>[]>;
	createOne(data: Record<string, unknown>, opts?: Record<string, unknown>): Promise<unknown>;
	updateOne(key: string, data: Record<string, unknown>, opts?: Record<string, unknown>): Promise<unknown>;
};

export interface ServiceContext {
	ItemsService: ItemsServiceClass;
	/** For writing new rows in bulk (apply-plan.ts). */
	PayloadService: new (collection: string, options: { knex: Knex; schema: unknown; accountability: unknown }) => {
		processValues(action: 'create', payload: Record<string, unknown>[]): Promise<unknown>;
	};
	ActivityService: new (options: { knex: Knex; schema: unknown }) => { createOne(data: Record<string, unknown>): Promise<unknown> };
	/** The extensions' shared emitter, on which cockpit-compute offers its create checks. */
	emitter: { emitFilter(event: string | string[], payload: unknown, meta: Record<string, unknown>, context: Record<string, unknown>): Promise<unknown> };
	knex: Knex;
	schema: unknown;
	accountability: unknown;
}

export async function readDistrict(ctx: ServiceContext, id: string): Promise<StoredDistrict> {
	const read = async (collection: string, filter: Record<string, unknown>): Promise<Rec[]> =>
		(await new ctx.ItemsService(collection, ctx).readByQuery({ filter, limit: -1, fields: ['*'] })) as Rec[];
	const [district] = await read('districts', { id: { _eq: id } });
	if (!district) return { district: null, ...EMPTY_DISTRICT };
	const inDistrict = { district: { _eq: id } };
	const [action_fields, measures, priority_criteria, annual_goals, kpis, status_reports, owners] = await Promise.all([
		read('action_fields', inDistrict),
		read('measures', inDistrict),
		read('priority_criteria', inDistrict),
		read('annual_goals', inDistrict),
		read('kpis', inDistrict),
		read('status_reports', inDistrict),
		read('owners', inDistrict),
	]);
	const ids = (rows: Rec[]) => (rows.length === 0 ? ['00000000-0000-0000-0000-000000000000'] : rows.map((r) => r.id));
	const [priority_levels, measure_ratings, annual_goal_costs, measure_successions, kpi_values, progress_updates, action_field_snapshots, action_field_dependencies] = await Promise.all([
		read('priority_levels', { criterion: { _in: ids(priority_criteria) } }),
		read('measure_ratings', { measure: { district: { _eq: id } } }),
		read('annual_goal_costs', { annual_goal: { _in: ids(annual_goals) } }),
		read('measure_successions', { predecessor: { _in: ids(measures) } }),
		read('kpi_values', { kpi: { _in: ids(kpis) } }),
		read('progress_updates', { status_report: { _in: ids(status_reports) } }),
		read('action_field_snapshots', { action_field: { _in: ids(action_fields) } }),
		read('action_field_dependencies', { from_field: { _in: ids(action_fields) } }),
	]);
	return {
		district,
		action_fields,
		measures,
		priority_criteria,
		priority_levels,
		measure_ratings,
		annual_goals,
		annual_goal_costs,
		measure_successions,
		owners,
		kpis,
		kpi_values,
		status_reports,
		progress_updates,
		action_field_snapshots,
		action_field_dependencies,
	};
}
