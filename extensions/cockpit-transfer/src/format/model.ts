/** The workbook as domain rows, between the cells (read-sheets, write-sheets) and the database (plan-import). */
import type { Cell } from './cells';

/** A row of a sheet: its fields, and the spreadsheet row it came from (for messages). */
export type Row = Record<string, unknown> & { row: number };

export interface DistrictModel {
	district: Row;
	/** With `long_term_values` and `profile_sections` only where the workbook has their sheet. */
	actionFields: Row[];
	/** With `other_codes` only where the workbook has the sheet „Weitere Nummern“. */
	measures: Row[];
	/** Verantwortliche Stellen: `name`, `email`. */
	owners: Row[];
	/** Measure Kennungen: `predecessor`, `successor`, and `note`. */
	successions: Row[];
	criteria: (Row & { levels: Row[] })[];
	/** One per rated cell: `criterion` is the criterion's name, `level` the level's label, `column` the header. */
	ratings: Row[];
	goals: Row[];
	/** Cost components: `annual_goal` is the goal's Kennung, `key` the component's (or null), `sort` its place among the goal's rows. */
	costs: Row[];
	kpis: (Row & { values: Row[] })[];
	reports: (Row & { updates: Row[] })[];
	snapshots: Row[];
	dependencies: Row[];
}

/** A sheet as exceljs read it: row 1 holds the headers, `row` is the spreadsheet's row number. */
export interface RawSheet {
	name: string;
	headers: string[];
	rows: { row: number; cells: Cell[] }[];
	/** Cells that hold a formula (`index` into headers and cells), which the import refuses where it reads the column. */
	formulas?: { row: number; index: number; formula: string }[];
}

/** A sheet to write: headers, their descriptions, and the cells of each row. */
export interface SheetData {
	name: string;
	description: string;
	columns: { header: string; description: string; computed: boolean; date: boolean }[];
	rows: Cell[][];
}

export interface Problem {
	sheet: string;
	/** Spreadsheet row number; null for a problem with the whole sheet or file. */
	row: number | null;
	column: string | null;
	message: string;
}

export function describeProblem({ sheet, row, column, message }: Problem): string {
	const where = [`Blatt „${sheet}“`, row === null ? null : `Zeile ${row}`, column === null ? null : `Spalte „${column}“`].filter(Boolean).join(', ');
	return `${where}: ${message}`;
}
