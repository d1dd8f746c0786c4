/** The refusals of the mail endpoints, in words a non-developer understands. */
import { createError } from '@directus/errors';

export const AdministratorsOnly = createError('FORBIDDEN', 'Erinnerungen von Hand auslösen darf nur die Administration.', 403);

export const EditorsOnly = createError('FORBIDDEN', 'Einladungen verschickt die Redaktion oder die Administration. Bitte melden Sie sich mit einem dieser Konten an.', 403);

export const InvalidInvitation = createError<{ reason: string }>('INVALID_PAYLOAD', ({ reason }) => reason, 400);

export const UnknownOwner = createError<{ owner: string }>('INVALID_PAYLOAD', ({ owner }) => `Die verantwortliche Stelle „${owner}“ gibt es nicht. Bitte eine bestehende Stelle wählen.`, 400);

export const EmailTaken = createError<{ email: string }>(
	'RECORD_NOT_UNIQUE',
	({ email }) => `Unter der Adresse ${email} gibt es bereits ein Konto. Eine Person wird nur einmal eingeladen; ihre Stelle ändert die Administration am Benutzer.`,
	409,
);

export const InviteUrlNotAllowed = createError<{ url: string }>(
	'SERVICE_UNAVAILABLE',
	({ url }) => `Einladungen sind nicht eingerichtet: die Adresse der App (${url}) fehlt in USER_INVITE_URL_ALLOW_LIST. Bitte die Administration, sie dort einzutragen.`,
	503,
);
