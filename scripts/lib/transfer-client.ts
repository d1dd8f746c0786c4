/**
 * The transfer endpoint as a client uses it: a workbook out as bytes, a workbook in as the
 * raw request body. Shared by the integration tests and `npm run bench:transfer`.
 */
export interface TransferAnswer<T = unknown> {
	status: number;
	body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface SheetPreview {
	sheet: string;
	created: number;
	changed: number;
	unchanged: number;
	items: { row: number | null; label: string; action: string; fields: string[] }[];
}

export interface ImportAnswer {
	district: string;
	dry_run: boolean;
	created: boolean;
	sheets: SheetPreview[];
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadWorkbook(url: string, token: string | null, path: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
	const response = await fetch(url + path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
	return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

export async function uploadWorkbook(url: string, token: string | null, bytes: Buffer, options: { dryRun?: boolean; multipart?: boolean } = {}): Promise<TransferAnswer<ImportAnswer>> {
	const path = `/transfer/districts${options.dryRun ? '?dry_run=true' : ''}`;
	const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
	let init: RequestInit;
	if (options.multipart) {
		const form = new FormData();
		form.append('file', new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }), 'kreis.xlsx');
		init = { method: 'POST', headers: auth, body: form };
	} else {
		init = { method: 'POST', headers: { ...auth, 'Content-Type': XLSX_TYPE }, body: new Uint8Array(bytes) };
	}
	const response = await fetch(url + path, init);
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : {} };
}

/** Created and changed rows per sheet, without the unchanged ones: what an import would do. */
export function changesOf(answer: ImportAnswer): Record<string, { created: number; changed: number }> {
	return Object.fromEntries(answer.sheets.filter((s) => s.created + s.changed > 0).map((s) => [s.sheet, { created: s.created, changed: s.changed }]));
}
