/**
 * The Redaktion's review of what owners submitted (`progress_submissions`):
 *
 * - Accepting (`state` → accepted, in the Studio or by PATCH /items) writes the submitted status,
 *   progress, progress text and next steps into the measure in the same request, through
 *   ItemsService with the reviewer's own accountability: the measure's filters validate and
 *   compute it exactly as a direct edit (and note its district for the recompute scheduler),
 *   activity and revisions name the reviewer, and a reviewer without the right to edit measures
 *   is refused by Directus itself.
 * - Why a transaction of its own: Directus runs update filters outside the request's
 *   transaction. So this filter writes the measure and the submission's new state together in
 *   one transaction; a refused value rolls back both, and the request answers 400 with the
 *   measure's German message. Directus then writes the payload again (the same values). It is
 *   registered after every other check of a submission, so nothing refuses after the commit.
 * - Returning (`state` → returned) needs a note for the owner.
 * - Every write of values, the reporting endpoint's included, and every accept passes the rules
 *   of a direct edit of the measure (checkSubmissionValues); a submission of a closed report is
 *   not changed.
 */
import { createError } from '@directus/errors';
import { checkSubmissionValues, SUBMISSION_STATES, SUBMISSION_STATE_LABELS, type Key } from '@cockpit/shared';
import type { Knex } from 'knex';

type Payload = Record<string, unknown>;
interface Meta {
	keys?: Key[];
}
interface Context {
	database: Knex;
	schema?: unknown;
	accountability?: unknown;
}
type Register = {
	filter: (event: string, handler: (payload: any, meta: any, context: any) => unknown) => void;
};
interface MeasuresService {
	updateOne(key: Key, data: Payload): Promise<Key>;
}
type ItemsServiceClass = new (collection: string, options: { knex: Knex; schema: unknown; accountability: unknown }) => MeasuresService;

const InvalidInput = createError<{ message: string; field: string | null }>('INVALID_PAYLOAD', ({ message }) => message, 400);
const fail = (message: string, field: string | null = null): never => {
	throw new InvalidInput({ message, field });
};

/** The columns of a submission a reviewer may set; `status_report` and `measure` are fixed once created. */
const REVIEW_COLUMNS = ['state', 'status', 'progress_current', 'progress_text', 'next_steps', 'review_note'] as const;
/** What accepting copies into the measure. */
const APPLIED = ['status', 'progress_current', 'progress_text', 'next_steps'] as const;

export function registerSubmissionReview({ filter }: Register, ItemsService: ItemsServiceClass, getSchema: () => Promise<unknown>): void {
	filter('progress_submissions.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		checkState(payload['state']);
		if (payload['state'] !== undefined && payload['state'] !== 'submitted') {
			fail('Eine Meldung wird als „Eingereicht“ angelegt. Übernehmen oder zurückgeben können Sie sie danach.', 'state');
		}
		const [measure, report] = await Promise.all([
			database('measures').select('district', 'progress_target').where('id', payload['measure'] as Key).first(),
			database('status_reports').select('district', 'state', 'title').where('id', payload['status_report'] as Key).first(),
		]);
		if (!measure) fail('Die Maßnahme der Meldung wurde nicht gefunden.', 'measure');
		if (!report) fail('Der Sachstandsbericht der Meldung wurde nicht gefunden.', 'status_report');
		if (String(report.district) !== String(measure.district)) fail(`Der Bericht „${String(report.title)}“ gehört zu einem anderen Kreis als die Maßnahme.`, 'status_report');
		refuseClosed(report);
		refuseValues(payload, measure);
		return payload;
	});

	filter('progress_submissions.items.update', async (payload: Payload, { keys = [] }: Meta, { database, schema, accountability }: Context) => {
		checkState(payload['state']);
		const stored = await database('progress_submissions as s')
			.join('status_reports as r', 'r.id', 's.status_report')
			.join('measures as m', 'm.id', 's.measure')
			.select('s.*', 'r.state as report_state', 'r.title as report_title', 'm.progress_target as measure_target', 'm.progress_current as measure_current', 'm.code as measure_code', 'm.title as measure_title')
			.whereIn('s.id', keys);
		for (const row of stored) {
			for (const fixed of ['status_report', 'measure']) {
				if (fixed in payload && String(payload[fixed]) !== String(row[fixed])) {
					fail('Bericht und Maßnahme einer Meldung lassen sich nicht ändern. Bitte die Meldung zur richtigen Maßnahme neu einreichen lassen.', fixed);
				}
			}
			refuseClosed({ state: row.report_state, title: row.report_title });
			const merged = { ...row, ...payload };
			// Returning needs no valid values: a value the measure no longer takes is a reason to return.
			// Several at once ("Alle eingereichten übernehmen"): the message names the measure it is about.
			const about = stored.length > 1 ? `Maßnahme ${[row.measure_code, `„${String(row.measure_title)}“`].filter(Boolean).join(' ')}: ` : '';
			if (payload['state'] === 'accepted' || APPLIED.some((field) => field in payload)) refuseValues(merged, { progress_target: row.measure_target }, about);
			if (merged.state === 'returned' && String(merged.review_note ?? '').trim() === '') {
				fail('Bitte beim Zurückgeben einen Hinweis für die meldende Stelle angeben („Hinweis der Redaktion“).', 'review_note');
			}
		}
		if (payload['state'] !== 'accepted' || stored.length === 0) return payload;

		const review = Object.fromEntries(REVIEW_COLUMNS.filter((column) => column in payload).map((column) => [column, payload[column]]));
		await database.transaction(async (trx) => {
			const measures = new ItemsService('measures', { knex: trx, schema: schema ?? (await getSchema()), accountability: accountability ?? null });
			for (const row of stored) {
				const merged = { ...row, ...payload };
				const values: Payload = Object.fromEntries(APPLIED.map((field) => [field, merged[field] ?? null]));
				// The owner reported an exact number: a changed progress is no longer a "ca." reading.
				if (!sameNumber(values['progress_current'], row.measure_current)) values['progress_approximate'] = false;
				await measures.updateOne(row.measure as Key, values);
				await trx('progress_submissions').where('id', row.id as Key).update(review);
			}
		});
		return payload;
	});
}

function sameNumber(a: unknown, b: unknown): boolean {
	const empty = (value: unknown) => value === null || value === undefined || value === '';
	if (empty(a) || empty(b)) return empty(a) && empty(b);
	return Number(a) === Number(b);
}

function refuseValues(submission: Payload, measure: { progress_target: unknown }, about = ''): void {
	const problem = checkSubmissionValues(
		{ status: submission['status'], progress_current: submission['progress_current'], progress_text: submission['progress_text'], next_steps: submission['next_steps'] },
		measure,
	);
	if (problem) fail(about + problem.message, problem.field);
}

function refuseClosed(report: { state: unknown; title: unknown }): void {
	if (report.state === 'draft') return;
	fail(`Der Bericht „${String(report.title)}“ ist abgeschlossen; seine Meldungen können nicht mehr eingereicht, übernommen oder geändert werden.`);
}

function checkState(state: unknown): void {
	if (state === undefined || (SUBMISSION_STATES as readonly unknown[]).includes(state)) return;
	const allowed = SUBMISSION_STATES.map((s) => `„${SUBMISSION_STATE_LABELS[s]}“ (${s})`).join(', ');
	fail(`Unbekannte Bearbeitung „${String(state)}“. Erlaubt sind: ${allowed}.`, 'state');
}
