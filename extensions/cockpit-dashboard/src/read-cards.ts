/**
 * What the start page's cards rest on, counted in the database: a few aggregate rows per
 * district instead of every measure, goal and KPI of every district, so listing hundreds of
 * districts stays fast. Computed from the stored rows on every request, so nothing can drift
 * from what the district's own dashboard shows.
 */
import type { DistrictTotals, MeasureStatus, SnapshotRow } from '@cockpit/shared';
import type { Knex } from 'knex';
import { toIsoDate, toNumber } from './db-values';
import { COLUMNS, normaliseDashboardRows, type Raw } from './read-rows';

/** A district with nothing stored below it. */
export const NO_TOTALS: DistrictTotals = { measures: [], goals: 0, kpis: 0, snapshots: [], latestReportDate: null };

/**
 * The totals per district id of the given districts (of all when `ids` is null, which spares
 * the database a list of hundreds of ids); a district without any items has no entry.
 */
export async function readDistrictTotals(knex: Knex, ids: string[] | null): Promise<Map<string, DistrictTotals>> {
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
		// Like the district dashboard: a draft is not yet a report to the council.
		rows(only(knex('status_reports').select('district').max({ latest: 'report_date' }).where('state', 'closed').groupBy('district'), 'district')),
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

	type Totals = DistrictTotals & { measures: DistrictTotals['measures'][number][]; snapshots: SnapshotRow[] };
	const totals = new Map<string, Totals>();
	const of = (row: { district?: unknown }): Totals => {
		const id = String(row.district);
		const known = totals.get(id);
		if (known) return known;
		const created: Totals = { measures: [], goals: 0, kpis: 0, snapshots: [], latestReportDate: null };
		totals.set(id, created);
		return created;
	};
	for (const row of measures) {
		of(row).measures.push({
			// NULL is its own group: measures whose document gives no status.
			status: row['status'] === null || row['status'] === undefined ? null : (String(row['status']) as MeasureStatus),
			count: toNumber(row['count']) ?? 0,
			progressCount: toNumber(row['progress_count']) ?? 0,
			progressHundredths: toNumber(row['progress_hundredths']) ?? 0,
			scoreCount: toNumber(row['score_count']) ?? 0,
			classCount: toNumber(row['class_count']) ?? 0,
		});
	}
	for (const row of goals) of(row).goals = toNumber(row['count']) ?? 0;
	for (const row of kpis) of(row).kpis = toNumber(row['count']) ?? 0;
	for (const row of reports) of(row).latestReportDate = toIsoDate(row['latest']);
	const normalised = normaliseDashboardRows({ themes: [], actionFields: [], measures: [], annualGoals: [], kpis: [], kpiValues: [], statusReports: [], progressUpdates: [], snapshots, dependencies: [] }, []);
	for (const snapshot of normalised.snapshots) of(snapshot).snapshots.push(snapshot);
	return totals;
}
