/**
 * How many password checks a request asks Directus for: each one counts against the client's
 * address before Directus sees it, so that a burst of requests sent at once cannot slip past the
 * limit. REST logins (`POST /auth/login`, `POST /auth/login/<provider>`) carry one; a GraphQL
 * request to the system endpoint carries one per `auth_login` field, since aliases let a single
 * request try many passwords. Express matches paths case-insensitively and with a trailing
 * slash, so the paths are compared the same way.
 */
export function countLoginAttempts(method: string, path: string, body: unknown): number {
	if (method.toUpperCase() !== 'POST') return 0;
	if (/^\/auth\/login(\/|$)/i.test(path)) return 1;
	if (/^\/graphql\/system(\/|$)/i.test(path)) {
		const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
		return typeof query === 'string' ? (query.match(/\bauth_login\b/g) ?? []).length : 0;
	}
	return 0;
}
