/**
 * What GET /reporting/me answers: the caller's owner, the draft reports ("rounds") of its
 * district, and in each the owner's running measures with the submission of that round.
 * Five small queries in two rounds whatever the number of measures; the shaping is
 * buildReportingRounds'.
 */
import { buildReportingRounds, type ReportingMe, type ReportingOwner, type ReportingRoundsInput } from '@cockpit/shared';

type Row = Record<string, unknown>;
interface Reader {
	readByQuery(query: Record<string, unknown>): Promise<Row[]>;
	readOne(key: string, query: Record<string, unknown>): Promise<Row>;
}
export type ReadContext = (collection: string) => Reader;

/** The fields of a submission the answer carries. */
const SUBMISSION_FIELDS = ['id', 'state', 'submitted_at', 'review_note', 'status', 'progress_current', 'progress_text', 'next_steps'];

const MEASURE_FIELDS = ['id', 'code', 'title', 'status', 'progress_current', 'progress_target', 'progress_text', 'next_steps', 'planned_date'];

export async function readRounds(read: ReadContext, owner: ReportingOwner | null, today: string): Promise<ReportingMe> {
	if (owner === null) return { owner: null, rounds: [] };
	const ownerId = owner.id;
	const district = owner.district;
	const [reports, measures, [lastClosed]] = await Promise.all([
		read('status_reports').readByQuery({ filter: { district: { _eq: district }, state: { _eq: 'draft' } }, fields: ['id', 'title', 'report_date', 'due_date'], limit: -1 }),
		read('measures').readByQuery({ filter: { owner: { _eq: ownerId } }, fields: MEASURE_FIELDS, limit: -1 }),
		read('status_reports').readByQuery({ filter: { district: { _eq: district }, state: { _eq: 'closed' } }, fields: ['id', 'title', 'report_date'], sort: ['-report_date', '-closed_at'], limit: 1 }),
	]);
	const measureIds = measures.map((m) => String(m['id']));
	const reportIds = reports.map((r) => String(r['id']));
	const nothing = measureIds.length === 0;
	const [submissions, lastUpdates] = await Promise.all([
		nothing || reportIds.length === 0
			? []
			: read('progress_submissions').readByQuery({
					filter: { status_report: { _in: reportIds }, measure: { _in: measureIds } },
					fields: [...SUBMISSION_FIELDS, 'status_report', 'measure'],
					limit: -1,
				}),
		nothing || !lastClosed
			? []
			: read('progress_updates').readByQuery({
					filter: { status_report: { _eq: lastClosed['id'] }, measure: { _in: measureIds } },
					fields: ['measure', 'status', 'progress_value', 'progress_approximate', 'progress_target', 'progress_percent', 'progress_text', 'next_steps'],
					limit: -1,
				}),
	]);
	type Input = ReportingRoundsInput;
	return buildReportingRounds({
		owner,
		reports: reports as unknown as Input['reports'],
		measures: measures as unknown as Input['measures'],
		submissions: submissions as unknown as Input['submissions'],
		lastClosed: (lastClosed ?? null) as unknown as Input['lastClosed'],
		lastUpdates: lastUpdates as unknown as Input['lastUpdates'],
		today,
	});
}
