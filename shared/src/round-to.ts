/**
 * Rounds half away from zero to `decimals` places.
 *
 * Scaling by 10 ** decimals multiplies in binary floating point, so 1.005 * 100 gives
 * 100.49999999999999 and rounds down; shifting the decimal exponent of the written number
 * keeps 1.005 exactly 100.5. toExponential() gives every finite number in the same
 * "mantissa e exponent" form, so very small and very large values shift just as well.
 */
export function roundTo(value: number, decimals: number): number {
	if (!Number.isFinite(value)) return value;
	const rounded = Math.round(shiftDecimalPoint(Math.abs(value), decimals));
	// Without this, small negative values would round to -0, which reads as a sign in the UI.
	if (rounded === 0) return 0;
	return Math.sign(value) * shiftDecimalPoint(rounded, -decimals);
}

function shiftDecimalPoint(value: number, places: number): number {
	const [mantissa, exponent] = value.toExponential().split('e');
	return Number(`${mantissa}e${Number(exponent) + places}`);
}
