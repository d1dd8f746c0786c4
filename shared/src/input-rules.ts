/**
 * The input rules of the contract as pure checks: each returns a German message that says
 * what is wrong and what is allowed, or null when the value is fine.
 *
 * One source for every writer: the compute hook (a direct edit), the reporting endpoint (an
 * owner's submission) and the workbook import all call these, so the same value is refused
 * everywhere with the same words. They stay together in one file because they are one table
 * of small rules sharing what "empty" means; split, each file would hold three lines.
 */
import { COST_ATTRIBUTIONS, COST_ATTRIBUTION_LABELS, COST_TYPES, COST_TYPE_LABELS, GOAL_DIRECTIONS, MEASURE_STATUSES, MEASURE_STATUS_LABELS, PRIORITY_CLASSES } from './types';

type Value = unknown;

const isMissing = (value: Value) => value === null || value === undefined || value === '';

export function checkRequired(labels: Record<string, string>, item: Record<string, Value>): string | null {
	const missing = Object.entries(labels).filter(([field]) => isMissing(item[field]));
	if (missing.length === 0) return null;
	const names = missing.map(([, label]) => `„${label}“`).join(', ');
	return missing.length === 1 ? `Bitte ${names} angeben.` : `Bitte diese Felder angeben: ${names}.`;
}

export function checkNumber(value: Value, label: string): string | null {
	if (isMissing(value)) return null;
	return Number.isFinite(Number(value)) ? null : `„${label}“ muss eine Zahl sein.`;
}

/** A status may be empty ("nicht angegeben": the document gives none), but not unknown. */
export function checkStatus(status: Value): string | null {
	if (status === undefined || status === null || (MEASURE_STATUSES as readonly Value[]).includes(status)) return null;
	const allowed = MEASURE_STATUSES.map((s) => `„${MEASURE_STATUS_LABELS[s]}“ (${s})`).join(', ');
	return `Unbekannter Status „${String(status)}“. Erlaubt sind: ${allowed}.`;
}

export function checkPriorityClass(priorityClass: Value): string | null {
	if (isMissing(priorityClass) || (PRIORITY_CLASSES as readonly Value[]).includes(priorityClass)) return null;
	return `Unbekannte Prioritätsklasse „${String(priorityClass)}“. Erlaubt sind ${PRIORITY_CLASSES.join(', ')} oder leer.`;
}

/** A direction may be empty (the wording says neither "mindestens" nor "maximal"; then no attainment), but not unknown. */
export function checkDirection(direction: Value): string | null {
	if (direction === undefined || direction === null || (GOAL_DIRECTIONS as readonly Value[]).includes(direction)) return null;
	return `Unbekannte Richtung „${String(direction)}“. Erlaubt sind „at_least“ (mindestens) und „at_most“ (höchstens).`;
}

/** A target, completion mark or weight: empty is allowed where the document names no number, 0 or less never. */
export function checkPositive(value: Value, label: string): string | null {
	if (isMissing(value)) return null;
	const number = Number(value);
	if (!Number.isFinite(number)) return `„${label}“ muss eine Zahl sein.`;
	return number > 0 ? null : `„${label}“ muss größer als 0 sein (angegeben: ${number}).`;
}

export function checkNotNegative(value: Value, label: string): string | null {
	if (isMissing(value)) return null;
	const number = Number(value);
	if (!Number.isFinite(number)) return `„${label}“ muss eine Zahl sein.`;
	return number >= 0 ? null : `„${label}“ darf nicht negativ sein (angegeben: ${number}).`;
}

/** Progress lies between 0 and the completion mark, and needs one. */
export function checkProgress(current: Value, target: Value, labels = { current: 'Fortschritt', target: 'Abschluss bei' }): string | null {
	const targetProblem = checkPositive(target, labels.target);
	if (targetProblem) return targetProblem;
	if (isMissing(current)) return null;
	const value = Number(current);
	if (!Number.isFinite(value)) return `„${labels.current}“ muss eine Zahl sein.`;
	if (isMissing(target)) return `„${labels.current}“ braucht einen Wert für „${labels.target}“, z. B. 10.`;
	const mark = Number(target);
	if (value < 0 || value > mark) {
		return `„${labels.current}“ muss zwischen 0 und ${mark} („${labels.target}“) liegen (angegeben: ${value}).`;
	}
	return null;
}

/** The official district key (Kreisschlüssel): five digits, as the catalogue's geocoding URI needs it; empty while unknown. */
export function checkDistrictKey(value: Value): string | null {
	if (isMissing(value)) return null;
	return /^[0-9]{5}$/.test(String(value)) ? null : `Der Kreisschlüssel besteht aus genau fünf Ziffern, z. B. „05166“ (angegeben: „${String(value)}“).`;
}

