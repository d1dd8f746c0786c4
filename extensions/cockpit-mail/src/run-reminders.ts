/**
 * The reminder check: who is due a reminder today (selectDueReminders), and for each one a row
 * in `reminders_sent` inserted BEFORE the mail goes out. The unique index on report, person
 * and day makes that insert the lock: of two instances (or a schedule tick and a request) that
 * check at the same moment, one inserts and sends, the other gets the conflict and sends
 * nothing. A mail the server does not accept is logged and its row removed, so the next run
 * sends it again; a row whose sender died before finishing is taken over after CLAIM_TIMEOUT.
 */
import { randomUUID } from 'node:crypto';
import { selectDueReminders, type DueReminder, type ReminderInput } from '@cockpit/shared';
// How the drivers return dates (epoch milliseconds on SQLite, Date objects on PostgreSQL) is read once, by the dashboard's reader.
import { toIsoDate } from '../../cockpit-dashboard/src/db-values';
import { localIsoDay, type HookContext, type Knex } from './context';
import type { MailSettings } from './mail-settings';

/** After this long a claimed, unsent reminder counts as abandoned (its sender crashed) and is sent again. */
const CLAIM_TIMEOUT_MS = 15 * 60_000;
const MELDENDE = 'Meldende';

export interface ReminderRun {
	sent: number;
	failed: number;
}

export async function runReminders(context: Pick<HookContext, 'services' | 'database' | 'getSchema' | 'logger'>, settings: MailSettings, now = new Date()): Promise<ReminderRun> {
	const knex = context.database;
	const today = localIsoDay(now);
	const due = selectDueReminders(await readReminderInput(knex, today, Math.max(...settings.reminderDays)), today, settings.reminderDays);
	if (due.length === 0) return { sent: 0, failed: 0 };

	const schema = await context.getSchema();
	const mail = new context.services.MailService({ schema, knex });
	let sent = 0;
	let failed = 0;
	for (const reminder of due) {
		const claim = await claimReminder(knex, reminder, today, now);
		if (claim === null) continue;
		try {
			await mail.send({
				to: reminder.person.email,
				subject: subjectOf(reminder),
				template: { name: 'cockpit-reminder', data: templateData(reminder, settings.appUrl) },
			});
			await knex('reminders_sent').where({ id: claim }).update({ sent_at: new Date() });
			sent += 1;
		} catch (error) {
			failed += 1;
			// Removed, so the next run (the schedule's next tick, or a request) tries again today.
			await knex('reminders_sent').where({ id: claim }).whereNull('sent_at').delete();
			context.logger.warn(error, `[cockpit-mail] Erinnerung an ${reminder.person.email} zum Bericht „${reminder.report.title}“ nicht versendet; wird beim nächsten Lauf erneut versucht`);
		}
	}
	return { sent, failed };
}

/**
 * A day as Directus itself writes a date column: local midnight, which the drivers store as
 * epoch milliseconds (SQLite) or as that date (PostgreSQL). The unique index compares these values.
 */
function dayValue(iso: string): Date {
	const [year, month, day] = iso.split('-').map(Number);
	return new Date(year!, month! - 1, day!);
}

/** The reminder's row id when this run may send it; null when another run has it (or sent it). */
async function claimReminder(knex: Knex, reminder: DueReminder, today: string, now: Date): Promise<string | null> {
	const id = randomUUID();
	const row = {
		id,
		status_report: reminder.report.id,
		user: reminder.person.id,
		recipient_name: reminder.person.name,
		recipient_email: reminder.person.email,
		day: dayValue(today),
		days_before: reminder.daysBefore,
		measure_count: reminder.measures.length,
		claimed_at: now,
		sent_at: null,
	};
	// ON CONFLICT DO NOTHING (SQLite and PostgreSQL): no error and no aborted transaction when another run was first.
	await knex('reminders_sent').insert(row).onConflict(['status_report', 'user', 'day']).ignore();
	if (await knex('reminders_sent').where({ id }).first('id')) return id;
	// Taken over only if still unsent and abandoned; the condition on claimed_at lets one run win.
	const existing = await knex('reminders_sent').select('id', 'claimed_at').where({ status_report: reminder.report.id, user: reminder.person.id, day: dayValue(today) }).whereNull('sent_at').first();
	if (!existing || now.getTime() - new Date(existing.claimed_at).getTime() < CLAIM_TIMEOUT_MS) return null;
	const taken = await knex('reminders_sent').where({ id: existing.id, claimed_at: existing.claimed_at }).whereNull('sent_at').update({ claimed_at: now });
	return taken === 1 ? String(existing.id) : null;
}

