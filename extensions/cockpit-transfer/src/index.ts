import { defineEndpoint } from '@directus/extensions-sdk';
import ExcelJS from 'exceljs';
export default defineEndpoint({
	id: 'transfer',
	handler: (router) => {
		router.get('/probe', async (_req, res) => {
			const wb = new ExcelJS.Workbook();
			wb.addWorksheet('A').addRow([1, 'x', new Date()]);
			const buf = await wb.xlsx.writeBuffer();
			const back = new ExcelJS.Workbook();
			await back.xlsx.load(buf as ArrayBuffer);
			res.json({ n: back.worksheets.length });
		});
	},
});
