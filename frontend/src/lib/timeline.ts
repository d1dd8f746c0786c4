import type { ActionFieldView, DistrictDashboard, Horizon, MeasureStatus, MeasureView } from '@cockpit/shared';
import { compareCodes } from './format';

/**
 * The Zeitplan of a district (`/kreis/:id/zeitplan`): its measures placed in time as the
 * documents date them, grouped by the field of action they sit in.
 *
 * - `date`: the planned date ("Geplant bis"); the bar ends on it.
 * - `period`: only a label that names a period ("2018", "Q1 2024", a day that does not exist
 *   such as "31.09.2024"): the bar spans that year, quarter or month.
 * - `horizon`: only a time horizon (kurz-, mittel-, langfristig): a band counted from the
 *   strategy document's date, by the convention in HORIZON_YEARS.
 * Measures with none of these are listed per field as "ohne Termin", never drawn at a made-up date.
 */
export type TimelinePlacement = 'date' | 'period' | 'horizon';

export interface TimelineItem {
	id: string;
	code: string | null;
	title: string;
	status: MeasureStatus | null;
	overdue: boolean;
	placement: TimelinePlacement;
	/** 'YYYY-MM-DD', inclusive; for `date` both are the planned date. */
	start: string;
	end: string;
	/** As the document states it: "30.06.2018", "2018", "kurzfristig". */
	label: string;
}

export interface TimelineGroup {
	field: { id: string; code: string | null; title: string } | null;
	items: TimelineItem[];
	undated: { id: string; code: string | null; title: string }[];
}

/** A field and the fields it refers to, each with where the document says so. */
export interface TimelineDependency {
	from: { id: string; label: string };
	to: { id: string; label: string; note: string | null }[];
}

export interface TimelineModel {
	groups: TimelineGroup[];
	/** Fields whose measures the documents give no date at all, with how many they have. */
	undatedFields: { field: TimelineGroup['field']; count: number }[];
	/** The axis every group shares, 'YYYY-MM-DD': from the earliest date to the later of the last date and today. */
	range: { start: string; end: string } | null;
	today: string;
	dependencies: TimelineDependency[];
	/** The date horizons are counted from (the strategy document's), when known. */
	horizonBase: string | null;
}

/** Years after the document that a horizon covers: the cockpit's reading, stated in the README. */
export const HORIZON_YEARS: Record<Horizon, [number, number]> = {
	kurzfristig: [0, 1],
	mittelfristig: [1, 3],
	langfristig: [3, 5],
};

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function toIsoDay(date: Date): string {
	return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The period a document's label names, or null when it names none ("kurzfristig", free text). */
export function periodOfLabel(label: string | null): { start: string; end: string } | null {
	const text = label?.trim() ?? '';
	let match = /^(\d{4})$/.exec(text);
	if (match) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
	match = /^Q([1-4])\s*\/?\s*(\d{4})$/i.exec(text);
	if (match) {
		const year = Number(match[2]);
		const first = (Number(match[1]) - 1) * 3 + 1;
		return { start: isoDay(year, first, 1), end: isoDay(year, first + 2, lastDayOf(year, first + 2)) };
	}
	// A day the calendar does not have ("31.09.2024") still names its month.
	match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	if (match) {
		const year = Number(match[3]);
		const month = Number(match[2]);
		if (month < 1 || month > 12) return null;
		return { start: isoDay(year, month, 1), end: isoDay(year, month, lastDayOf(year, month)) };
	}
	return null;
}

function horizonBand(horizon: Horizon, base: string): { start: string; end: string } {
	const [from, to] = HORIZON_YEARS[horizon];
	const year = Number(base.slice(0, 4));
	return { start: `${year + from}${base.slice(4)}`, end: `${year + to}${base.slice(4)}` };
}

const HORIZON_WORDS: Record<Horizon, string> = { kurzfristig: 'kurzfristig', mittelfristig: 'mittelfristig', langfristig: 'langfristig' };

function placeMeasure(measure: MeasureView, horizonBase: string | null): TimelineItem | null {
	const base = { id: measure.id, code: measure.code, title: measure.title, status: measure.status, overdue: measure.overdue };
	if (measure.planned_date) {
		return { ...base, placement: 'date', start: measure.planned_date, end: measure.planned_date, label: measure.planned_label ?? measure.planned_date };
	}
	const period = periodOfLabel(measure.planned_label);
	if (period) return { ...base, placement: 'period', ...period, label: measure.planned_label! };
	if (measure.horizon && horizonBase) {
		return { ...base, placement: 'horizon', ...horizonBand(measure.horizon, horizonBase), label: HORIZON_WORDS[measure.horizon] };
	}
	return null;
}

function fieldLabel(field: Pick<ActionFieldView, 'code' | 'title'>): string {
	return field.code ? `${field.code} ${field.title}` : field.title;
}

/** The Zeitplan of a dashboard on `today`; pure, so the page and its tests build the same. */
export function buildTimeline(dashboard: DistrictDashboard, today: Date): TimelineModel {
	const horizonBase = dashboard.district.source_date;
	const fields = [...dashboard.actionFields].sort((a, b) => compareCodes(a.code, b.code));
	const fieldById = new Map(fields.map((field) => [field.id, field]));
	const byField = new Map<string | null, MeasureView[]>();
	for (const measure of dashboard.measures) {
		const key = measure.action_field !== null && fieldById.has(measure.action_field) ? measure.action_field : null;
		byField.set(key, [...(byField.get(key) ?? []), measure]);
	}

	const groups: TimelineGroup[] = [];
	const undatedFields: TimelineModel['undatedFields'] = [];
	const keys = [...fields.map((field) => field.id), null].filter((key) => byField.has(key));
	for (const key of keys) {
		const field = key === null ? null : fieldById.get(key)!;
		const head = field ? { id: field.id, code: field.code, title: field.title } : null;
		const measures = [...byField.get(key)!].sort((a, b) => compareCodes(a.code, b.code));
		const items: TimelineItem[] = [];
		const undated: TimelineGroup['undated'] = [];
		for (const measure of measures) {
			const item = placeMeasure(measure, horizonBase);
			if (item) items.push(item);
			else undated.push({ id: measure.id, code: measure.code, title: measure.title });
		}
		if (items.length === 0) undatedFields.push({ field: head, count: undated.length });
		else groups.push({ field: head, items, undated });
	}

	const todayIso = toIsoDay(today);
	const items = groups.flatMap((group) => group.items);
	const range =
		items.length === 0
			? null
			: {
					start: items.map((item) => item.start).reduce((a, b) => (a < b ? a : b)),
					end: [todayIso, ...items.map((item) => item.end)].reduce((a, b) => (a > b ? a : b)),
				};

	const dependencies: TimelineDependency[] = [];
	for (const dependency of dashboard.dependencies) {
		const from = fieldById.get(dependency.from);
		const to = fieldById.get(dependency.to);
		if (!from || !to) continue;
		let entry = dependencies.find((d) => d.from.id === from.id);
		if (!entry) dependencies.push((entry = { from: { id: from.id, label: fieldLabel(from) }, to: [] }));
		entry.to.push({ id: to.id, label: fieldLabel(to), note: dependency.note });
	}

	return { groups, undatedFields, range, today: todayIso, dependencies, horizonBase };
}

export { fieldLabel };
