/**
 * The reporting cycle: measures hold the live state, a closed status report freezes it.
 *
 * - Closing a report (state → closed, on create or later) writes one progress update per
 *   measure that was still running at the previous closed report, plus measures created since
 *   (`selectMeasuresToFreeze`), with the values the measure holds at that moment.
 * - A closed report refuses changes to itself (except its council paper's fields: number,
 *   committee, meeting) and to its updates, and new updates; only an
 *   administrator may delete it (its updates go with it through the foreign key's cascade).
 *
 * Why the freeze is all-or-nothing with the state change:
 * - On update, Directus runs the filter outside its own transaction. So the filter closes the
 *   report itself: one transaction of its own sets `state` (guarded by `state = 'draft'`, which
 *   also serialises two clerks closing at once: the second finds no draft row and is refused)
 *   and inserts the frozen rows. Either both are committed or neither is; Directus then writes
 *   the rest of the payload (the state again, a title). This filter is registered after every
 *   other check of the payload, so nothing that would refuse the request runs after the commit.
 * - On create, the filter runs inside the request's transaction, but the report row does not
 *   exist yet, so its updates cannot be inserted before it. The frozen rows go into the
 *   report's `updates` (its one-to-many alias); Directus writes them as nested items after the
 *   report, in that same transaction.
 */
import { createError } from '@directus/errors';
import {
	MEASURE_STATUSES,
	REPORT_STATES,
	REPORT_STATE_LABELS,
	isCouncilPaperChange,
	selectMeasuresToFreeze,
	type Key,
	type MeasureStatus,
	type PreviousClosedReport,
} from '@cockpit/shared';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

type Payload = Record<string, unknown>;
interface Meta {
	keys?: Key[];
	key?: Key;
}
interface Context {
	database: Knex;
	accountability?: { admin?: boolean } | null;
}
type Register = {
	filter: (event: string, handler: (payload: any, meta: any, context: any) => unknown) => void;
	action: (event: string, handler: (meta: any, context: any) => unknown) => void;
};

const InvalidInput = createError<{ message: string }>('INVALID_PAYLOAD', ({ message }) => message, 400);
const fail = (message: string): never => {
	throw new InvalidInput({ message });
};

/** Rows per INSERT: well below SQLite's limit of bound variables, few round trips for 2,000 measures. */
const INSERT_CHUNK = 200;

/**
 * Reports being created closed in a running request: their nested updates are the freeze (or an
 * imported report's own updates) and must pass the "no new updates in a closed report" rule.
 * Ids are generated here or given by the creator; the entry is removed once the request is done.
 */
const creatingClosed = new Set<string>();

export function registerReportCycle({ filter, action }: Register): void {
	filter('status_reports.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		checkState(payload['state']);
		delete payload['closed_at'];
		if (payload['state'] !== 'closed') return payload;
		const id = String((payload['id'] as Key | undefined) ?? randomUUID());
		payload['id'] = id;
		payload['closed_at'] = new Date().toISOString();
		// A report created closed together with its updates is a past report being imported
		// (the seed, a workbook): its updates are the document's, not today's measures.
		if (!('updates' in payload)) {
			payload['updates'] = await frozenRows(database, String(payload['district']), String(payload['report_date']), id);
		}
		creatingClosed.add(id);
		// Should the request fail before its action hook runs, the entry must not stay forever.
		setTimeout(() => creatingClosed.delete(id), 10 * 60_000).unref();
		return payload;
	});
	action('status_reports.items.create', ({ key }: Meta) => {
		creatingClosed.delete(String(key));
	});

	filter('status_reports.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		checkState(payload['state']);
		delete payload['closed_at'];
		const stored = await database('status_reports').select('id', 'title', 'state', 'district', 'report_date').whereIn('id', keys);
		// The paper's number, committee and meeting often come after the report is closed.
		if (isCouncilPaperChange(payload)) return payload;
		refuseClosed(stored);
		if (payload['state'] !== 'closed') return payload;
		const closedAt = new Date();
		await database.transaction(async (trx) => {
			for (const report of stored) {
				const changed = await trx('status_reports').where({ id: report.id, state: 'draft' }).update({ state: 'closed', closed_at: closedAt });
				if (changed === 0) fail(`Der Bericht „${String(report.title)}“ wurde gerade abgeschlossen und kann nicht mehr geändert werden.`);
				const reportDate = isoDate(payload['report_date'] ?? report.report_date);
				const rows = await frozenRows(trx, String(report.district), reportDate, String(report.id));
				// What an editor entered in the draft for these measures gives way to their state now.
				await trx('progress_updates')
					.where('status_report', report.id)
					.whereIn('measure', rows.map((row) => row.measure))
					.delete();
				const withKeys = rows.map((row) => ({ id: randomUUID(), status_report: report.id, ...row }));
				for (let start = 0; start < withKeys.length; start += INSERT_CHUNK) {
					await trx('progress_updates').insert(withKeys.slice(start, start + INSERT_CHUNK));
				}
			}
		});
		return payload;
	});

	filter('status_reports.items.delete', async (keys: Key[], _meta: Meta, { database, accountability }: Context) => {
		if (!accountability || accountability.admin) return keys;
		const closed = await database('status_reports').select('title').whereIn('id', keys).where('state', 'closed');
		if (closed.length > 0) {
			fail(`Der Bericht „${String(closed[0]!.title)}“ ist abgeschlossen. Abgeschlossene Berichte kann nur die Administration löschen.`);
		}
		return keys;
	});

	filter('progress_updates.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		checkMeasureStatus(payload['status']);
		const report = String(payload['status_report'] ?? '');
		if (creatingClosed.has(report)) return payload;
		refuseClosed(await database('status_reports').select('title', 'state').where('id', report), 'new');
		return payload;
	});
	filter('progress_updates.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		checkMeasureStatus(payload['status']);
		refuseClosed(await reportsOfUpdates(database, keys));
		if (payload['status_report'] !== undefined) {
			refuseClosed(await database('status_reports').select('title', 'state').where('id', payload['status_report'] as Key), 'new');
		}
		return payload;
	});
	filter('progress_updates.items.delete', async (keys: Key[], _meta: Meta, { database, accountability }: Context) => {
		if (!accountability || accountability.admin) return keys;
		refuseClosed(await reportsOfUpdates(database, keys));
		return keys;
	});
}

