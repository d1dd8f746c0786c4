/**
 * POST /reporting/invitations { email, owner }: a new person of the `Meldende` role for that
 * owner, invited through Directus' own invitation (a `user-invitation` mail whose link leads
 * into the dashboard app, where the person sets a password). Only this role can be given this
 * way, whatever the request names; the Redaktion, which has no access to users, may invite.
 */
import type { Accountability, HookContext, Schema } from './context';
import { EditorsOnly, EmailTaken, InvalidInvitation, InviteUrlNotAllowed, UnknownOwner } from './errors';
import type { MailSettings } from './mail-settings';


const MELDENDE = 'Meldende';
const INVITERS = new Set(['Redaktion']);
const SUBJECT = 'Einladung zum Digitalisierungs-Cockpit';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const INVALID_EMAIL = 'Bitte eine gültige E-Mail-Adresse angeben, z. B. amt@kreis.de.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Invitation {
	id: string;
	email: string;
	owner: { id: string; name: string; district: string };
	/** True when the person was invited before and had not accepted yet: the mail went out again. */
	resent: boolean;
}

type Context = Pick<HookContext, 'services' | 'database' | 'env'>;

export async function inviteOwner(context: Context, accountability: Accountability | null | undefined, schema: Schema, body: unknown, settings: MailSettings): Promise<Invitation> {
	const knex = context.database;
	if (!accountability?.user) throw new EditorsOnly();
	if (!accountability.admin) {
		const role = accountability.role ? await knex('directus_roles').where({ id: accountability.role }).first('name') : null;
		if (!role || !INVITERS.has(String(role.name))) throw new EditorsOnly();
	}

	const meldende = await knex('directus_roles').where({ name: MELDENDE }).first('id');
	if (!meldende) throw new InvalidInvitation({ reason: 'Die Rolle „Meldende“ fehlt. Bitte `npm run schema:apply` ausführen.' });
	const { email, ownerId } = readBody(body, String(meldende.id));

	// Checked before the query: PostgreSQL refuses a malformed uuid with an error, not with "no row".
	const owner = UUID.test(ownerId) ? await knex('owners').where({ id: ownerId }).first('id', 'name', 'district') : null;
	if (!owner) throw new UnknownOwner({ owner: ownerId });

	// The app may read several instances; the link names the one that holds the invitation.
	const url = `${settings.appUrl}/einladung?instanz=${encodeURIComponent(String(context.env['PUBLIC_URL'] ?? ''))}`;
	if (!isUrlAllowed(url, context.env['USER_INVITE_URL_ALLOW_LIST'])) throw new InviteUrlNotAllowed({ url: `${settings.appUrl}/einladung` });

	const existing = await knex('directus_users').whereRaw('LOWER(email) = ?', [email]).first('id', 'status', 'role', 'owner');
	// Only a still pending invitation of the same kind may be sent again (a lost mail); anything else is another person's account.
	const resend = Boolean(existing && existing.status === 'invited' && String(existing.role) === String(meldende.id) && String(existing.owner) === String(owner.id));
	if (existing && !resend) throw new EmailTaken({ email });

	// The caller's own accountability, raised to write users: the Redaktion may invite without
	// access to users, and Directus' activity log still names who did it.
	const users = new context.services.UsersService({ schema, knex, accountability: { ...accountability, admin: true } });
	let id = existing ? String(existing.id) : '';
	if (!existing) {
		try {
			id = String(await users.createOne({ email, role: meldende.id, status: 'invited', owner: owner.id }));
		} catch (error) {
			// Directus checks addresses more strictly than the pattern above (known top-level domains) and answers in English.
			if ((error as { code?: string }).code === 'FAILED_VALIDATION') throw new InvalidInvitation({ reason: INVALID_EMAIL });
			throw error;
		}
	}
	// Finds the invited user of that role and sends the mail; a mail server that is down is logged by Directus, the request still succeeds.
	await users.inviteUser(email, String(meldende.id), url, SUBJECT);
	return { id, email, owner: { id: String(owner.id), name: String(owner.name), district: String(owner.district) }, resent: resend };
}

/** The address and owner; `role`, if given at all, may only name Meldende. */
function readBody(body: unknown, meldendeId: string): { email: string; ownerId: string } {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw new InvalidInvitation({ reason: 'Bitte E-Mail-Adresse und verantwortliche Stelle angeben, z. B. { "email": "amt@kreis.de", "owner": "<Kennung der Stelle>" }.' });
	}
	const { email, owner, role, ...rest } = body as Record<string, unknown>;
	if (role !== undefined && role !== null && role !== MELDENDE && role !== meldendeId) {
		throw new InvalidInvitation({ reason: 'Einladungen legen nur Personen mit der Rolle „Meldende“ an. Andere Rollen vergibt die Administration im Benutzerverzeichnis.' });
	}
	const forbidden = Object.keys(rest).filter((key) => ['admin_access', 'app_access', 'policies', 'status', 'password', 'provider'].includes(key));
	if (forbidden.length > 0) throw new InvalidInvitation({ reason: `Eine Einladung nimmt nur E-Mail-Adresse und Stelle an, nicht: ${forbidden.join(', ')}.` });
	if (typeof email !== 'string' || !EMAIL.test(email.trim()) || email.length > 254) throw new InvalidInvitation({ reason: INVALID_EMAIL });
	if (typeof owner !== 'string' || owner.trim() === '') throw new InvalidInvitation({ reason: 'Bitte die verantwortliche Stelle angeben, für die die Person meldet.' });
	return { email: email.trim().toLowerCase(), ownerId: owner.trim() };
}

/** Directus' own rule (utils/is-url-allowed): the whole URL, or its origin and path, is on the list. */
function isUrlAllowed(url: string, allowList: unknown): boolean {
	const list = (Array.isArray(allowList) ? allowList : String(allowList ?? '').split(',')).map((entry) => String(entry).trim()).filter(Boolean);
	if (list.includes(url)) return true;
	const base = (value: string) => {
		try {
			const parsed = new URL(value);
			return parsed.origin + parsed.pathname;
		} catch {
			return null;
		}
	};
	return list.map(base).includes(base(url));
}
