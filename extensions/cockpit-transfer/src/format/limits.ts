/**
 * How large an uploaded workbook may be, checked before a row is parsed (inspect-workbook.ts).
 * The largest real district the product holds, the generated one of 500 measures rated on 5
 * criteria (3,622 rows incl. 2,500 ratings and 20 cost components), exports to 118 KB, 74 zip
 * entries, 17 sheets, 0.8 MB of XML, at most 501 rows and 30 columns per sheet and about 14,000
 * cells: the size limits leave it room by a factor of seven or more, sheets, entries and
 * columns by about 2.5 (the format itself has 17 sheets; a workbook with a few sheets of the
 * clerk's own notes must still pass). exceljs builds the whole workbook in
 * memory and partly on the main thread: at the limits that is some tens of MB and a few seconds
 * of a busy server's time, which is what the row and cell limits are sized by (figures in the README).
 */
export interface WorkbookLimits {
	/** The upload itself. */
	maxBytes: number;
	/** Files inside the zip (each sheet brings up to five). */
	maxEntries: number;
	maxSheets: number;
	/** All files of the zip unpacked, counted while unpacking, not taken from the zip's own claims. */
	maxUncompressedBytes: number;
	/** Rows per sheet, the header row included: no row number above it. */
	maxRows: number;
	/** Columns per sheet: no cell right of it. */
	maxColumns: number;
	/** Cells of all sheets together, including the ones merged cells and data validations make. */
	maxCells: number;
}

export const WORKBOOK_LIMITS: WorkbookLimits = {
	maxBytes: 10 * 1024 * 1024,
	maxEntries: 400,
	maxSheets: 40,
	maxUncompressedBytes: 20 * 1024 * 1024,
	maxRows: 5_000,
	maxColumns: 100,
	maxCells: 100_000,
};
