/**
 * Database values as the dashboard builders expect them. The endpoint reads with knex for
 * speed, so it sees what the drivers return, which differs between SQLite and PostgreSQL:
 * decimals as strings (pg), dates as Date objects (pg) or epoch milliseconds (SQLite),
 * booleans as 0/1 (SQLite) and JSON as text (SQLite).
 */

/** A number, or null for no value: a missing value is unknown, never 0. */
export function toNumber(value: unknown): number | null {
	if (value === null || value === undefined || value === '') return null;
	const number = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(number) ? number : null;
}

export function toBoolean(value: unknown): boolean {
	return value === true || value === 1 || value === '1' || value === 'true';
}

/**
 * A date column as 'YYYY-MM-DD'. Directus writes a date as local midnight and formats it back
 * from the local calendar date, and node-postgres builds Date objects at local midnight, so the
 * local date parts are the stored date; toISOString() would move it a day back east of UTC.
 */
export function toIsoDate(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as number | string));
	if (Number.isNaN(date.getTime())) return null;
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A JSON list column (tags, funding shares); anything that is not a list reads as empty. */
export function toList<T>(value: unknown): T[] {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			return [];
		}
	}
	return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/** A text column; null stays null so an empty field is not shown as the word "null". */
export function toText(value: unknown): string | null {
	return value === null || value === undefined ? null : String(value);
}

/**
 * A timestamp column as an ISO string in UTC: node-postgres gives a Date, SQLite what was
 * written, epoch milliseconds (knex with a Date) or text (Directus, in UTC without a zone).
 */
export function toIsoTimestamp(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	let date: Date;
	if (value instanceof Date) date = value;
	else if (typeof value === 'number' || /^\d+$/.test(String(value))) date = new Date(Number(value));
	else {
		const text = String(value).replace(' ', 'T');
		date = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
	}
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
