import type { ProgressUpdateView } from '@cockpit/shared';

/** A measure's progress in percent over its closed reports, oldest first; null below two known values. */
export function progressSeries(updates: readonly ProgressUpdateView[]): { label: string; percent: number }[] | null {
	const points = updates.flatMap((u) => (u.progress_percent === null ? [] : [{ label: u.report.report_date_label ?? u.report.report_date, percent: u.progress_percent }]));
	return points.length >= 2 ? points : null;
}
