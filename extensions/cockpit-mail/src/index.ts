/**
 * Mail of the cockpit, sent through Directus' own MailService and EMAIL_* settings, with German
 * templates beside this extension (templates/, found through EMAIL_TEMPLATES_PATH):
 *
 * - Reminders of a report's Meldeschluss, on a schedule (COCKPIT_REMINDER_SCHEDULE, every 15
 *   minutes by default) and on request: POST /reporting/reminders/run (administrator) answers
 *   { data: { sent: n } }. Each reminder goes out once per report, person and day, however many
 *   instances check at once (run-reminders.ts).
 * - Invitations of the people who report for an owner: POST /reporting/invitations (invite-owner.ts).
 *
 * The routes sit beside the /reporting endpoint of extensions/cockpit-reporting; they are added
 * on Directus' app before the extension endpoints ("routes.custom.before"), after Directus has
 * identified the caller, so this extension needs no endpoint of the same name.
 */
import { defineHook } from '@directus/extensions-sdk';
import type { NextFunction, Request, Response } from 'express';
import type { Accountability, Schema } from './context';
import { AdministratorsOnly } from './errors';
import { inviteOwner } from './invite-owner';
import { readMailSettings } from './mail-settings';
import { runReminders } from './run-reminders';

type DirectusRequest = Request & { accountability?: Accountability | null; schema: Schema };

/** Express 4 does not catch rejected promises; hand them to Directus' error handler. */
const handle = (work: (req: DirectusRequest) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) => {
	work(req as DirectusRequest)
		.then((body) => res.json(body))
		.catch(next);
};

export default defineHook(({ schedule, init }, context) => {
	const settings = readMailSettings(context.env);
	const check = () =>
		runReminders(context, settings).then((run) => {
			if (run.sent > 0 || run.failed > 0) context.logger.info(`[cockpit-mail] Erinnerungen: ${run.sent} versendet, ${run.failed} fehlgeschlagen`);
			return run;
		});

	// Synchronised across instances only with SYNCHRONIZATION_STORE=redis; the unique row makes a doubled tick harmless either way.
	if (settings.schedule) schedule(settings.schedule, async () => void (await check()));

	init('routes.custom.before', ({ app }) => {
		app.post(
			'/reporting/reminders/run',
			handle(async (req) => {
				if (!req.accountability?.admin) throw new AdministratorsOnly();
				const run = await check();
				return { data: { sent: run.sent, failed: run.failed } };
			}),
		);
		app.post(
			'/reporting/invitations',
			handle(async (req) => ({ data: await inviteOwner(context, req.accountability, req.schema, req.body, settings) })),
		);
	});
});
