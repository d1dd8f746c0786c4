import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './xlsx';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	fill(book.addWorksheet('Maßnahmen'));
	return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readWorkbook', () => {
	it('reads each row only as wide as its header, whatever stands further right, and notes formulas with their cells', async () => {
		const bytes = await workbook((sheet) => {
			sheet.getRow(1).values = ['Nummer', 'Titel', null, 'Status'];
			sheet.getRow(2).values = ['1', 'E-Akte'];
			sheet.getRow(2).getCell(90).value = 'weit rechts';
			sheet.getRow(3).getCell(1).value = { formula: 'A2+1', result: 2 };
			sheet.getRow(3).getCell(4).value = 'Geplant';
		});
		expect(await readWorkbook(bytes)).toEqual([
			{
				name: 'Maßnahmen',
				headers: ['Nummer', 'Titel', '', 'Status'],
				rows: [
					{ row: 2, cells: ['1', 'E-Akte', null, null] },
					{ row: 3, cells: [2, null, null, 'Geplant'] },
				],
				formulas: [{ row: 3, index: 0, formula: '=A2+1' }],
			},
		]);
	});
});