/**
 * One cost component of an annual goal (annual_goal_costs): a known kind, an amount of 0 or
 * more, a whole number of years above 0, a share above 0 and at most 100 %, a known
 * attribution. Empty amount, years and share are allowed: the document may name none (never 0).
 * `partial`: the fields of an update, where an absent field keeps its stored value.
 */
export function checkCostComponent(cost: Record<string, Value>, options: { partial?: boolean } = {}): string | null {
	const given = (field: string) => !options.partial || field in cost;
	if (given('kind')) {
		const kind = cost['kind'];
		if (isMissing(kind)) return 'Bitte die „Art“ der Kosten angeben, z. B. „Einmalig“ oder „Noch nicht kalkulierbar“.';
		if (!(COST_TYPES as readonly Value[]).includes(kind)) {
			const allowed = COST_TYPES.map((k) => `„${COST_TYPE_LABELS[k]}“ (${k})`).join(', ');
			return `Unbekannte Kostenart „${String(kind)}“. Erlaubt sind: ${allowed}.`;
		}
	}
	const amount = checkNotNegative(cost['amount'], 'Betrag (EUR)');
	if (amount) return amount;
	const years = cost['years'];
	if (!isMissing(years)) {
		const number = Number(years);
		if (!Number.isInteger(number) || number <= 0) return `„Laufzeit (Jahre)“ muss eine ganze Zahl größer als 0 sein (angegeben: ${String(years)}).`;
	}
	const year = cost['year'];
	if (!isMissing(year)) {
		const number = Number(year);
		if (!Number.isInteger(number) || number < 2000 || number > 2100) return `„Haushaltsjahr“ muss ein Jahr zwischen 2000 und 2100 sein (angegeben: ${String(year)}).`;
	}
	const share = cost['share_percent'];
	if (!isMissing(share)) {
		const number = Number(share);
		if (!Number.isFinite(number)) return '„Anteil in %“ muss eine Zahl sein.';
		if (number <= 0 || number > 100) return `„Anteil in %“ muss größer als 0 und höchstens 100 sein (angegeben: ${number}).`;
	}
	// Absent on a create: the column default ("goal") applies.
	if ('attribution' in cost && !(COST_ATTRIBUTIONS as readonly Value[]).includes(cost['attribution'])) {
		if (isMissing(cost['attribution'])) return 'Bitte die „Zurechnung“ der Kosten angeben, z. B. „Diesem Ziel zuzurechnen“.';
		const allowed = COST_ATTRIBUTIONS.map((a) => `„${COST_ATTRIBUTION_LABELS[a]}“ (${a})`).join(', ');
		return `Unbekannte Zurechnung „${String(cost['attribution'])}“. Erlaubt sind: ${allowed}.`;
	}
	return null;
}

/** A measure as the rules below need it: null when it was not found. */
export interface MeasureRef {
	id: unknown;
	district: unknown;
}

/**
 * A succession (measure_successions): both measures exist, belong to one district, are not the
 * same measure, and the pair is not stated twice (`duplicate`: another row holds it already).
 */
export function checkSuccession(predecessor: MeasureRef | null, successor: MeasureRef | null, duplicate: boolean): string | null {
	if (!predecessor) return 'Die vorangehende Maßnahme („Vorgänger“) wurde nicht gefunden.';
	if (!successor) return 'Die nachfolgende Maßnahme („Nachfolger“) wurde nicht gefunden.';
	if (String(predecessor.id) === String(successor.id)) return 'Eine Maßnahme kann nicht ihre eigene Nachfolgerin sein. Bitte wählen Sie eine andere Maßnahme.';
	if (String(predecessor.district) !== String(successor.district)) {
		return `Vorgänger und Nachfolger gehören zu verschiedenen Kreisen. Bitte wählen Sie eine Maßnahme des Kreises „${String(predecessor.district)}“.`;
	}
	if (duplicate) return 'Diese Nachfolge ist bereits eingetragen. Bitte ändern Sie den vorhandenen Eintrag.';
	return null;
}

/** The measure of a KPI (kpis.measure): empty, or a measure of the KPI's own district. */
export function checkKpiMeasure(measure: MeasureRef | null, kpiDistrict: unknown): string | null {
	if (!measure) return 'Die Maßnahme der Kennzahl wurde nicht gefunden.';
	if (kpiDistrict !== undefined && kpiDistrict !== null && String(measure.district) !== String(kpiDistrict)) {
		return `Die Maßnahme gehört zu einem anderen Kreis als die Kennzahl. Bitte wählen Sie eine Maßnahme des Kreises „${String(kpiDistrict)}“.`;
	}
	return null;
}
