import { MEASURE_STATUS_LABELS, type MeasureStatus } from './types';

/**
 * How far along the way a status stands: a move to a lower stage is a step back. Completed,
 * ongoing and ended are all ends of the way; none of them is behind another.
 */
const STAGE: Record<MeasureStatus, number> = { idea: 0, planned: 1, in_progress: 2, completed: 3, ongoing: 3, ended: 3 };

/**
 * A status change as the report names it: "von In Umsetzung auf Umgesetzt", or for a step
 * back "von In Umsetzung zurück auf Geplant". Null where the status stayed or is not known on
 * either side (a new measure has no status before).
 */
export function describeStatusChange(before: MeasureStatus | null, after: MeasureStatus | null): string | null {
	if (before === null || after === null || before === after) return null;
	const step = STAGE[after] < STAGE[before] ? 'zurück auf' : 'auf';
	return `von ${MEASURE_STATUS_LABELS[before]} ${step} ${MEASURE_STATUS_LABELS[after]}`;
}
