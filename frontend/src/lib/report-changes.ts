import type { ProgressUpdateView, ReportChangeMeasure, ReportChanges, ReportHead } from '@cockpit/shared';

/** One measure in the section "Veränderungen seit dem letzten Bericht". */
export interface ChangeLine {
	id: string;
	code: string | null;
	title: string;
	before: number | null;
	after: number | null;
}

/** The newest closed report against the one before, grouped as the council reads it. */
export interface ChangeSummary {
	report: ReportHead;
	previous: ReportHead;
	added: ChangeLine[];
	completed: ChangeLine[];
	ended: ChangeLine[];
	progressUp: ChangeLine[];
	progressDown: ChangeLine[];
	/** Changed in text, class or target only. */
	otherwise: ChangeLine[];
	/** "ohne neue Meldung": nothing frozen differs from the report before. */
	unchanged: ChangeLine[];
}

/**
 * Groups `reportChanges` for the report and the district page; each measure lands in exactly
 * one group, the most telling first (new, completed, ended, progress up or down). Null while
 * there is no earlier closed report to compare with.
 */
export function buildChangeSummary(changes: ReportChanges | null): ChangeSummary | null {
	if (changes === null || changes.previous === null) return null;
	const summary: ChangeSummary = { report: changes.report, previous: changes.previous, added: [], completed: [], ended: [], progressUp: [], progressDown: [], otherwise: [], unchanged: [] };
	for (const measure of changes.measures) summary[groupOf(measure)].push(line(measure));
	return summary;
}

function groupOf(m: ReportChangeMeasure): Exclude<keyof ChangeSummary, 'report' | 'previous'> {
	if (m.change === 'new') return 'added';
	if (m.change === 'unchanged') return 'unchanged';
	const [statusBefore, statusAfter] = m.status;
	if (statusAfter === 'completed' && statusBefore !== 'completed') return 'completed';
	if (statusAfter === 'ended' && statusBefore !== 'ended') return 'ended';
	const [before, after] = m.progress_percent;
	if (before !== null && after !== null && after > before) return 'progressUp';
	if (before !== null && after !== null && after < before) return 'progressDown';
	return 'otherwise';
}

function line(m: ReportChangeMeasure): ChangeLine {
	return { id: m.id, code: m.code, title: m.title, before: m.progress_percent[0], after: m.progress_percent[1] };
}

/** A measure's progress in percent over its closed reports, oldest first; null below two known values. */
export function progressSeries(updates: readonly ProgressUpdateView[]): { label: string; percent: number }[] | null {
	const points = updates.flatMap((u) => (u.progress_percent === null ? [] : [{ label: u.report.report_date_label ?? u.report.report_date, percent: u.progress_percent }]));
	return points.length >= 2 ? points : null;
}