/** One progress update per measure to freeze, as the measure holds it now (without report and key). */
export async function frozenRows(database: Knex, district: string, reportDate: string, reportId: string) {
	// Dates are compared here, not in SQL: SQLite stores them as epoch milliseconds, PostgreSQL as dates.
	const closedReports = await database('status_reports').select('id', 'report_date', 'closed_at').where({ district, state: 'closed' }).whereNot('id', reportId);
	const previousReport = closedReports
		.map((r) => ({ id: r.id as Key, date: isoDate(r.report_date), closedAt: toIsoTimestamp(r.closed_at) ?? '' }))
		.filter((r) => r.date <= isoDate(reportDate))
		.sort((a, b) => b.date.localeCompare(a.date) || b.closedAt.localeCompare(a.closedAt))[0];
	let previous: PreviousClosedReport | null = null;
	if (previousReport) {
		const updates = await database('progress_updates').select('measure', 'status').where('status_report', previousReport.id);
		previous = {
			closed_at: previousReport.closedAt || null,
			updates: updates.map((u) => ({ measure: String(u.measure), status: (u.status ?? null) as MeasureStatus | null })),
		};
	}
	const measures = await database('measures')
		.select('id', 'status', 'date_created', 'progress_current', 'progress_approximate', 'progress_target', 'progress_percent', 'priority_class', 'progress_text', 'next_steps')
		.where('district', district)
		.orderBy('id');
	const freeze = new Set(
		selectMeasuresToFreeze(
			measures.map((m) => ({ id: String(m.id), status: (m.status ?? null) as MeasureStatus | null, date_created: toIsoTimestamp(m.date_created) })),
			previous,
		),
	);
	return measures
		.filter((m) => freeze.has(String(m.id)))
		.map((m) => ({
			measure: String(m.id),
			status: m.status ?? null,
			progress_value: m.progress_current ?? null,
			// SQLite answers a boolean as 0/1.
			progress_approximate: Boolean(m.progress_approximate),
			progress_target: m.progress_target ?? null,
			progress_percent: m.progress_percent ?? null,
			priority_class: m.priority_class ?? null,
			progress_text: m.progress_text ?? null,
			next_steps: m.next_steps ?? null,
		}));
}

function refuseClosed(reports: { title?: unknown; state?: unknown }[], what: 'change' | 'new' = 'change'): void {
	const closed = reports.find((r) => r.state === 'closed');
	if (!closed) return;
	fail(
		what === 'new'
			? `Der Bericht „${String(closed.title)}“ ist abgeschlossen; es können keine Meldungen mehr hinzugefügt werden. Bitte legen Sie einen neuen Bericht an.`
			: `Der Bericht „${String(closed.title)}“ ist abgeschlossen und kann nicht mehr geändert werden, auch nicht seine Meldungen. Änderungen gehören in den nächsten Bericht.`,
	);
}

async function reportsOfUpdates(database: Knex, keys: Key[]) {
	return database('progress_updates as u').join('status_reports as r', 'r.id', 'u.status_report').distinct('r.title', 'r.state').whereIn('u.id', keys);
}

function checkState(state: unknown): void {
	if (state === undefined || (REPORT_STATES as readonly unknown[]).includes(state)) return;
	const allowed = REPORT_STATES.map((s) => `„${REPORT_STATE_LABELS[s]}“ (${s})`).join(' und ');
	fail(`Unbekannter Stand „${String(state)}“. Erlaubt sind ${allowed}.`);
}

function checkMeasureStatus(status: unknown): void {
	if (status === undefined || status === null || (MEASURE_STATUSES as readonly unknown[]).includes(status)) return;
	fail(`Unbekannter Status „${String(status)}“. Erlaubt sind: ${MEASURE_STATUSES.join(', ')}.`);
}

/** A stored timestamp as ISO text, whichever way the driver returns it (Date, epoch milliseconds, text). */
function toIsoTimestamp(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (value instanceof Date) return value.toISOString();
	const asNumber = Number(value);
	const date = Number.isFinite(asNumber) ? new Date(asNumber) : new Date(String(value).includes('T') || String(value).endsWith('Z') ? String(value) : `${String(value).replace(' ', 'T')}Z`);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * A date as 'YYYY-MM-DD' from a payload's text or a stored value. Directus writes a date as
 * local midnight (epoch milliseconds on SQLite, a Date from node-postgres), so the local date
 * parts are the stored date (as in cockpit-dashboard's db-values).
 */
function isoDate(value: unknown): string {
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as number | string));
	if (Number.isNaN(date.getTime())) return '';
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
