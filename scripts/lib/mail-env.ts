/**
 * The mail settings `npm start` and the tests give Directus when they are not configured: the
 * German templates of extensions/cockpit-mail, the app's address for the links in the mails,
 * and that address allowed as the target of Directus' invitations. An explicit setting wins.
 */
import { join } from 'node:path';
import { PROJECT_ROOT, type Env } from './directus-process';

export const MAIL_TEMPLATES = join(PROJECT_ROOT, 'extensions/cockpit-mail/templates');

export function mailDefaults(env: Env, appUrl: string, smtp: { host: string; port: number } | null): Env {
	const app = (env['COCKPIT_APP_URL'] ?? appUrl).replace(/\/+$/, '');
	const defaults: Env = {
		EMAIL_TEMPLATES_PATH: MAIL_TEMPLATES,
		COCKPIT_APP_URL: app,
		USER_INVITE_URL_ALLOW_LIST: `${app}/einladung`,
		EMAIL_FROM: 'digitalisierungs-cockpit@localhost',
		...(smtp ? { EMAIL_TRANSPORT: 'smtp', EMAIL_SMTP_HOST: smtp.host, EMAIL_SMTP_PORT: String(smtp.port), EMAIL_SMTP_SECURE: 'false', EMAIL_SMTP_IGNORE_TLS: 'true' } : {}),
	};
	return { ...defaults, ...env };
}

/** Whether the configuration names a way to send mail; without one `npm start` runs the local sink. */
export function hasMailTransport(env: Record<string, string | undefined>): boolean {
	return Boolean(env['EMAIL_TRANSPORT'] || env['EMAIL_SMTP_HOST']);
}
