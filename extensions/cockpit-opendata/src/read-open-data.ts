/**
 * What the catalogue and its files publish: the published districts of this instance (by the
 * dashboard's own visibility rule, as for a visitor without login, whoever asks) and their
 * open-data tables. Harvested districts are not republished: their source's catalogue is the
 * one to harvest.
 */
import { buildOpenDataTables, OPEN_DATA_TABLE_KEYS, type DistrictRow, type OpenDataTables } from '@cockpit/shared';
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
	const rows = normaliseDashboardRows(await readRawDashboardRows(knex, ids, 'figures'), districts);
	return new Map(
		districts.map((district) => {
			const mine = <T extends { district: string }>(items: T[]) => items.filter((item) => item.district === district.id);
			return [
				district.id,
				buildOpenDataTables({
					actionFields: mine(rows.actionFields),
					measures: mine(rows.measures),
					annualGoals: mine(rows.annualGoals),
					kpis: mine(rows.kpis),
					kpiValues: mine(rows.kpiValues),
					snapshots: mine(rows.snapshots),
				}),
			];
		}),
	);
}

export function toCatalogDistrict(district: DistrictRow, tables: OpenDataTables, now: Date): CatalogDistrict {
	return {
		id: district.id,
		name: district.name,
		state: district.state,
		ags: district.ags ?? null,
		strategy_title: district.strategy_title,
		modified: district.data_changed_at ?? now.toISOString(),
		tables: OPEN_DATA_TABLE_KEYS.filter((key) => tables[key].length > 0),
	};
}
