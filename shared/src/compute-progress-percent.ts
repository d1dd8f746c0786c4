import { roundTo } from './round-to';

/**
 * Share of the progress target reached, 0 to 100, two decimals. Null when either value is
 * missing or the target cannot be divided by: a missing value is unknown, not no progress.
 */
export function computeProgressPercent(
	current: number | null | undefined,
	target: number | null | undefined,
): number | null {
	if (current === null || current === undefined || target === null || target === undefined) return null;
	if (target <= 0) return null;
	const percent = (100 * current) / target;
	return roundTo(Math.min(100, Math.max(0, percent)), 2);
}
