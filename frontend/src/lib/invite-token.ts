/**
 * The e-mail address an invitation link is for, read from its token (a JWT whose payload
 * Directus fills with `email` and `scope: "invite"`). Only to greet the person and to log in
 * after the password is set: the server checks the token itself when it accepts it.
 */
export function invitedEmail(token: string | null | undefined): string | null {
	const payload = token?.split('.')[1];
	if (!payload) return null;
	try {
		const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
		const claims = JSON.parse(json) as { email?: unknown; scope?: unknown };
		return claims.scope === 'invite' && typeof claims.email === 'string' ? claims.email : null;
	} catch {
		return null;
	}
}

/** At least this many characters; Directus' own password policy, if set, is checked by the server. */
export const MIN_PASSWORD_LENGTH = 8;

/** What is wrong with the chosen password, in German; null when it can be sent. */
export function passwordProblem(password: string, repeated: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) return `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`;
	if (password !== repeated) return 'Die beiden Passwörter stimmen nicht überein.';
	return null;
}
