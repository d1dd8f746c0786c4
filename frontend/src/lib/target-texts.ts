import { formatApproximate, type GoalDirection, type KpiMetrics, type TargetValue } from '@cockpit/shared';
import { de } from '../i18n/de';
import { fill, formatDate, NO_DATA } from './format';

/**
 * Targets as the documents state them: a direction word only where the document has one
 * ("mindestens", "maximal"), "ca." where the number is approximate, and no attainment for a
 * target without direction.
 */

/** "mindestens 10 Ämter", "höchstens ca. 0,8", "200 Prozesse" (no direction in the document). */
export function formatTarget(value: number | null, unit: string | null, direction: GoalDirection | null, approximate = false): string {
	if (value === null) return NO_DATA;
	const number = formatApproximate(value, approximate, unit);
	if (direction === 'at_least') return fill(de.target.atLeast, { value: number });
	if (direction === 'at_most') return fill(de.target.atMost, { value: number });
	return number;
}

/** The note beside a target whose document gives no direction; null where it has one or no target. */
export function noDirectionNote(target: { target_value: number | null; direction: GoalDirection | null }): string | null {
	return target.target_value !== null && target.direction === null ? de.target.noDirection : null;
}

/** A number stated in a long-term target text (Paderborn's "maximal 0,8"). */
export function formatTargetValue(target: TargetValue): string {
	return formatTarget(target.value, target.unit, target.direction, target.approximate);
}

/** "Ausgangswert ca. 60 % (ohne Stichtag)"; null when the KPI states none. */
export function formatBaseline(kpi: Pick<KpiMetrics, 'baseline' | 'unit'>): string | null {
	if (!kpi.baseline) return null;
	const value = formatApproximate(kpi.baseline.value, kpi.baseline.approximate, kpi.unit);
	return kpi.baseline.date ? fill(de.target.baselineAt, { value, date: formatDate(kpi.baseline.date) }) : fill(de.target.baselineUndated, { value });
}

/** "bis zum Jahresende 2021" as the document words it, else "bis 31.12.2021"; null without deadline. */
export function formatDeadline(kpi: Pick<KpiMetrics, 'deadline'>): string | null {
	const deadline = kpi.deadline;
	if (!deadline) return null;
	if (deadline.label) return deadline.label;
	return deadline.date ? fill(de.target.deadline, { date: formatDate(deadline.date) }) : null;
}
