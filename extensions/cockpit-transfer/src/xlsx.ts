/**
 * The only place that knows exceljs: sheets to an .xlsx buffer and back. A first sheet
 * „Hinweise“ describes every sheet and column; each header cell carries its description as a
 * note, computed columns are shaded grey, and the header row stays visible when scrolling.
 */
import ExcelJS from 'exceljs';
import type { Cell } from './format/cells';
import type { Problem, RawSheet, SheetData } from './format/model';
import { NOTES_SHEET } from './format/sheets';
import { NOT_A_WORKBOOK } from './inspect-workbook';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
const COMPUTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E0E0' } };

export async function writeWorkbook(sheets: SheetData[], title: string): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Digitalisierungs-Cockpit';
	workbook.title = title;

	const notes = workbook.addWorksheet(NOTES_SHEET);
	notes.columns = [
		{ header: 'Blatt', width: 26 },
		{ header: 'Spalte', width: 30 },
		{ header: 'Beschreibung', width: 100 },
	];
	notes.getRow(1).font = { bold: true };
	notes.addRow([title]);
	notes.addRow(['', '', 'Grau hinterlegte Spalten werden berechnet und beim Import nicht gelesen. Dieses Blatt wird beim Import übersprungen.']);
	for (const sheet of sheets) {
		notes.addRow([]);
		notes.addRow([sheet.name, '', sheet.description]).font = { bold: true };
		for (const column of sheet.columns) notes.addRow([sheet.name, column.header, column.description]);
	}

	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
		worksheet.columns = sheet.columns.map((column) => ({
			header: column.header,
			width: Math.min(60, Math.max(12, column.header.length + 4)),
			...(column.date ? { style: { numFmt: 'dd.mm.yyyy' } } : {}),
		}));
		const header = worksheet.getRow(1);
		header.font = { bold: true };
		sheet.columns.forEach((column, index) => {
			const cell = header.getCell(index + 1);
			cell.fill = column.computed ? COMPUTED_FILL : HEADER_FILL;
			cell.note = column.description;
		});
		for (const row of sheet.rows) worksheet.addRow(row);
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The sheets of an uploaded file, or the problem that it is not a workbook at all. exceljs
 * builds the whole workbook in memory: inspectWorkbook must have passed it first. Each row
 * is read only as wide as the sheet's header (a cell in column XFD must not make every row
 * 16,384 cells wide), and only the cells the file holds (exceljs' getCell would create them).
 */
export async function readWorkbook(buffer: Buffer): Promise<RawSheet[] | Problem> {
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs' types predate Node's generic Buffer; the bytes are what it expects.
		await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
	} catch {
		return { sheet: '(Datei)', row: null, column: null, message: NOT_A_WORKBOOK };
	}
	if (workbook.worksheets.length === 0) {
		return { sheet: '(Datei)', row: null, column: null, message: 'Die Arbeitsmappe enthält keine Blätter.' };
	}
	return workbook.worksheets
		.filter((worksheet) => worksheet.name !== NOTES_SHEET)
		.map((worksheet) => {
			const formulas: RawSheet['formulas'] = [];
			const read = (row: ExcelJS.Row, width: number): Cell[] => {
				const cells: Cell[] = new Array<Cell>(width).fill(null);
				row.eachCell({ includeEmpty: false }, (cell, column) => {
					if (column > width) return;
					cells[column - 1] = flatten(cell.value);
					const formula = formulaOf(cell.value);
					if (formula !== null) formulas.push({ row: row.number, index: column - 1, formula });
				});
				return cells;
			};
			const headerRow = worksheet.getRow(1);
			let width = 0;
			headerRow.eachCell({ includeEmpty: false }, (cell, column) => {
				if (String(flatten(cell.value) ?? '').trim() !== '') width = Math.max(width, column);
			});
			const headers = read(headerRow, width).map((cell) => String(cell ?? '').trim());
			const rows: RawSheet['rows'] = [];
			worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
				if (rowNumber > 1) rows.push({ row: rowNumber, cells: read(row, width) });
			});
			return { name: worksheet.name, headers, rows, formulas };
		});
}

/** A formula as the user wrote it („=B2*2“), or where a shared one comes from; null for a plain value. */
function formulaOf(value: ExcelJS.CellValue): string | null {
	if (value === null || typeof value !== 'object' || value instanceof Date) return null;
	if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
	if ('sharedFormula' in value) return `wie in Zelle ${String((value as ExcelJS.CellSharedFormulaValue).sharedFormula)}`;
	return null;
}

/** exceljs' rich cell values (formulas, rich text, links) to the plain value a person sees. */
function flatten(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	// A formula's cached result, as the file claims it; read-sheets refuses formulas in the columns it reads.
	if ('formula' in value || 'sharedFormula' in value) return flatten((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
	if ('text' in value) return String(value.text);
	if ('error' in value) return String(value.error);
	return null;
}