async function readReminderInput(knex: Knex, today: string, maxDays: number): Promise<ReminderInput> {
	const last = localIsoDay(new Date(Date.parse(`${today}T12:00:00`) + maxDays * 86_400_000));
	// Drafts are few; their dates are compared once normalised, as the drivers store them differently.
	const reports: ReminderInput['reports'] = (await knex('status_reports').select('id', 'district', 'title', 'due_date').where('state', 'draft').whereNotNull('due_date'))
		.map((r: Record<string, unknown>): ReminderInput['reports'][number] => ({ id: String(r['id']), district: String(r['district']), title: String(r['title']), state: 'draft', due_date: toIsoDate(r['due_date']) }))
		.filter((r) => r.due_date !== null && r.due_date >= today && r.due_date <= last);
	if (reports.length === 0) return { reports, measures: [], submissions: [], people: [] };
	const districts = [...new Set(reports.map((r) => r.district))];
	const [measures, submissions, people] = await Promise.all([
		knex('measures').select('id', 'district', 'owner', 'code', 'title', 'status').whereIn('district', districts).whereNotNull('owner'),
		knex('progress_submissions').select('status_report', 'measure', 'state').whereIn('status_report', reports.map((r) => r.id)),
		knex('directus_users as u')
			.join('directus_roles as r', 'r.id', 'u.role')
			.select('u.id', 'u.email', 'u.first_name', 'u.last_name', 'u.owner')
			.where({ 'r.name': MELDENDE, 'u.status': 'active' })
			.whereNotNull('u.owner')
			.whereNotNull('u.email'),
	]);
	return {
		reports,
		measures: measures.map((m: Record<string, unknown>) => ({ id: String(m['id']), district: String(m['district']), owner: String(m['owner']), code: m['code'] === null ? null : String(m['code']), title: String(m['title']), status: m['status'] as ReminderInput['measures'][number]['status'] })),
		submissions: submissions.map((s: Record<string, unknown>) => ({ status_report: String(s['status_report']), measure: String(s['measure']), state: s['state'] as ReminderInput['submissions'][number]['state'] })),
		people: people.map((p: Record<string, unknown>) => ({
			id: String(p['id']),
			email: String(p['email']),
			name: [p['first_name'], p['last_name']].filter(Boolean).join(' ') || String(p['email']),
			owner: String(p['owner']),
		})),
	};
}

const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function subjectOf(reminder: DueReminder): string {
	const when = reminder.daysBefore === 0 ? 'heute' : reminder.daysBefore === 1 ? 'morgen' : `in ${reminder.daysBefore} Tagen`;
	return `Erinnerung: Meldeschluss ${when} (${germanDate(reminder.report.due_date)}) – ${reminder.report.title}`;
}

/** What templates/cockpit-reminder.liquid fills in (it escapes each value: Directus' liquid engine does not). */
function templateData(reminder: DueReminder, appUrl: string) {
	return {
		name: reminder.person.name,
		report: reminder.report.title,
		dueDate: germanDate(reminder.report.due_date),
		daysBefore: reminder.daysBefore,
		measures: reminder.measures.map((m) => ({ code: m.code ?? '', title: m.title })),
		url: `${appUrl}/meldungen`,
	};
}
