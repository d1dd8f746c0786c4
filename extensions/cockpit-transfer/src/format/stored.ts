/**
 * A district as the database holds it (rows as Directus' ItemsService returns them), and the
 * Kennung of each row in the workbook: for action fields and measures the code where it is set
 * and unique in the district (or "historie-<code>" for the one history entry that shares its
 * number with a current measure), else the row's id; for goals, cost components, KPIs and
 * reports the id.
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
	annual_goal_costs: Rec[];
	measure_successions: Rec[];
	owners: Rec[];
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
	annual_goal_costs: [],
	measure_successions: [],
	owners: [],
	kpis: [],
	kpi_values: [],
	status_reports: [],
	progress_updates: [],
	action_field_snapshots: [],
	action_field_dependencies: [],
};

export const HISTORY_KEY_PREFIX = 'historie-';

/**
 * id → Kennung for rows whose code identifies them. A number that a current measure and one
 * history entry share (Friesland reuses 4, 6, 9 and 15) stays the current measure's Kennung and
 * gives the history entry "historie-<number>", as the seed names it; any other repeat gets the id.
 */
export function keysByCode(rows: Rec[]): Map<string, string> {
	const codeOf = (row: Rec) => (row['code'] === null || row['code'] === undefined || row['code'] === '' ? null : String(row['code']));
	const byCode = new Map<string, Rec[]>();
	for (const row of rows) {
		const code = codeOf(row);
		if (code !== null) byCode.set(code, [...(byCode.get(code) ?? []), row]);
	}
	const keys = new Map<string, string>();
	for (const [code, sharing] of byCode) {
		if (sharing.length === 1) {
			keys.set(sharing[0]!.id, code);
			continue;
		}
		const history = sharing.filter((row) => isTrue(row['historical']));
		const historyKey = HISTORY_KEY_PREFIX + code;
		if (sharing.length === 2 && history.length === 1 && !byCode.has(historyKey)) {
			keys.set(history[0]!.id, historyKey);
			keys.set(sharing.find((row) => row !== history[0])!.id, code);
		}
	}
	return new Map(rows.map((row) => [String(row.id), keys.get(row.id) ?? String(row.id)]));
}

/** A boolean as SQLite (1/0) or PostgreSQL return it. */
export function isTrue(value: unknown): boolean {
	return value === true || value === 1 || value === '1' || value === 'true';
}

/** Orders codes as people read them: "2" before "10", "I.2" before "I.10". */
export function byCode(a: unknown, b: unknown): number {
	return String(a ?? '').localeCompare(String(b ?? ''), 'de', { numeric: true });
}
