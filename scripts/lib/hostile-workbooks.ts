/**
 * Workbooks an attacker with a Redaktion login would send, built from a real export by
 * replacing one sheet's XML: the wide one (one cell in column XFD), the long ones (a million
 * short rows in 5 MB), a formula in an input column. Shared by the integration tests and
 * `npm run bench:transfer`, so both send the same bytes.
 */
import JSZip from 'jszip';

/** The zip entry that holds the named sheet, read from the workbook's own directory. */
async function sheetEntry(zip: JSZip, sheet: string): Promise<string> {
	const workbook = await zip.file('xl/workbook.xml')!.async('string');
	const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
	const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
	const target = id ? new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] : undefined;
	if (!target) throw new Error(`no sheet ${sheet} in the workbook`);
	return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The workbook with one sheet's XML replaced, zipped as Excel does (deflate). */
export async function withSheetXml(base: Buffer, sheet: string, xml: string): Promise<Buffer> {
	const zip = await JSZip.loadAsync(base);
	zip.file(await sheetEntry(zip, sheet), xml);
	return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The sheet's XML as it is in the workbook. */
export async function sheetXml(base: Buffer, sheet: string): Promise<string> {
	const zip = await JSZip.loadAsync(base);
	return zip.file(await sheetEntry(zip, sheet))!.async('string');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One cell as inline text or a number; `formula` adds a formula with the value as its cached result. */
export function cellXml(ref: string, value: string | number, formula?: string): string {
	const f = formula === undefined ? '' : `<f>${escapeXml(formula)}</f>`;
	return typeof value === 'number' ? `<c r="${ref}">${f}<v>${value}</v></c>` : formula === undefined ? `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>` : `<c r="${ref}" t="str">${f}<v>${escapeXml(value)}</v></c>`;
}

/** A worksheet from rows of cell XML (row numbers from 1), with an optional declared dimension. */
export function worksheetXml(rows: Iterable<string>, dimension?: string): string {
	const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'];
	if (dimension) parts.push(`<dimension ref="${dimension}"/>`);
	parts.push('<sheetData>');
	let n = 0;
	for (const cells of rows) parts.push(`<row r="${++n}">${cells}</row>`);
	parts.push('</sheetData></worksheet>');
	return parts.join('');
}

function* shortRows(count: number, extra: (row: number) => string = () => ''): Generator<string> {
	yield cellXml('A1', 'Nummer') + cellXml('B1', 'Titel');
	for (let row = 2; row <= count + 1; row++) yield cellXml(`A${row}`, row) + extra(row);
}

/**
 * The probe that took Directus down: a Maßnahmen sheet of `rows` short rows and one cell in
 * column XFD (16,384), about 70 KB. The declared dimension is left out, as some writers do,
 * so only the cells tell the width.
 */
export function wideWorkbook(base: Buffer, rows = 3000): Promise<Buffer> {
	return withSheetXml(base, 'Maßnahmen', worksheetXml(shortRows(rows, (row) => (row === 2 ? cellXml(`XFD${row}`, 'x') : ''))));
}

/** A Maßnahmen sheet of `rows` short rows (a million is about 5 MB), declared truthfully or not at all. */
export function longWorkbook(base: Buffer, rows: number, declare = false): Promise<Buffer> {
	return withSheetXml(base, 'Maßnahmen', worksheetXml(shortRows(rows), declare ? `A1:B${rows + 1}` : undefined));
}

/** A workbook that says in its header (`<dimension ref>`) it spans the whole sheet, XFD1048576, with two real rows. */
export function declaredHugeWorkbook(base: Buffer): Promise<Buffer> {
	return withSheetXml(base, 'Maßnahmen', worksheetXml(shortRows(1), 'A1:XFD1048576'));
}

/**
 * A workbook just inside the limits: a Maßnahmen sheet of `rows` rows × 20 columns of short
 * text under the real headers (4,500 rows: 90,000 cells beside the other sheets' few
 * thousand). It passes the inspection; what exceljs then takes for it is the cost of the limits.
 */
export function atLimitsWorkbook(base: Buffer, rows = 4500): Promise<Buffer> {
	const headers = ['Kennung', 'Nummer', 'Titel', 'Frühere Titel', 'Handlungsfeld', 'Thema', 'Status', 'Prioritätsklasse', 'Fortschritt', 'Abschluss bei', 'Ziel der Maßnahme', 'Beschreibung', 'Beschreibung des Fortschritts', 'Nächste Tätigkeiten', 'Geplante Umsetzung', 'Geplant bis', 'Zeithorizont', 'Steckbrief', 'Hinweis zur Quelle', 'Notiz'];
	const letter = (i: number) => String.fromCharCode(65 + i);
	function* all(): Generator<string> {
		yield headers.map((h, i) => cellXml(`${letter(i)}1`, h)).join('');
		for (let row = 2; row <= rows + 1; row++) yield headers.map((_, i) => cellXml(`${letter(i)}${row}`, `Zeile ${row}`)).join('');
	}
	return withSheetXml(base, 'Maßnahmen', worksheetXml(all(), `A1:T${rows + 1}`));
}
