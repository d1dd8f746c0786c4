import { THEMES } from '@cockpit/shared';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedDistrict } from '../../../scripts/lib/generated-district';
import { cellXml, declaredHugeWorkbook, longWorkbook, sheetXml, wideWorkbook, withSheetXml, worksheetXml } from '../../../scripts/lib/hostile-workbooks';
import { WORKBOOK_LIMITS } from './format/limits';
import { writeSheets } from './format/write-sheets';
import { inspectWorkbook, NOT_A_WORKBOOK } from './inspect-workbook';
import { readZipDirectory } from './zip-directory';
import { writeWorkbook } from './xlsx';

const within = 'erlaubt sind höchstens 5.000 Zeilen (mit der Kopfzeile) und 100 Spalten (bis Spalte CV) je Blatt';
let largest: Buffer;
beforeAll(async () => {
	const themes = THEMES.map((t) => ({ id: t.id, name: t.name }));
	largest = await writeWorkbook(writeSheets(generatedDistrict(500, 'gross', true), themes), 'Test');
});

/** The zip with its central directory patched: `at` is the offset in the first directory entry. */
function patchDirectory(bytes: Buffer, at: number, write: (buffer: Buffer, offset: number) => void): Buffer {
	const copy = Buffer.from(bytes);
	const directory = copy.readUInt32LE(copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
	write(copy, directory + at);
	return copy;
}

describe('inspectWorkbook', () => {
	it('passes the largest real district, 500 measures rated on 5 criteria', async () => {
		expect(await inspectWorkbook(largest)).toBeNull();
	});

	it('refuses one cell in column XFD, naming sheet, row and column', async () => {
		expect(await inspectWorkbook(await wideWorkbook(largest))).toEqual({
			sheet: 'Maßnahmen',
			row: 2,
			column: 'XFD',
			message: `Hier steht eine Zelle; ${within}. Bitte die Zellen rechts von Spalte CV löschen.`,
		});
	});

	it('refuses a sheet by its declared dimension before reading a row', async () => {
		expect(await inspectWorkbook(await declaredHugeWorkbook(largest))).toEqual({
			sheet: 'Maßnahmen',
			row: null,
			column: null,
			message: `Das Blatt reicht laut seinen Kopfdaten bis Zelle XFD1048576; ${within}. Bitte leere Zeilen und Spalten unterhalb und rechts der Tabelle löschen.`,
		});
	});

	it('refuses the row after the last allowed one when the sheet declares no dimension, and passes the last allowed one', async () => {
		const [over, at] = await Promise.all([longWorkbook(largest, WORKBOOK_LIMITS.maxRows), longWorkbook(largest, WORKBOOK_LIMITS.maxRows - 1)]);
		expect([await inspectWorkbook(over), await inspectWorkbook(at)]).toEqual([
			{ sheet: 'Maßnahmen', row: 5001, column: null, message: `Das Blatt hat Zeilen bis Zeile 5.001; ${within}. Bitte leere Zeilen am Ende des Blatts löschen.` },
			null,
		]);
	});

	it('refuses merged cells and a data validation that exceljs would expand over the whole sheet', async () => {
		const xml = await sheetXml(largest, 'Maßnahmen');
		const merged = await withSheetXml(largest, 'Maßnahmen', xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A600:XFD1048576"/></mergeCells>'));
		const validated = await withSheetXml(largest, 'Bewertungen', (await sheetXml(largest, 'Bewertungen')).replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="C2:C1048576"><formula1>"hoch,mittel"</formula1></dataValidation></dataValidations>'));
		expect([await inspectWorkbook(merged), await inspectWorkbook(validated)]).toEqual([
			{ sheet: 'Maßnahmen', row: null, column: null, message: `Verbundene Zellen reichen über A600:XFD1048576; ${within}. Bitte auf die genutzten Zeilen und Spalten beschränken.` },
			{ sheet: 'Bewertungen', row: null, column: null, message: `Eine Datenüberprüfung (z. B. eine Auswahlliste) reicht über C2:C1048576; ${within}. Bitte auf die genutzten Zeilen und Spalten beschränken.` },
		]);
	});

	it('counts cells over all sheets against the limit', async () => {
		expect(await inspectWorkbook(largest, { ...WORKBOOK_LIMITS, maxCells: 10_000 })).toEqual({
			sheet: 'Kosten',
			row: 19,
			column: null,
			message: 'Die Arbeitsmappe hat mehr als 10.000 Zellen (verbundene Zellen und Datenüberprüfungen mitgezählt); mehr sind nicht erlaubt. Bitte leere, aber formatierte Zeilen und Spalten löschen.',
		});
	});

	it('refuses by the zip directory: too many entries, too many sheets, a claimed unpacked size over the limit', async () => {
		const many = new JSZip();
		for (let i = 0; i < 401; i++) many.file(`x/${i}.txt`, 'x');
		const file = (message: string) => ({ sheet: '(Datei)', row: null, column: null, message });
		expect([
			await inspectWorkbook(await many.generateAsync({ type: 'nodebuffer' })),
			await inspectWorkbook(largest, { ...WORKBOOK_LIMITS, maxSheets: 10 }),
			await inspectWorkbook(largest, { ...WORKBOOK_LIMITS, maxUncompressedBytes: 512 * 1024 }),
		]).toEqual([
			file('Die Arbeitsmappe besteht aus 402 Teildateien; erlaubt sind höchstens 400. Bitte Bilder, Diagramme und nicht benötigte Blätter entfernen.'),
			file('Die Arbeitsmappe hat 17 Blätter; erlaubt sind höchstens 10.'),
			file('Die Arbeitsmappe ist entpackt 0,8 MB groß; erlaubt sind höchstens 0,5 MB. Bitte Bilder, Formatierungen und nicht benötigte Blätter entfernen.'),
		]);
	});

	it('counts the unpacked bytes itself when the directory understates them', async () => {
		const bomb = new JSZip();
		bomb.file('xl/sharedStrings.xml', 'x'.repeat(3 * 1024 * 1024), { createFolders: false });
		const bytes = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
		// Uncompressed size of the only entry, claimed as 1 KB.
		const lying = patchDirectory(bytes, 24, (buffer, offset) => buffer.writeUInt32LE(1024, offset));
		expect(await inspectWorkbook(lying, { ...WORKBOOK_LIMITS, maxUncompressedBytes: 1024 * 1024 })).toEqual({
			sheet: '(Datei)',
			row: null,
			column: null,
			message: 'Die Arbeitsmappe ist entpackt mehr als 1 MB groß; erlaubt sind höchstens 1 MB. Bitte Bilder, Formatierungen und nicht benötigte Blätter entfernen.',
		});
	});

	it('refuses what is not a workbook: text, a truncated zip, broken deflate data, an encrypted entry', async () => {
		const broken = Buffer.from(largest);
		const directory = readZipDirectory(broken, 200);
		const measures = 'entries' in directory ? directory.entries.find((e) => e.name === 'xl/worksheets/sheet4.xml')! : null;
		broken.fill(0xff, measures!.dataStart + 100, measures!.dataStart + 200);
		const sheet = await withSheetXml(largest, 'Kreis', worksheetXml([cellXml('A1', 'Kennung')]));
		const zip = await JSZip.loadAsync(sheet);
		const name = Object.keys(zip.files).find((n) => n.endsWith('sheet2.xml'))!;
		const garbled = await zip.file(name, Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"')).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
		const encrypted = patchDirectory(largest, 8, (buffer, offset) => buffer.writeUInt16LE(buffer.readUInt16LE(offset) | 1, offset));
		const results = await Promise.all([Buffer.from('Nummer;Titel\n1;A\n'), largest.subarray(0, largest.length - 30), broken, encrypted].map((b) => inspectWorkbook(b)));
		expect([...results.map((r) => r?.message), await inspectWorkbook(garbled)]).toEqual([
			NOT_A_WORKBOOK,
			NOT_A_WORKBOOK,
			NOT_A_WORKBOOK,
			'Die Arbeitsmappe ist verschlüsselt. Bitte ohne Kennwort speichern und erneut hochladen.',
			// exceljs reads an unfinished sheet too (it never closes its parser), so the check does not refuse it either.
			null,
		]);
	});
});
