const formats = new Map<number, Intl.NumberFormat>();

/** A number as German readers write it: "1.234,5" (at most `maxDigits` decimals). */
export function formatGermanNumber(value: number, maxDigits = 2): string {
	let format = formats.get(maxDigits);
	if (!format) {
		format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: maxDigits });
		formats.set(maxDigits, format);
	}
	return format.format(value);
}
