/**
 * Reads what the Word document of one status report needs: the report's district and its
 * dashboard rows (measures with their snapshots in every closed report), as the dashboard
 * endpoint reads them, so the document and `/kreis/:id/bericht` rest on the same rows.
 */
import { buildDistrictDashboards, buildReportModel, type ReportModel, type StatusReportRow } from '@cockpit/shared';
import type { Knex } from 'knex';
import type { Visibility } from '../../cockpit-dashboard/src/access';
import { normaliseDashboardRows, readDistricts, readRawDashboardRows } from '../../cockpit-dashboard/src/read-rows';
import { ReportNotFound } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The report's model, or ReportNotFound where it does not exist or the caller may not see it. */
export async function readReportModel(knex: Knex, reportId: string, scope: Visibility): Promise<{ model: ReportModel; report: StatusReportRow }> {
	// PostgreSQL refuses a malformed uuid with an error; it is just an unknown report.
	if (!UUID.test(reportId)) throw new ReportNotFound();
	const head = await knex('status_reports').select('district').where('id', reportId).first();
	if (!head) throw new ReportNotFound();
	const [district] = await readDistricts(knex, [String(head.district)]);
	if (!district) throw new ReportNotFound();
	const rows = normaliseDashboardRows(await readRawDashboardRows(knex, [district.id]), [district]);
	const report = rows.statusReports.find((r) => r.id === reportId);
	if (!report) throw new ReportNotFound();
	if (scope === 'published' && (!district.published || report.state !== 'closed')) throw new ReportNotFound();
	const [dashboard] = buildDistrictDashboards(rows);
	const model = buildReportModel(dashboard!, report.state === 'closed' ? { reportId } : { draft: report });
	return { model, report };
}
