/**
 * What the start page's cards rest on, counted in the database: a few aggregate rows per
 * district instead of every measure, goal and KPI of every district, so listing hundreds of
 * districts stays fast. Computed from the stored rows on every request, so nothing can drift
 * from what the district's own dashboard shows.
 */
import type { DistrictRow, DistrictTotals, MeasureStatus, SnapshotRow } from '@cockpit/shared';
import type { Knex } from 'knex';
import { toIsoDate, toNumber } from './db-values';
import { COLUMNS, normaliseDashboardRows, type Raw } from './read-rows';

/**
 * The totals of the given districts (all of them when `ids` is null, which spares the
 * database a list of hundreds of ids).
 */
export async function readDistrictTotals(knex: Knex, districts: DistrictRow[], ids: string[] | null): Promise<Map<string, DistrictTotals>> {
	const only = <T extends Knex.QueryBuilder>(query: T, column: string): T => (ids === null ? query : (query.whereIn(column, ids) as T));
	const rows = (query: PromiseLike<unknown>) => Promise.resolve(query) as Promise<Raw[]>;
	const [measures, goals, kpis, reports, snapshots] = await Promise.all([
		rows(
			only(
				knex('measures')
					.select('district', 'status')
					.count({ count: '*' })
					.count({ progress_count: 'progress_percent' })
					.count({ score_count: 'priority_score' })
					.count({ class_count: 'priority_class' })
					// Hundredths of a percent, an integer: the sum is exact in any order (see summarizeMeasureTotals).
					.select(knex.raw('SUM(ROUND(progress_percent * 100)) AS progress_hundredths'))
					.groupBy('district', 'status'),
				'district',
			),
		),
		rows(only(knex('annual_goals').select('district').count({ count: '*' }).groupBy('district'), 'district')),
		rows(only(knex('kpis').select('district').count({ count: '*' }).groupBy('district'), 'district')),
		rows(only(knex('status_reports').select('district').max({ latest: 'report_date' }).groupBy('district'), 'district')),
		// Few districts report per project field, and only their latest count per field counts.
		rows(
			only(
				knex('action_field_snapshots as s')
					.join('action_fields as f', 'f.id', 's.action_field')
					.select([...COLUMNS.snapshots.map((column) => `s.${column}`), 'f.district']),
				'f.district',
			),
		),
	]);

	const totals = new Map<string, DistrictTotals & { measures: DistrictTotals['measures'][number][]; snapshots: SnapshotRow[] }>(
		districts.map((district) => [district.id, { measures: [], goals: 0, kpis: 0, snapshots: [], latestReportDate: null }]),
	);
	const of = (row: Raw) => totals.get(String(row['district']));
	for (const row of measures) {
		of(row)?.measures.push({
			status: row['status'] as MeasureStatus,
			count: toNumber(row['count']) ?? 0,
			progressCount: toNumber(row['progress_count']) ?? 0,
			progressHundredths: toNumber(row['progress_hundredths']) ?? 0,
			scoreCount: toNumber(row['score_count']) ?? 0,
			classCount: toNumber(row['class_count']) ?? 0,
		});
	}
	for (const row of goals) {
		const district = of(row);
		if (district) district.goals = toNumber(row['count']) ?? 0;
	}
	for (const row of kpis) {
		const district = of(row);
		if (district) district.kpis = toNumber(row['count']) ?? 0;
	}
	for (const row of reports) {
		const district = of(row);
		if (district) district.latestReportDate = toIsoDate(row['latest']);
	}
	const normalised = normaliseDashboardRows({ themes: [], actionFields: [], measures: [], annualGoals: [], kpis: [], kpiValues: [], statusReports: [], progressUpdates: [], snapshots }, districts);
	for (const snapshot of normalised.snapshots) totals.get(snapshot.district)?.snapshots.push(snapshot);
	return totals;
}
