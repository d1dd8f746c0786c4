/**
 * The comparison's rows read the way a browser client without the dashboard endpoint would:
 * one plain `/items` request per collection with the caller's token, at most six at a time
 * (the per-host limit of browsers over HTTP/1.1), then normalised exactly like the endpoint
 * normalises its database rows. The benchmark sets this beside `/dashboard/compare`.
 */
import type { DashboardRows } from '@cockpit/shared';
import { COLUMNS, normaliseDashboardRows, toDistrictRow, type Raw, type RawDashboardRows } from '../../extensions/cockpit-dashboard/src/read-rows';

const BROWSER_CONNECTIONS_PER_HOST = 6;

export interface RowsViaItems {
	rows: DashboardRows;
	/** Bytes of all response bodies. */
	bytes: number;
	requests: number;
}

export async function readDashboardRowsViaItems(url: string, token: string, districtIds: string[]): Promise<RowsViaItems> {
	const ids = districtIds.join(',');
	const query = (fields: readonly string[], filter: string | null, sort?: string) =>
		'?' + ['limit=-1', `fields=${fields.join(',')}`, filter, sort && `sort=${sort}`].filter(Boolean).join('&');
	const byDistrict = `filter[district][_in]=${ids}`;
	const paths = {
		districts: `/items/districts${query(COLUMNS.districts, `filter[id][_in]=${ids}`)}`,
		themes: `/items/themes${query(COLUMNS.themes, null, 'sort,id')}`,
		actionFields: `/items/action_fields${query(COLUMNS.actionFields, byDistrict)}`,
		measures: `/items/measures${query(COLUMNS.measureFigures, byDistrict)}`,
		annualGoals: `/items/annual_goals${query(COLUMNS.annualGoals, byDistrict)}`,
		kpis: `/items/kpis${query(COLUMNS.kpis, byDistrict, 'name')}`,
		// Values and snapshots name their district through their parent item.
		kpiValues: `/items/kpi_values${query(withParent(COLUMNS.kpiValues, 'kpi'), `filter[kpi][district][_in]=${ids}`)}`,
		statusReports: `/items/status_reports${query(COLUMNS.statusReportHeads, byDistrict)}`,
		snapshots: `/items/action_field_snapshots${query(withParent(COLUMNS.snapshots, 'action_field'), `filter[action_field][district][_in]=${ids}`)}`,
	};

	let bytes = 0;
	const entries = Object.entries(paths);
	const responses = await withConcurrency(entries, BROWSER_CONNECTIONS_PER_HOST, async ([key, path]) => {
		const response = await fetch(url + path, { headers: { Authorization: `Bearer ${token}` } });
		const text = await response.text();
		if (!response.ok) throw new Error(`GET ${path} antwortete ${response.status}: ${text}`);
		bytes += Buffer.byteLength(text);
		return [key, (JSON.parse(text) as { data: Raw[] }).data] as const;
	});
	const read = Object.fromEntries(responses) as Record<keyof typeof paths, Raw[]>;

	// The endpoint keeps the districts in the order the caller asked for.
	const districts = districtIds.flatMap((id) => read.districts.filter((row) => row['id'] === id).map(toDistrictRow));
	const raw: RawDashboardRows = {
		themes: read.themes,
		actionFields: read.actionFields,
		measures: read.measures,
		annualGoals: read.annualGoals,
		kpis: read.kpis,
		kpiValues: read.kpiValues.map(({ kpi, ...value }) => ({ ...value, kpi: (kpi as Raw)['id'] ?? null, district: (kpi as Raw)['district'] })),
		statusReports: read.statusReports,
		progressUpdates: [],
		dependencies: [],
		snapshots: read.snapshots.map(({ action_field, ...snapshot }) => ({ ...snapshot, action_field: (action_field as Raw)['id'], district: (action_field as Raw)['district'] })),
	};
	return { rows: normaliseDashboardRows(raw, districts), bytes, requests: entries.length };
}

/** The columns with the parent relation expanded to the parent's id and district. */
function withParent(columns: readonly string[], parent: string): string[] {
	return columns.flatMap((column) => (column === parent ? [`${parent}.id`, `${parent}.district`] : [column]));
}

/** Runs the tasks with at most `limit` of them in flight, keeping their order in the result. */
async function withConcurrency<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
