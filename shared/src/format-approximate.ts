import { formatGermanNumber } from './format-german-number';
import { APPROXIMATE_MARK } from './types';

/**
 * A number as German readers write it, with "ca." before it when the document marks the reading
 * as approximate ("ca. 2,5", "ca. 60 %", "ca. 20.000 €"), and its unit after a space. Every view
 * (app, print view, Word export) prints approximate readings through this one function, so "ca."
 * cannot get lost in one of them.
 */
export function formatApproximate(value: number, approximate: boolean, unit: string | null = null, maxDigits = 2): string {
	const number = formatGermanNumber(value, maxDigits);
	const withUnit = unit ? `${number} ${unit}` : number;
	return approximate ? `${APPROXIMATE_MARK} ${withUnit}` : withUnit;
}
