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
			'id', 'code', 'title', 'action_field', 'theme', 'status', 'status_label', 'historical', 'other_codes', 'priority_class', 'priority_score', 'priority_rank',
			'progress_current', 'progress_approximate', 'progress_target', 'progress_percent',
		],
	},
	annual_goals: {
		file: 'jahresziele',
		title: 'Jahresziele',
		description: 'Jahresziele mit Ziel- und Istwert und dem Grad der Zielerreichung.',
		columns: ['id', 'action_field', 'year', 'title', 'direction', 'target_value', 'target_approximate', 'actual_value', 'unit', 'attainment_percent', 'cost_note', 'sort'],
	},
	cost_components: {
		file: 'jahresziel-kosten',
		title: 'Kosten der Jahresziele',
		description: 'Die Kostenbestandteile je Jahresziel, wie das Dokument sie nennt: Art, Betrag (ca.), Jahre, Träger und Anteil, und wie weit sie dem Ziel zuzurechnen sind.',
		columns: ['id', 'annual_goal', 'kind', 'amount', 'approximate', 'years', 'year', 'funder', 'share_percent', 'attribution', 'note', 'sort'],
	},
	kpi_values: {
		file: 'kennzahlen',
		title: 'Kennzahlen',
		description: 'Kennzahlen mit Zielwert und ihren Messwerten je Stichtag; eine Kennzahl ohne Messwert steht einmal ohne Stichtag.',
		columns: [
			'kpi', 'kpi_name', 'theme', 'description', 'unit', 'target_value', 'direction', 'measure', 'baseline_value', 'baseline_approximate', 'baseline_date',
			'baseline_note', 'deadline_date', 'deadline_label', 'date', 'value', 'approximate',
		],
	},
	action_fields: {
		file: 'handlungsfelder',
		title: 'Handlungsfelder',
		description: 'Handlungsfelder, Leitziele und Projektfelder der Strategie mit ihrem Thema.',
		columns: ['id', 'code', 'title', 'kind', 'parent', 'theme', 'long_term_target', 'long_term_values', 'sort'],
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
	measure_successions: {
		file: 'massnahmen-nachfolge',
		title: 'Nachfolge von Maßnahmen',
		description: 'Welche Maßnahme (ganz oder teilweise) in welcher fortgeführt wird, wie das Dokument es sagt.',
		columns: ['predecessor', 'successor', 'note'],
	},
} as const;

export type OpenDataTableKey = keyof typeof OPEN_DATA_TABLES;
export const OPEN_DATA_TABLE_KEYS = Object.keys(OPEN_DATA_TABLES) as OpenDataTableKey[];

/** JSON lists (other_codes, long_term_values) travel as JSON text, so CSV and JSON carry the same cell. */
export type OpenDataValue = string | number | boolean | null;
export type OpenDataRow = Record<string, OpenDataValue>;
export type OpenDataTables = Record<OpenDataTableKey, OpenDataRow[]>;
