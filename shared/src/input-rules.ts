/**
 * The input rules of the contract as pure checks: each returns a German message that says
 * what is wrong and what is allowed, or null when the value is fine.
 *
 * One source for every writer: the compute hook (a direct edit), the reporting endpoint (an
 * owner's submission) and the workbook import all call these, so the same value is refused
 * everywhere with the same words. They stay together in one file because they are one table
 * of small rules sharing what "empty" means; split, each file would hold three lines.
 */
import { GOAL_DIRECTIONS, MEASURE_STATUSES, MEASURE_STATUS_LABELS, PRIORITY_CLASSES } from './types';

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

export function checkStatus(status: Value): string | null {
	if (status === undefined || (MEASURE_STATUSES as readonly Value[]).includes(status)) return null;
	const allowed = MEASURE_STATUSES.map((s) => `„${MEASURE_STATUS_LABELS[s]}“ (${s})`).join(', ');
	return `Unbekannter Status „${String(status)}“. Erlaubt sind: ${allowed}.`;
}

export function checkPriorityClass(priorityClass: Value): string | null {
	if (isMissing(priorityClass) || (PRIORITY_CLASSES as readonly Value[]).includes(priorityClass)) return null;
	return `Unbekannte Prioritätsklasse „${String(priorityClass)}“. Erlaubt sind ${PRIORITY_CLASSES.join(', ')} oder leer.`;
}

export function checkDirection(direction: Value): string | null {
	if (direction === undefined || (GOAL_DIRECTIONS as readonly Value[]).includes(direction)) return null;
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
