/**
 * The tables a published district offers as open data, each as CSV and JSON with the same
 * columns (the REST names of the data model). The hub reads them back (the JSON), so a
 * column named here is part of what a source promises its hubs.
 */
export const OPEN_DATA_TABLES = {
	measures: {
		file: 'massnahmen',
		title: 'Maßnahmen',
		description: 'Maßnahmen der Digitalisierungsstrategie mit Status, Fortschritt und Priorität.',
		columns: [
			'id', 'code', 'title', 'action_field', 'theme', 'status', 'status_label', 'priority_class', 'priority_score', 'priority_rank',
			'progress_current', 'progress_target', 'progress_percent',
		],
	},
	annual_goals: {
		file: 'jahresziele',
		title: 'Jahresziele',
		description: 'Jahresziele mit Ziel- und Istwert und dem Grad der Zielerreichung.',
		columns: ['id', 'action_field', 'year', 'title', 'direction', 'target_value', 'actual_value', 'unit', 'attainment_percent', 'cost_type', 'cost_amount', 'cost_years', 'cost_note', 'sort'],
	},
	kpi_values: {
		file: 'kennzahlen',
		title: 'Kennzahlen',
		description: 'Kennzahlen mit Zielwert und ihren Messwerten je Stichtag; eine Kennzahl ohne Messwert steht einmal ohne Stichtag.',
		columns: ['kpi', 'kpi_name', 'theme', 'description', 'unit', 'target_value', 'direction', 'date', 'value'],
	},
	action_fields: {
		file: 'handlungsfelder',
		title: 'Handlungsfelder',
		description: 'Handlungsfelder, Leitziele und Projektfelder der Strategie mit ihrem Thema.',
		columns: ['id', 'code', 'title', 'kind', 'parent', 'theme', 'sort'],
	},
	field_counts: {
		file: 'projektfeld-staende',
		title: 'Stände der Projektfelder',
		description: 'Anzahl der Projekte je Projektfeld und Stichtag, wo die Strategie nur Zahlen je Feld berichtet.',
		columns: [
			'action_field', 'date', 'planned_count', 'added_count', 'total_count', 'completed_count', 'completing_soon_count', 'in_progress_count',
			'ongoing_count', 'note',
		],
	},
} as const;

export type OpenDataTableKey = keyof typeof OPEN_DATA_TABLES;
export const OPEN_DATA_TABLE_KEYS = Object.keys(OPEN_DATA_TABLES) as OpenDataTableKey[];

export type OpenDataValue = string | number | null;
export type OpenDataRow = Record<string, OpenDataValue>;
export type OpenDataTables = Record<OpenDataTableKey, OpenDataRow[]>;
