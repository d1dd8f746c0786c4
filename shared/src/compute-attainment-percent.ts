import { roundTo } from './round-to';
import type { GoalDirection } from './types';

/**
 * How far an annual goal is reached, 0 to 100, two decimals.
 *
 * For an "at most" goal less is better, so the ratio is inverted: a limit of 0.8 with an
 * actual 1.0 is 80 % reached. Any actual at or below the limit, including 0, meets it fully.
 * Null when target or actual is missing (unknown is not 0), the target is not positive, or the
 * direction is not stated (the document says neither "mindestens" nor "maximal": no attainment).
 */
export function computeAttainmentPercent(
	target: number | null | undefined,
	actual: number | null | undefined,
	direction: GoalDirection | null | undefined,
): number | null {
	if (direction !== 'at_least' && direction !== 'at_most') return null;
	if (target === null || target === undefined || actual === null || actual === undefined) return null;
	if (target <= 0) return null;
	if (direction === 'at_most' && actual <= target) return 100;

	const percent = direction === 'at_least' ? (100 * actual) / target : (100 * target) / actual;
	return roundTo(Math.min(100, Math.max(0, percent)), 2);
}
