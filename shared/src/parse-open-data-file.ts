import { OPEN_DATA_TABLES, type OpenDataRow, type OpenDataTableKey } from './open-data-tables';
import { ACTION_FIELD_KINDS, COST_ATTRIBUTIONS, COST_TYPES, GOAL_DIRECTIONS, MEASURE_STATUSES, PRIORITY_CLASSES } from './types';

/** What the district block of a harvested file says about the district. */
export interface OpenDataDistrict {
	id: string;
	name: string;
	state: string;
	ags: string | null;
	strategy_title: string | null;
	source_document: string | null;
	source_date_label: string | null;
}

export interface OpenDataFile {
	district: OpenDataDistrict;
	table: OpenDataTableKey;
	modified: string | null;
	rows: OpenDataRow[];
}

const NUMBERS = new Set([
	'priority_score', 'priority_rank', 'progress_current', 'progress_target', 'progress_percent', 'year', 'target_value', 'actual_value',
	'attainment_percent', 'amount', 'years', 'share_percent', 'baseline_value', 'sort', 'value', 'planned_count', 'added_count', 'total_count',
	'completed_count', 'completing_soon_count', 'in_progress_count', 'ongoing_count',
]);
const BOOLEANS = new Set(['historical', 'progress_approximate', 'target_approximate', 'approximate', 'baseline_approximate']);
/** Columns that carry a JSON list as text, checked item by item. */
const JSON_LISTS: Record<string, (item: unknown) => boolean> = {
	other_codes: (item) => isObject(item) && typeof item['code'] === 'string' && typeof item['source'] === 'string',
	long_term_values: (item) =>
		isObject(item) &&
		typeof item['value'] === 'number' &&
		Number.isFinite(item['value']) &&
		(item['unit'] === null || typeof item['unit'] === 'string') &&
		(item['direction'] === null || (GOAL_DIRECTIONS as readonly unknown[]).includes(item['direction'])) &&
		typeof item['approximate'] === 'boolean' &&
		typeof item['wording'] === 'string',
};
const REQUIRED: Record<OpenDataTableKey, string[]> = {
	// A measure whose document gives no status is published without one.
	measures: ['id', 'title', 'theme'],
	annual_goals: ['id', 'year', 'title'],
	cost_components: ['id', 'annual_goal', 'kind'],
	kpi_values: ['kpi', 'kpi_name', 'theme'],
	action_fields: ['id', 'title', 'kind', 'theme'],
	field_counts: ['action_field', 'date'],
	measure_successions: ['predecessor', 'successor'],
};
const CHOICES: Record<string, readonly string[]> = {
	status: MEASURE_STATUSES,
	priority_class: PRIORITY_CLASSES,
	direction: GOAL_DIRECTIONS,
	kind: ACTION_FIELD_KINDS,
	attribution: COST_ATTRIBUTIONS,
};
/** A cost component's kind is a cost type, not an action field's kind. */
const choicesOf = (table: OpenDataTableKey, column: string) => (table === 'cost_components' && column === 'kind' ? COST_TYPES : CHOICES[column]);
const DATES = new Set(['date', 'baseline_date', 'deadline_date']);
/** A text longer than this is not a title or a note but a source gone wrong. */
const MAX_TEXT = 20_000;

/**
 * Reads one open-data JSON file of another instance, as untrusted input: the table it must be,
 * every column of that table with a value of the right kind, choices from the known lists.
 * Answers the rows, or a German message naming the first problem; never a half-read file.
 */
export function parseOpenDataFile(body: unknown, table: OpenDataTableKey): { file: OpenDataFile } | { error: string } {
	const label = OPEN_DATA_TABLES[table].title;
	if (!isObject(body) || !isObject(body['district']) || !Array.isArray(body['data'])) return { error: `Die Datei „${label}“ ist keine Open-Data-Datei des Cockpits.` };
	if (body['table'] !== table) return { error: `Die Datei „${label}“ enthält eine andere Tabelle („${String(body['table'])}“).` };
	const d = body['district'];
	if (typeof d['id'] !== 'string' || typeof d['name'] !== 'string' || typeof d['state'] !== 'string' || d['name'].length > 200) {
		return { error: `Die Datei „${label}“ nennt keinen gültigen Kreis.` };
	}
	const text = (value: unknown) => (typeof value === 'string' && value.length <= MAX_TEXT ? value : null);
	const district: OpenDataDistrict = {
		id: d['id'],
		name: d['name'],
		state: d['state'],
		ags: typeof d['ags'] === 'string' && /^[0-9]{5}$/.test(d['ags']) ? d['ags'] : null,
		strategy_title: text(d['strategy_title']),
		source_document: text(d['source_document']),
		source_date_label: text(d['source_date_label']),
	};
	const rows: OpenDataRow[] = [];
	for (const [index, raw] of (body['data'] as unknown[]).entries()) {
		const where = `Datei „${label}“, Zeile ${index + 1}`;
		if (!isObject(raw)) return { error: `${where}: kein Datensatz.` };
		const row: OpenDataRow = {};
		for (const column of OPEN_DATA_TABLES[table].columns) {
			const value = raw[column] ?? null;
			if (value === null) {
				if (REQUIRED[table].includes(column)) return { error: `${where}: „${column}“ fehlt.` };
				row[column] = null;
			} else if (NUMBERS.has(column)) {
				if (typeof value !== 'number' || !Number.isFinite(value)) return { error: `${where}: „${column}“ ist keine Zahl.` };
				row[column] = value;
			} else if (BOOLEANS.has(column)) {
				if (typeof value !== 'boolean') return { error: `${where}: „${column}“ ist kein Wahrheitswert (true/false).` };
				row[column] = value;
			} else if (typeof value !== 'string' || value.length > MAX_TEXT) {
				return { error: `${where}: „${column}“ ist kein Text.` };
			} else if (JSON_LISTS[column]) {
				let list: unknown;
				try {
					list = JSON.parse(value);
				} catch {
					list = null;
				}
				if (!Array.isArray(list) || !list.every(JSON_LISTS[column]!)) return { error: `${where}: „${column}“ ist keine gültige Liste.` };
				row[column] = value;
			} else if (choicesOf(table, column) && !choicesOf(table, column)!.includes(value)) {
				return { error: `${where}: „${column}“ hat den unbekannten Wert „${value.slice(0, 40)}“.` };
			} else if (DATES.has(column) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
				return { error: `${where}: „${column}“ ist kein Datum (JJJJ-MM-TT).` };
			} else {
				row[column] = value;
			}
		}
		rows.push(row);
	}
	const modified = typeof body['modified'] === 'string' && !Number.isNaN(Date.parse(body['modified'])) ? body['modified'] : null;
	return { file: { district, table, modified, rows } };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
