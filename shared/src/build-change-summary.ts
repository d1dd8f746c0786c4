import type { ReportChangeMeasure, ReportHead } from './dashboard-types';
import { describeStatusChange } from './describe-status-change';
import type { MeasureStatus } from './types';

/** One measure in the section "Veränderungen seit dem letzten Bericht". */
export interface ChangeLine {
	id: string;
	code: string | null;
	title: string;
	/** Progress in percent before and after; null where not known. */
	before: number | null;
	after: number | null;
	status: [MeasureStatus | null, MeasureStatus | null];
	/** "von In Umsetzung zurück auf Geplant"; null where the status stayed. */
	statusChange: string | null;
}

export const CHANGE_GROUPS = ['added', 'completed', 'ended', 'statusChanged', 'progressUp', 'progressDown', 'otherwise', 'unchanged'] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** A report against the one before, grouped as the council reads it. */
export type ChangeSummary = { report: ReportHead; previous: ReportHead } & Record<ChangeGroup, ChangeLine[]>;

/**
 * Groups the measures of a comparison for the report and the district page; each measure lands
 * in exactly one group, the most telling first: new, completed, ended, another status change
 * (forward or back), progress up or down, otherwise updated (text, class or target), unchanged.
 * Null while there is no earlier report to compare with.
 */
export function buildChangeSummary(changes: { report: ReportHead; previous: ReportHead | null; measures: readonly ReportChangeMeasure[] } | null): ChangeSummary | null {
	if (changes === null || changes.previous === null) return null;
	const summary = { report: changes.report, previous: changes.previous, ...Object.fromEntries(CHANGE_GROUPS.map((group) => [group, [] as ChangeLine[]])) } as ChangeSummary;
	for (const measure of changes.measures) summary[groupOf(measure)].push(line(measure));
	return summary;
}

function groupOf(m: ReportChangeMeasure): ChangeGroup {
	if (m.change === 'new') return 'added';
	if (m.change === 'unchanged') return 'unchanged';
	const [statusBefore, statusAfter] = m.status;
	if (statusAfter === 'completed' && statusBefore !== 'completed') return 'completed';
	if (statusAfter === 'ended' && statusBefore !== 'ended') return 'ended';
	if (describeStatusChange(statusBefore, statusAfter) !== null) return 'statusChanged';
	const [before, after] = m.progress_percent;
	if (before !== null && after !== null && after > before) return 'progressUp';
	if (before !== null && after !== null && after < before) return 'progressDown';
	return 'otherwise';
}

function line(m: ReportChangeMeasure): ChangeLine {
	return { id: m.id, code: m.code, title: m.title, before: m.progress_percent[0], after: m.progress_percent[1], status: m.status, statusChange: describeStatusChange(m.status[0], m.status[1]) };
}
