/**
 * Owners report the state of their measures without a Studio seat (the Meldende role has no
 * Studio access and no write permission; row rules "only my owner's measures" are not
 * available unlicensed, so this endpoint checks ownership itself on every call).
 *
 *   GET  /reporting/me            the caller's owner, the draft reports of its district and its
 *                                 running measures in each, with the submission if any
 *   POST /reporting/submissions   stores or replaces the submission of one measure in one report
 *
 * The caller is req.accountability. Reads go through ItemsService without a permission check:
 * what is read is decided here (the caller's owner, its district's drafts), and every role that
 * can log in may read these collections anyway; skipping the per-query policy lookup halves the
 * time of /reporting/me. Writes go through ItemsService too, so the
 * compute hook validates them (the same rules as a direct edit), and activity and revisions see
 * them; since the role may not create submissions, the service runs with the caller's
 * accountability raised to admin for this one write, after the ownership check: the activity
 * row names the caller (user, IP, user agent), not the administrator.
 */
import { defineEndpoint } from '@directus/extensions-sdk';
import { isDirectusError } from '@directus/errors';
import { checkSubmissionAccess, checkSubmissionValues, parseSubmissionBody, type SubmissionValues } from '@cockpit/shared';
import type { NextFunction, Request, Response } from 'express';
import { NotFound, NotLoggedIn, NotYours, RefusedValue } from './errors';
import { readRounds, type ReadContext } from './read-rounds';

type EndpointContext = Parameters<Extract<Parameters<typeof defineEndpoint>[0], { id: string }>['handler']>[1];
type ServiceOptions = ConstructorParameters<EndpointContext['services']['ItemsService']>[1];
type Accountability = NonNullable<ServiceOptions['accountability']>;
type DirectusRequest = Request & { accountability?: ServiceOptions['accountability']; schema: ServiceOptions['schema'] };

const handle = (work: (req: DirectusRequest) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) => {
	work(req as DirectusRequest)
		.then((body) => res.json(body))
		.catch(next);
};

function callerOf(req: DirectusRequest): Accountability & { user: string } {
	const accountability = req.accountability;
	if (!accountability?.user) throw new NotLoggedIn();
	return accountability as Accountability & { user: string };
}

export default defineEndpoint({
	id: 'reporting',
	handler: (router, context) => {
		const knex = context.database;
		const { ItemsService } = context.services;
		const ownerOf = async (user: string): Promise<string | null> => {
			const row = await knex('directus_users').select('owner').where('id', user).first();
			return row?.owner ? String(row.owner) : null;
		};

		router.get(
			'/me',
			handle(async (req) => {
				const caller = callerOf(req);
				const read: ReadContext = (collection) => new ItemsService(collection, { schema: req.schema, accountability: null, knex });
				const owner = await knex('directus_users as u').join('owners as o', 'o.id', 'u.owner').select('o.id', 'o.name', 'o.district').where('u.id', caller.user).first();
				return { data: await readRounds(read, owner ? { id: String(owner.id), name: String(owner.name), district: String(owner.district) } : null, localToday()) };
			}),
		);

		router.post(
			'/submissions',
			handle(async (req) => {
				const caller = callerOf(req);
				const parsed = parseSubmissionBody(req.body);
				if (parsed.problem) throw new RefusedValue(parsed.problem);
				const { report: reportId, measure: measureId, values } = parsed.request;

				const [callerOwner, measure, report, existing] = await Promise.all([
					ownerOf(caller.user),
					knex('measures').select('id', 'code', 'title', 'district', 'owner', 'status', 'progress_current', 'progress_target', 'progress_text', 'next_steps').where('id', measureId).first(),
					knex('status_reports').select('id', 'title', 'district', 'state').where('id', reportId).first(),
					knex('progress_submissions').select('id').where({ status_report: reportId, measure: measureId }).first(),
				]);
				if (!measure) throw new NotFound({ message: 'Die Maßnahme wurde nicht gefunden.' });
				if (!report) throw new NotFound({ message: 'Der Sachstandsbericht wurde nicht gefunden.' });
				const refusal = checkSubmissionAccess({
					callerOwner,
					measure: { owner: measure.owner ? String(measure.owner) : null, district: String(measure.district), status: measure.status ?? null, code: measure.code ?? null, title: String(measure.title) },
					report: { district: String(report.district), state: String(report.state), title: String(report.title) },
					submitted: Boolean(existing),
				});
				if (refusal?.status === 403) throw new NotYours({ message: refusal.message });
				if (refusal) throw new RefusedValue({ message: refusal.message, field: 'report' });

				// A value left out is the measure's live value, so a submission always holds the whole state.
				const submitted: SubmissionValues = {
					status: values.status !== undefined ? values.status : measure.status,
					progress_current: values.progress_current !== undefined ? values.progress_current : measure.progress_current,
					progress_text: values.progress_text !== undefined ? values.progress_text : measure.progress_text,
					next_steps: values.next_steps !== undefined ? values.next_steps : measure.next_steps,
				};
				const problem = checkSubmissionValues(submitted, measure);
				if (problem) throw new RefusedValue(problem);

				// The role may not create submissions itself: after the checks above, this one write
				// runs with the caller's accountability raised to admin (activity names the caller).
				const writer = new ItemsService('progress_submissions', { schema: req.schema, accountability: { ...caller, admin: true, app: false }, knex });
				const data = {
					...submitted,
					progress_current: submitted.progress_current === null || submitted.progress_current === '' ? null : Number(submitted.progress_current),
					state: 'submitted',
					review_note: null,
					submitted_by: caller.user,
					submitted_at: new Date().toISOString(),
				};
				const id = await storeSubmission(writer, knex, reportId, measureId, existing?.id ?? null, data);
				// What was written, without reading it back: the hooks change nothing of a submission.
				return { data: { id, status_report: reportId, measure: measureId, ...data } };
			}),
		);
	},
});

interface Writer {
	createOne(data: Record<string, unknown>): Promise<string | number>;
	updateOne(key: string | number, data: Record<string, unknown>): Promise<string | number>;
}

/**
 * Creates the submission, or replaces the one stored for this report and measure. Two
 * submissions of one pair at once both see none and both create: the unique index refuses the
 * second, which then replaces the first instead, so there is never a second row.
 */
async function storeSubmission(writer: Writer, knex: EndpointContext['database'], report: string, measure: string, existing: string | number | null, data: Record<string, unknown>) {
	if (existing !== null) return writer.updateOne(existing, data);
	try {
		return await writer.createOne({ status_report: report, measure, ...data });
	} catch (error) {
		const winner = await knex('progress_submissions').select('id').where({ status_report: report, measure }).first();
		if (!winner || (isDirectusError(error) && !isDirectusError(error, 'RECORD_NOT_UNIQUE'))) throw error;
		return writer.updateOne(winner.id, data);
	}
}

/** Today's date on the server's calendar, as Directus stores dates (local midnight). */
function localToday(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
