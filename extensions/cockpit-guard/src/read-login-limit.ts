/**
 * The login limits from the environment, per client address and per account.
 *
 * Per address: COCKPIT_LOGIN_LIMIT failed attempts within COCKPIT_LOGIN_WINDOW seconds (10 per
 * hour), against one address guessing many passwords or trying many accounts.
 *
 * Per account: COCKPIT_LOGIN_ACCOUNT_LIMIT failed attempts within COCKPIT_LOGIN_ACCOUNT_WINDOW
 * seconds (15 per 15 minutes), against many addresses guessing one account's password. It lies
 * above the address limit, so that a single address meets its own limit first and only an
 * attack from several addresses throttles the account; 15 per 15 minutes allows at most 60
 * guesses an hour, below the 100 of OWASP ASVS 4.0 V2.2.1. The account throttle replaces
 * Directus' own suspension (see index.ts).
 *
 * Directus hands numbers from the environment over already converted, strings from tests not.
 */
export interface Limit {
	attempts: number;
	windowSeconds: number;
}

export interface LoginLimit {
	address: Limit;
	account: Limit;
}

export function readLoginLimit(env: Record<string, unknown>): LoginLimit {
	return {
		address: { attempts: positiveInteger(env, 'COCKPIT_LOGIN_LIMIT', 10), windowSeconds: positiveInteger(env, 'COCKPIT_LOGIN_WINDOW', 3600) },
		account: { attempts: positiveInteger(env, 'COCKPIT_LOGIN_ACCOUNT_LIMIT', 15), windowSeconds: positiveInteger(env, 'COCKPIT_LOGIN_ACCOUNT_WINDOW', 900) },
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
