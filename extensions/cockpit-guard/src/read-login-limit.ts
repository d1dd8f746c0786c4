/**
 * The login limit from the environment: COCKPIT_LOGIN_LIMIT failed attempts per address within
 * COCKPIT_LOGIN_WINDOW seconds. The defaults (10 per hour) stay well below Directus' own
 * per-account limit (`auth_login_attempts`, 25 by default, which suspends the account and never
 * expires), so an address that keeps guessing is stopped long before it can lock anybody out.
 * Directus hands numbers from the environment over already converted, strings from tests not.
 */
export interface LoginLimit {
	attempts: number;
	windowSeconds: number;
}

export function readLoginLimit(env: Record<string, unknown>): LoginLimit {
	return {
		attempts: positiveInteger(env, 'COCKPIT_LOGIN_LIMIT', 10),
		windowSeconds: positiveInteger(env, 'COCKPIT_LOGIN_WINDOW', 3600),
	};
}

function positiveInteger(env: Record<string, unknown>, name: string, fallback: number): number {
	const raw = env[name];
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1) {
		throw new Error(`${name} muss eine ganze Zahl größer als 0 sein (angegeben: ${String(raw)}).`);
	}
	return value;
}
