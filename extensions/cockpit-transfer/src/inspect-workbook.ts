/**
 * Refuses a workbook that is too large before exceljs builds it in memory, which for a sheet
 * of a million rows took 1.8 GB and for one cell in column XFD ran out of heap. Checks, in
 * this order and each before the next costs anything: the zip's directory (entries, sheets,
 * claimed unpacked size), then each sheet while unpacking it as a stream: its declared
 * dimension (`<dimension ref>`), every row and cell position, and the areas of merged cells
 * and data validations, which exceljs expands cell by cell. The first limit passed ends the
 * check; the unpacked bytes are counted, not taken from the zip's claims. Unpacking runs in
 * zlib's thread pool and the XML is read in small chunks, so the server answers others
 * meanwhile.
 */
import { StringDecoder } from 'node:string_decoder';
import { crc32, createInflateRaw } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { WORKBOOK_LIMITS, type WorkbookLimits } from './format/limits';
import type { Problem } from './format/model';
import { readZipDirectory, type ZipEntry } from './zip-directory';

export const NOT_A_WORKBOOK = 'Die Datei ist keine Excel-Arbeitsmappe (.xlsx). Bitte eine mit Excel oder LibreOffice als .xlsx gespeicherte Datei hochladen.';

/** What exceljs reads as a worksheet (its xlsx.js, unanchored as there). */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const FILE = '(Datei)';
const CHUNK = 64 * 1024;
const MB = 1024 * 1024;

