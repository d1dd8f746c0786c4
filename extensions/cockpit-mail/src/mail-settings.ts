/**
 * The settings of the mail extension, read once from Directus' environment. The mail transport
 * itself (EMAIL_TRANSPORT, EMAIL_FROM, EMAIL_SMTP_*) is Directus' own and not read here.
 */
import { parseReminderDays } from '@cockpit/shared';

export interface MailSettings {
	/** Days before a Meldeschluss on which reminders go out (COCKPIT_REMINDER_DAYS, default 7,1,0). */
	reminderDays: number[];
	/** When the reminder check runs (COCKPIT_REMINDER_SCHEDULE, a cron rule; "off" runs it only on request). */
	schedule: string | null;
	/** The dashboard app, for the links in the mails (COCKPIT_APP_URL). */
	appUrl: string;
}

/** Directus turns "7,1,0" into an array and "7" into a number; both mean the same list. */
const text = (value: unknown) => (Array.isArray(value) ? value.join(',') : value === undefined || value === null ? '' : String(value));

export function readMailSettings(env: Record<string, unknown>): MailSettings {
	const days = parseReminderDays(text(env['COCKPIT_REMINDER_DAYS']));
	if (days.days === null) throw new Error(days.error);
	const schedule = text(env['COCKPIT_REMINDER_SCHEDULE']).trim() || '*/15 * * * *';
	return {
		reminderDays: days.days,
		schedule: schedule === 'off' ? null : schedule,
		appUrl: (text(env['COCKPIT_APP_URL']).trim() || 'http://127.0.0.1:5173').replace(/\/+$/, ''),
	};
}
