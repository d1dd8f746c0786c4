/**
 * The only place that knows exceljs: sheets to an .xlsx buffer and back. A first sheet
 * „Hinweise“ describes every sheet and column; each header cell carries its description as a
 * note, computed columns are shaded grey, and the header row stays visible when scrolling.
 */
import ExcelJS from 'exceljs';
import type { Cell } from './format/cells';
import type { Problem, RawSheet, SheetData } from './format/model';
import { NOTES_SHEET } from './format/sheets';

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

/** The sheets of an uploaded file, or the problem that it is not a workbook at all. */
export async function readWorkbook(buffer: Buffer): Promise<RawSheet[] | Problem> {
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs' types predate Node's generic Buffer; the bytes are what it expects.
		await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
	} catch {
		return { sheet: '(Datei)', row: null, column: null, message: 'Die Datei ist keine Excel-Arbeitsmappe (.xlsx). Bitte eine mit Excel oder LibreOffice als .xlsx gespeicherte Datei hochladen.' };
	}
	if (workbook.worksheets.length === 0) {
		return { sheet: '(Datei)', row: null, column: null, message: 'Die Arbeitsmappe enthält keine Blätter.' };
	}
	return workbook.worksheets
		.filter((worksheet) => worksheet.name !== NOTES_SHEET)
		.map((worksheet) => {
			const headerRow = worksheet.getRow(1);
			const width = Math.max(worksheet.columnCount, headerRow.cellCount);
			const headers = Array.from({ length: width }, (_, i) => String(flatten(headerRow.getCell(i + 1).value) ?? '').trim());
			const rows: RawSheet['rows'] = [];
			worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
				if (rowNumber === 1) return;
				rows.push({ row: rowNumber, cells: Array.from({ length: width }, (_, i) => flatten(row.getCell(i + 1).value)) });
			});
			return { name: worksheet.name, headers, rows };
		});
}

/** exceljs' rich cell values (formulas, rich text, links) to the plain value a person sees. */
function flatten(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('formula' in value || 'sharedFormula' in value) return flatten((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
	if ('text' in value) return String(value.text);
	if ('error' in value) return String(value.error);
	return null;
}
