import type { ProgressUpdateRow, StatusReportRow } from './dashboard-rows';
import type { ReportChange, ReportChangeMeasure, ReportChanges, ReportHead } from './dashboard-types';

/** The values a closed report freezes per measure; a change in any of them is a new report. */
const FROZEN_FIELDS = ['status', 'progress_value', 'progress_target', 'progress_percent', 'priority_class', 'progress_text', 'next_steps'] as const;

type FrozenUpdate = Pick<ProgressUpdateRow, 'measure' | 'status_report' | (typeof FROZEN_FIELDS)[number]>;

/**
 * What changed from the closed report before the newest closed one to the newest: one entry per
 * measure frozen in the newest report, ordered by the measure's code as the documents number
 * them. Drafts are ignored; null while the district has no closed report.
 */
export function buildReportChanges(
	reports: readonly Pick<StatusReportRow, 'id' | 'title' | 'report_date' | 'state'>[],
	updates: readonly FrozenUpdate[],
	measures: readonly { id: string; code: string | null; title: string }[],
): ReportChanges | null {
	const closed = reports.filter((r) => r.state === 'closed').sort((a, b) => b.report_date.localeCompare(a.report_date));
	const [report, previous] = closed;
	if (report === undefined) return null;
	const ofReport = (id: string | undefined) => new Map(updates.filter((u) => u.status_report === id).map((u) => [u.measure, u]));
	const before = ofReport(previous?.id);
	const measureById = new Map(measures.map((m) => [m.id, m]));

	const entries = [...ofReport(report.id).values()].flatMap((after): ReportChangeMeasure[] => {
		const measure = measureById.get(after.measure);
		if (measure === undefined) return [];
		const then = before.get(after.measure) ?? null;
		const change: ReportChange = then === null ? 'new' : FROZEN_FIELDS.some((field) => then[field] !== after[field]) ? 'changed' : 'unchanged';
		return [
			{
				id: measure.id,
				code: measure.code,
				title: measure.title,
				change,
				status: [then?.status ?? null, after.status],
				progress_percent: [then?.progress_percent ?? null, after.progress_percent],
			},
		];
	});
	const byCode = new Intl.Collator('de', { numeric: true });
	entries.sort((a, b) => byCode.compare(a.code ?? '', b.code ?? '') || byCode.compare(a.title, b.title));
	return { report: head(report), previous: previous === undefined ? null : head(previous), measures: entries };
}

function head(report: Pick<StatusReportRow, 'id' | 'title' | 'report_date'>): ReportHead {
	return { id: report.id, title: report.title, report_date: report.report_date };
}
