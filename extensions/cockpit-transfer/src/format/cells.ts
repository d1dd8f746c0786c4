/**
 * One cell of the workbook to a domain value and back. Cells arrive as exceljs gives them
 * (already flattened to string, number, boolean, Date or null); a problem is a German sentence
 * about the cell, without sheet and row, which the caller adds.
 */
import { NOT_STATED_LABEL } from '@cockpit/shared';
import type { ColumnKind } from './sheets';

export type Cell = string | number | boolean | Date | null;
export type Parsed = { value: unknown } | { error: string };

export interface ThemeRef {
	id: string;
	name: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 to 1970-01-01

/** Kinds whose empty cell is an empty list, never null. */
export function isListKind(kind: ColumnKind): boolean {
	return kind.type === 'list' || kind.type === 'consultations';
}

export function isEmpty(cell: Cell | undefined): boolean {
	return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function parseCell(kind: ColumnKind, cell: Cell, themes: ThemeRef[]): Parsed {
	if (isEmpty(cell)) return { value: isListKind(kind) ? [] : kind.type === 'flag' ? false : null };
	switch (kind.type) {
		case 'text':
		case 'key':
		case 'ref':
			return { value: cell instanceof Date ? isoDate(cell) : String(cell).trim() };
		case 'number':
			return parseNumber(cell, false);
		case 'integer':
			return parseNumber(cell, true);
		case 'date':
			return parseDate(cell);
		case 'boolean':
		case 'flag':
			return parseBoolean(cell, kind.type === 'flag');
		case 'theme': {
			const wanted = String(cell).trim().toLowerCase();
			const theme = themes.find((t) => t.id.toLowerCase() === wanted || t.name.toLowerCase() === wanted);
			return theme ? { value: theme.id } : { error: `Das Thema „${String(cell).trim()}“ gibt es nicht. Erlaubt: ${themes.map((t) => t.name).join(', ')}.` };
		}
		case 'list':
			return { value: String(cell).split(';').map((part) => part.trim()).filter((part) => part !== '') };
		case 'consultations':
			return parseConsultations(String(cell));
		case 'choice': {
			const wanted = String(cell).trim().toLowerCase();
			if (kind.notStated && wanted === NOT_STATED_LABEL.toLowerCase()) return { value: null };
			for (const [value, label] of Object.entries(kind.labels)) {
				if (value.toLowerCase() === wanted || label.toLowerCase() === wanted) return { value };
			}
			for (const [value, label] of Object.entries(kind.aliases ?? {})) {
				if (label.toLowerCase() === wanted) return { value };
			}
			return { error: `„${String(cell).trim()}“ ist keine erlaubte Angabe für „${kind.name}“. Erlaubt: ${Object.values(kind.labels).join(', ')}.` };
		}
	}
}

function parseNumber(cell: Cell, integer: boolean): Parsed {
	let value: number;
	if (typeof cell === 'number') value = cell;
	else if (typeof cell === 'string') {
		// German spreadsheets write "1.234,5"; a plain "1234.5" is read as written.
		const raw = cell.trim().replace(/\s|€|%/g, '');
		const normalised = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
		value = /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
	} else value = Number.NaN;
	if (!Number.isFinite(value)) return { error: `„${String(cell)}“ ist keine Zahl.` };
	if (integer && !Number.isInteger(value)) return { error: `„${String(cell)}“ ist keine ganze Zahl.` };
	return { value };
}

function parseDate(cell: Cell): Parsed {
	if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { error: 'Das Datum ist ungültig.' } : { value: isoDate(cell) };
	if (typeof cell === 'number' && cell > 0 && cell < 100_000) {
		return { value: isoDate(new Date(Math.round((cell - EXCEL_EPOCH_OFFSET) * 86_400_000))) };
	}
	const raw = String(cell).trim();
	const iso = ISO_DATE.exec(raw);
	const german = GERMAN_DATE.exec(raw);
	const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : null;
	if (parts) {
		const [y, m, d] = parts.map(Number) as [number, number, number];
		const date = new Date(Date.UTC(y, m - 1, d));
		if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { value: isoDate(date) };
	}
	return { error: `„${raw}“ ist kein Datum. Bitte als TT.MM.JJJJ angeben, z. B. 31.12.2024.` };
}

/** A flag also takes the mark itself ("ca.", "rd."), as a clerk copies it from the document. */
function parseBoolean(cell: Cell, flag: boolean): Parsed {
	if (typeof cell === 'boolean') return { value: cell };
	const raw = String(cell).trim().toLowerCase();
	if (['ja', 'x', 'wahr', 'true', '1', ...(flag ? ['ca.', 'ca', 'rd.', 'rd', 'etwa'] : [])].includes(raw)) return { value: true };
	if (['nein', 'falsch', 'false', '0'].includes(raw)) return { value: false };
	return { error: flag ? `„${String(cell)}“: bitte „ja“ angeben oder die Zelle leer lassen.` : `„${String(cell)}“: bitte „ja“ oder „nein“ angeben.` };
}

/** "Kreisausschuss, 07.11.2022, Kenntnisnahme; Kreistag, 08.11.2022": the Beratungsfolge of a report. */
function parseConsultations(raw: string): Parsed {
	const consultations: { committee: string; meeting_date: string | null; role: string | null }[] = [];
	for (const part of raw.split(';').map((p) => p.trim()).filter(Boolean)) {
		const [committee = '', date = '', ...role] = part.split(',').map((p) => p.trim());
		const parsed = date === '' ? { value: null } : parseDate(date);
		if (committee === '' || 'error' in parsed) return { error: `„${part}“: Beratungen bitte als „Gremium, TT.MM.JJJJ, Zuständigkeit“ angeben, z. B. „Kreistag, 08.11.2022, Kenntnisnahme“.` };
		consultations.push({ committee, meeting_date: parsed.value as string | null, role: role.join(', ') || null });
	}
	return { value: consultations };
}

export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A domain value as the cell the export writes. */
export function formatCell(kind: ColumnKind, value: unknown, themes: ThemeRef[]): Cell {
	if (value === null || value === undefined) return null;
	switch (kind.type) {
		case 'date': {
			const match = ISO_DATE.exec(String(value).slice(0, 10));
			return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : String(value);
		}
		case 'number':
		case 'integer':
			return typeof value === 'number' ? value : Number(value);
		case 'boolean':
			return value ? 'ja' : 'nein';
		case 'flag':
			return value === true || value === 1 || value === '1' || value === 'true' ? 'ja' : null;
		case 'theme':
			return themes.find((t) => t.id === value)?.name ?? String(value);
		case 'list':
			return Array.isArray(value) && value.length > 0 ? value.join('; ') : null;
		case 'consultations':
			return Array.isArray(value) && value.length > 0
				? (value as { committee: string; meeting_date: string | null; role: string | null }[])
						.map((c) => [c.committee, c.meeting_date ? c.meeting_date.slice(0, 10).split('-').reverse().join('.') : '', c.role ?? ''].join(', ').replace(/(, )+$/, ''))
						.join('; ')
				: null;
		case 'choice':
			return kind.labels[String(value)] ?? String(value);
		default:
			return String(value);
	}
}
