import { compareReportSnapshots, type FrozenSnapshot } from './compare-report-snapshots';
import type { ProgressUpdateRow, StatusReportRow } from './dashboard-rows';
import type { ReportChanges, ReportHead } from './dashboard-types';

/**
 * What changed from the closed report before the newest closed one to the newest: one entry per
 * measure frozen in the newest report, ordered by the measure's code as the documents number
 * them. Drafts are ignored; null while the district has no closed report.
 */
export function buildReportChanges(
	reports: readonly Pick<StatusReportRow, 'id' | 'title' | 'report_date' | 'state'>[],
	updates: readonly (FrozenSnapshot & Pick<ProgressUpdateRow, 'status_report'>)[],
	measures: readonly { id: string; code: string | null; title: string }[],
): ReportChanges | null {
	const closed = reports.filter((r) => r.state === 'closed').sort((a, b) => b.report_date.localeCompare(a.report_date));
	const [report, previous] = closed;
	if (report === undefined) return null;
	const ofReport = (id: string | undefined) => updates.filter((u) => u.status_report === id);
	return {
		report: head(report),
		previous: previous === undefined ? null : head(previous),
		measures: compareReportSnapshots(ofReport(previous?.id), ofReport(report.id), measures),
	};
}

function head(report: Pick<StatusReportRow, 'id' | 'title' | 'report_date'>): ReportHead {
	return { id: report.id, title: report.title, report_date: report.report_date };
}