const number = (n: number) => n.toLocaleString('de-DE');
const megabytes = (bytes: number) => `${(bytes / MB).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
const fileProblem = (message: string): Problem => ({ sheet: FILE, row: null, column: null, message });

export async function inspectWorkbook(buffer: Buffer, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<Problem | null> {
	const directory = readZipDirectory(buffer, limits.maxEntries);
	if ('error' in directory) {
		if (directory.error === 'not-a-zip') return fileProblem(NOT_A_WORKBOOK);
		if (directory.error === 'zip64') return fileProblem(`Die Arbeitsmappe ist im ZIP64-Format gespeichert, das nur sehr große Dateien brauchen. Erlaubt sind Arbeitsmappen bis ${megabytes(limits.maxBytes)}.`);
		return fileProblem(`Die Arbeitsmappe besteht aus ${number(directory.error.tooManyEntries)} Teildateien; erlaubt sind höchstens ${number(limits.maxEntries)}. Bitte Bilder, Diagramme und nicht benötigte Blätter entfernen.`);
	}
	const { entries } = directory;
	if (entries.some((entry) => entry.encrypted)) return fileProblem('Die Arbeitsmappe ist verschlüsselt. Bitte ohne Kennwort speichern und erneut hochladen.');
	if (entries.some((entry) => entry.method !== 0 && entry.method !== 8)) return fileProblem(NOT_A_WORKBOOK);
	const claimed = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
	if (claimed > limits.maxUncompressedBytes) return tooLargeUnpacked(claimed, limits);
	const worksheets = entries.filter((entry) => WORKSHEET.test(entry.name));
	if (worksheets.length > limits.maxSheets) return fileProblem(`Die Arbeitsmappe hat ${number(worksheets.length)} Blätter; erlaubt sind höchstens ${number(limits.maxSheets)}.`);

	const budget = { left: limits.maxUncompressedBytes, cells: limits.maxCells };
	try {
		const names = await sheetNames(buffer, entries, budget);
		if (names.size > limits.maxSheets) return fileProblem(`Die Arbeitsmappe hat ${number(names.size)} Blätter; erlaubt sind höchstens ${number(limits.maxSheets)}.`);
		for (const entry of entries) {
			const problem = WORKSHEET.test(entry.name)
				? await scanSheet(buffer, entry, names.get(entry.name) ?? entry.name.replace(/^.*\//, ''), limits, budget)
				: await drain(buffer, entry, budget);
			if (problem) return problem;
		}
	} catch (error) {
		if (error instanceof OverBudget) return tooLargeUnpacked(limits.maxUncompressedBytes + 1, limits, true);
		return fileProblem(NOT_A_WORKBOOK);
	}
	return null;
}

class OverBudget extends Error {}

function tooLargeUnpacked(bytes: number, limits: WorkbookLimits, counted = false): Problem {
	const size = counted ? `mehr als ${megabytes(limits.maxUncompressedBytes)}` : megabytes(bytes);
	return fileProblem(`Die Arbeitsmappe ist entpackt ${size} groß; erlaubt sind höchstens ${megabytes(limits.maxUncompressedBytes)}. Bitte Bilder, Formatierungen und nicht benötigte Blätter entfernen.`);
}

/**
 * The entry's unpacked bytes in chunks, counted against the budget; stops unpacking when the
 * caller stops reading. A checksum that does not match at the end is a damaged file.
 */
async function* unpacked(buffer: Buffer, entry: ZipEntry, budget: { left: number }): AsyncGenerator<Buffer> {
	const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
	let crc = 0;
	const take = (chunk: Buffer) => {
		budget.left -= chunk.length;
		if (budget.left < 0) throw new OverBudget();
		crc = crc32(chunk, crc);
		return chunk;
	};
	if (entry.method === 0) {
		for (let at = 0; at < data.length; at += CHUNK) {
			yield take(data.subarray(at, at + CHUNK));
			// Stored entries need no thread pool; give other requests their turn between chunks.
			await new Promise((resolve) => setImmediate(resolve));
		}
	} else {
		const inflate = createInflateRaw();
		inflate.end(data);
		try {
			for await (const chunk of inflate) yield take(chunk as Buffer);
		} finally {
			inflate.destroy();
		}
	}
	if (crc !== entry.crc) throw new Error(`checksum of ${entry.name}`);
}

async function drain(buffer: Buffer, entry: ZipEntry, budget: { left: number }): Promise<null> {
	for await (const _chunk of unpacked(buffer, entry, budget));
	return null;
}

async function text(buffer: Buffer, entry: ZipEntry | undefined, budget: { left: number }): Promise<string> {
	if (!entry) return '';
	const decoder = new StringDecoder('utf8');
	let result = '';
	for await (const chunk of unpacked(buffer, entry, budget)) result += decoder.write(chunk);
	return result + decoder.end();
}

/** Parses XML with saxes, as exceljs does (same parser, same options), calling `open` per element until it returns a problem. */
async function scanXml(chunks: AsyncIterable<Buffer>, open: (name: string, attributes: Record<string, string>) => Problem | null): Promise<Problem | null> {
	const parser = new SaxesParser();
	let found: Problem | null = null;
	let failed: Error | null = null;
	parser.on('error', (error) => (failed = error));
	parser.on('opentag', (tag: SaxesTagPlain) => {
		// Element names as written; a namespace prefix („x:row“) is dropped, which counts rows exceljs would skip too.
		if (!found) found = open(tag.name.slice(tag.name.indexOf(':') + 1), tag.attributes);
	});
	const decoder = new StringDecoder('utf8');
	for await (const chunk of chunks) {
		parser.write(decoder.write(chunk));
		if (failed) throw failed;
		if (found) return found;
	}
	return found;
}

/** Sheet names by zip entry, from the workbook's own directory (workbook.xml and its relationships). */
async function sheetNames(buffer: Buffer, entries: ZipEntry[], budget: { left: number }): Promise<Map<string, string>> {
	const byName = (name: string) => entries.find((entry) => entry.name === name);
	const targets = new Map<string, string>();
	const sheets: { name: string; id: string }[] = [];
	const chunksOf = async function* (xml: string) {
		yield Buffer.from(xml);
	};
	await scanXml(chunksOf(await text(buffer, byName('xl/_rels/workbook.xml.rels'), budget)), (name, attributes) => {
		if (name === 'Relationship' && attributes['Id'] && attributes['Target']) targets.set(attributes['Id'], attributes['Target']);
		return null;
	});
	await scanXml(chunksOf(await text(buffer, byName('xl/workbook.xml'), budget)), (name, attributes) => {
		const id = attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
		if (name === 'sheet' && attributes['name'] !== undefined && id) sheets.push({ name: attributes['name'], id });
		return null;
	});
	const names = new Map<string, string>();
	for (const sheet of sheets) {
		const target = targets.get(sheet.id);
		if (target) names.set(target.startsWith('/') ? target.slice(1) : `xl/${target}`, sheet.name);
	}
	return names;
}

/** Column letters to a number: A = 1, XFD = 16384. */
function columnNumber(letters: string): number {
	let n = 0;
	for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
	return n;
}

/** A number to column letters: 100 = CV. */
function columnLetters(n: number): string {
	let letters = '';
	for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
	return letters;
}

const CELL_REF = /^\$?([A-Za-z]+)\$?(\d+)$/;

/** A range as exceljs would expand it („A1:C3“, „B2“), or null when it names no cells. */
function area(ref: string): { right: number; bottom: number; cells: number } | null {
	const [from, to = from] = ref.split(':');
	const a = CELL_REF.exec(from ?? '');
	const b = CELL_REF.exec(to ?? '');
	if (!a || !b) return null;
	const [left, right] = [columnNumber(a[1]!), columnNumber(b[1]!)].sort((x, y) => x - y) as [number, number];
	const [top, bottom] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y) as [number, number];
	return { right, bottom, cells: (right - left + 1) * (bottom - top + 1) };
}

async function scanSheet(buffer: Buffer, entry: ZipEntry, sheet: string, limits: WorkbookLimits, budget: { left: number; cells: number }): Promise<Problem | null> {
	const { maxRows, maxColumns } = limits;
	const within = `erlaubt sind höchstens ${number(maxRows)} Zeilen (mit der Kopfzeile) und ${number(maxColumns)} Spalten (bis Spalte ${columnLetters(maxColumns)}) je Blatt`;
	const tooManyCells = (row: number | null): Problem => ({
		sheet,
		row,
		column: null,
		message: `Die Arbeitsmappe hat mehr als ${number(limits.maxCells)} Zellen (verbundene Zellen und Datenüberprüfungen mitgezählt); mehr sind nicht erlaubt. Bitte leere, aber formatierte Zeilen und Spalten löschen.`,
	});
	let row = 0;
	let column = 0;
	return scanXml(unpacked(buffer, entry, budget), (name, attributes) => {
		switch (name) {
			case 'dimension': {
				const declared = area(attributes['ref'] ?? '');
				if (declared && (declared.bottom > maxRows || declared.right > maxColumns)) {
					return { sheet, row: null, column: null, message: `Das Blatt reicht laut seinen Kopfdaten bis Zelle ${String(attributes['ref']).split(':').pop()}; ${within}. Bitte leere Zeilen und Spalten unterhalb und rechts der Tabelle löschen.` };
				}
				return null;
			}
			case 'row': {
				const r = Number.parseInt(attributes['r'] ?? '', 10);
				row = Number.isNaN(r) ? row + 1 : r;
				column = 0;
				if (row > maxRows) return { sheet, row, column: null, message: `Das Blatt hat Zeilen bis Zeile ${number(row)}; ${within}. Bitte leere Zeilen am Ende des Blatts löschen.` };
				return null;
			}
			case 'c': {
				const ref = CELL_REF.exec(attributes['r'] ?? '');
				column = ref ? columnNumber(ref[1]!) : column + 1;
				if (column > maxColumns) return { sheet, row, column: columnLetters(column), message: `Hier steht eine Zelle; ${within}. Bitte die Zellen rechts von Spalte ${columnLetters(maxColumns)} löschen.` };
				if (--budget.cells < 0) return tooManyCells(row);
				return null;
			}
			case 'mergeCell':
			case 'dataValidation': {
				const what = name === 'mergeCell' ? 'Verbundene Zellen reichen' : 'Eine Datenüberprüfung (z. B. eine Auswahlliste) reicht';
				for (const ref of (attributes[name === 'mergeCell' ? 'ref' : 'sqref'] ?? '').split(/\s+/)) {
					const covered = area(ref);
					if (!covered) continue;
					if (covered.bottom > maxRows || covered.right > maxColumns) {
						return { sheet, row: null, column: null, message: `${what} über ${ref}; ${within}. Bitte auf die genutzten Zeilen und Spalten beschränken.` };
					}
					budget.cells -= covered.cells;
					if (budget.cells < 0) return tooManyCells(null);
				}
				return null;
			}
			default:
				return null;
		}
	});
}
