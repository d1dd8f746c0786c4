/**
 * A district as the database holds it (rows as Directus' ItemsService returns them), and the
 * Kennung of each row in the workbook: for action fields and measures the code where it is set
 * and unique in the district, else the row's id; for goals, KPIs and reports the id.
 */
export type Rec = Record<string, unknown> & { id: string };

export interface StoredDistrict {
	district: Record<string, unknown> | null;
	action_fields: Rec[];
	measures: Rec[];
	priority_criteria: Rec[];
	priority_levels: Rec[];
	measure_ratings: Rec[];
	annual_goals: Rec[];
	kpis: Rec[];
	kpi_values: Rec[];
	status_reports: Rec[];
	progress_updates: Rec[];
	action_field_snapshots: Rec[];
	action_field_dependencies: Rec[];
}

export const EMPTY_DISTRICT: Omit<StoredDistrict, 'district'> = {
	action_fields: [],
	measures: [],
	priority_criteria: [],
	priority_levels: [],
	measure_ratings: [],
	annual_goals: [],
	kpis: [],
	kpi_values: [],
	status_reports: [],
	progress_updates: [],
	action_field_snapshots: [],
	action_field_dependencies: [],
};

/** id → Kennung for rows whose code identifies them. */
export function keysByCode(rows: Rec[]): Map<string, string> {
	const counts = new Map<string, number>();
	for (const row of rows) if (row['code'] !== null && row['code'] !== undefined && row['code'] !== '') counts.set(String(row['code']), (counts.get(String(row['code'])) ?? 0) + 1);
	return new Map(rows.map((row) => {
		const code = row['code'] === null || row['code'] === undefined ? null : String(row['code']);
		return [String(row.id), code !== null && counts.get(code) === 1 ? code : String(row.id)];
	}));
}

/** Orders codes as people read them: "2" before "10", "I.2" before "I.10". */
export function byCode(a: unknown, b: unknown): number {
	return String(a ?? '').localeCompare(String(b ?? ''), 'de', { numeric: true });
}
