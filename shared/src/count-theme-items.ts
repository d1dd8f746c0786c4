import type { StatusMetrics, ThemeMetrics } from './dashboard-types';

/**
 * How many measures or projects a district has on one theme, counted the way its overall
 * count is: from its measures, or from its project-field tallies where it keeps those (then
 * the few measures it lists besides are not part of the count, as in its overall figure).
 *
 * A district that counts its work and has nothing on a theme has 0 there: its list is
 * complete, so the gap is a fact worth seeing. A district that counts nothing at all (it
 * reports only annual goals, say) has null: unknown, never 0.
 */
export function countThemeItems(district: Pick<StatusMetrics, 'source'>, theme: Pick<ThemeMetrics, 'status'> | null): number | null {
	if (district.source === null) return null;
	if (theme === null || theme.status.source !== district.source) return 0;
	return theme.status.total ?? 0;
}
