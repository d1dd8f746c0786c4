/**
 * What the catalogue and its files publish: the published districts of this instance (by the
 * dashboard's own visibility rule, as for a visitor without login, whoever asks) and their
 * open-data tables. Harvested districts are not republished: their source's catalogue is the
 * one to harvest.
 */
import { buildOpenDataTables, OPEN_DATA_TABLE_KEYS, type DistrictRow, type OpenDataTableKey, type OpenDataTables } from '@cockpit/shared';
import type { Knex } from 'knex';
import { isVisible } from '../../cockpit-dashboard/src/access';
import { normaliseDashboardRows, readDistricts, readRawDashboardRows } from '../../cockpit-dashboard/src/read-rows';
import type { CatalogDistrict } from './build-catalog';

export async function readPublishedDistricts(knex: Knex, ids?: string[]): Promise<DistrictRow[]> {
	const districts = await readDistricts(knex, ids);
	return districts.filter((district) => isVisible(district, 'published') && !district.harvest);
}

export async function readOpenDataTables(knex: Knex, districts: DistrictRow[]): Promise<Map<string, OpenDataTables>> {
	const ids = districts.map((d) => d.id);
	// 'full': the tables carry what only a district's page reads besides its figures (other numbers, long-term values, cost components, successions).
	const rows = normaliseDashboardRows(await readRawDashboardRows(knex, ids, 'full'), districts);
	return new Map(
		districts.map((district) => {
			const mine = <T extends { district: string }>(items: T[]) => items.filter((item) => item.district === district.id);
			return [
				district.id,
				buildOpenDataTables({
					actionFields: mine(rows.actionFields),
					measures: mine(rows.measures),
					annualGoals: mine(rows.annualGoals),
					costComponents: mine(rows.costComponents),
					kpis: mine(rows.kpis),
					kpiValues: mine(rows.kpiValues),
					snapshots: mine(rows.snapshots),
					successions: mine(rows.successions),
				}),
			];
		}),
	);
}

/**
 * Which tables each district has rows in, for the catalogue: one grouped count per table, not
 * the rows (the catalogue of 400 districts would otherwise read every measure of every one).
 * Counted for all districts and picked here: a list of ids would meet SQLite's limit of 999
 * bound values on a large instance.
 */
export async function readTablesWithRows(knex: Knex, ids: string[]): Promise<Map<string, Set<OpenDataTableKey>>> {
	const present = new Map(ids.map((id) => [id, new Set<OpenDataTableKey>()]));
	if (ids.length === 0) return present;
	const districtsWith = async (table: OpenDataTableKey, query: Knex.QueryBuilder) => {
		for (const row of (await query) as { district: string }[]) present.get(String(row.district))?.add(table);
	};
	await Promise.all([
		districtsWith('measures', knex('measures').distinct('district')),
		districtsWith('annual_goals', knex('annual_goals').distinct('district')),
		districtsWith('cost_components', knex('annual_goal_costs as c').join('annual_goals as g', 'g.id', 'c.annual_goal').distinct('g.district as district')),
		districtsWith('measure_successions', knex('measure_successions as s').join('measures as m', 'm.id', 's.predecessor').distinct('m.district as district')),
		districtsWith('kpi_values', knex('kpis').distinct('district')),
		districtsWith('action_fields', knex('action_fields').distinct('district')),
		districtsWith(
			'field_counts',
			knex('action_field_snapshots as s').join('action_fields as f', 'f.id', 's.action_field').distinct('f.district as district'),
		),
	]);
	return present;
}

export function toCatalogDistrict(district: DistrictRow, tables: ReadonlySet<OpenDataTableKey>, now: Date): CatalogDistrict {
	return {
		id: district.id,
		name: district.name,
		state: district.state,
		ags: district.ags ?? null,
		strategy_title: district.strategy_title,
		modified: district.data_changed_at ?? now.toISOString(),
		tables: OPEN_DATA_TABLE_KEYS.filter((key) => tables.has(key)),
	};
}
