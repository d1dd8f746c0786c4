/**
 * Writes a table as CSV per RFC 4180: a header row, CRLF after every record, and a field in
 * double quotes (with its quotes doubled) whenever it holds a comma, a quote or a line break.
 * Empty for null. Numbers are written as JavaScript prints them (a dot before the decimals), so
 * every reader parses them the same way; the text stays UTF-8 as it is.
 */
export type CsvValue = string | number | boolean | null;

export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, CsvValue>>[]): string {
	const record = (values: CsvValue[]) => values.map(field).join(',') + '\r\n';
	return record([...columns]) + rows.map((row) => record(columns.map((column) => row[column] ?? null))).join('');
}

function field(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
