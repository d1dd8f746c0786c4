/**
 * Keeps anyone who guesses passwords from getting far, and from locking anybody out.
 *
 * Where it counts: in Directus' `auth.login` filter, which AuthenticationService.login runs for
 * every password check of an existing account, before the password is compared, whichever
 * route led there: `/auth/login` in any spelling Express accepts (`/auth//login`, `/Auth/Login`),
 * a provider's login, `auth_login` over GraphQL (`/graphql//system` too). Directus 12 refuses a
 * second `auth_login` in one operation (GRAPHQL_SINGLE_USE_MUTATIONS); should an operator allow
 * it, each alias still runs the filter, one after the other, as GraphQL runs a mutation's fields.
 * Matching request paths, as this guard did before, missed the spellings Express routes to the
 * same handlers. The filter does not run for an e-mail address no account has: Directus refuses those
 * before any password check, and there is nothing to guess.
 *
 * What it counts, each in a window that expires (a soft lock, OWASP ASVS 4.0 V2.2.1):
 * - per client address (COCKPIT_LOGIN_LIMIT per COCKPIT_LOGIN_WINDOW, 10 per hour), an IPv6
 *   client with its whole /64 (address-key.ts);
 * - per account (COCKPIT_LOGIN_ACCOUNT_LIMIT per COCKPIT_LOGIN_ACCOUNT_WINDOW, 15 per 15
 *   minutes), so that spreading the guesses over many addresses does not help either.
 * An attempt reserves its point before the password check and gets it back when the login
 * succeeds: a burst sent at once never lets more than the limit through, successful logins never
 * count. A success does not reset the address's count, or an attacker with one valid account
 * could interleave good logins and keep guessing another's password.
 *
 * Why the account is throttled and not suspended: Directus itself suspends an account after
 * `auth_login_attempts` failures (25) with a counter that never expires, so a patient attacker
 * suspends any account whose e-mail address he knows, behind any throttle that expires. The
 * setup therefore switches that setting off (scripts/lib/apply-roles.ts) and this guard warns
 * when it finds it on. The price of a throttle: whoever keeps guessing keeps the account
 * throttled. Its owner still gets in from an address he logged in from successfully in the last
 * 20 days (a known address is not throttled per account, only per address); everyone else waits
 * for the window to end, or an administrator sets a new password, which lifts the throttle.
 *
 * The counts live where Directus keeps its own (RATE_LIMITER_STORE): in memory for one
 * instance, in Redis when several share the load, so all of them count together. The address is
 * the one Directus derives itself (IP_TRUST_PROXY, IP_CUSTOM_HEADER).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { defineHook } from '@directus/extensions-sdk';
import { createError } from '@directus/errors';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { addressKey } from './address-key';
import { readLoginLimit, type Limit } from './read-login-limit';

type TooMany = new (extensions: { minutes: number }) => Error;

const minutes = (n: number) => `${n} ${n === 1 ? 'Minute' : 'Minuten'}`;

const TooManyFromAddress: TooMany = createError<{ minutes: number }>(
	'REQUESTS_EXCEEDED',
	(extensions) => `Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte versuchen Sie es in ${minutes(extensions.minutes)} erneut.`,
	429,
);

const TooManyForAccount: TooMany = createError<{ minutes: number }>(
	'REQUESTS_EXCEEDED',
	(extensions) => `Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Bitte versuchen Sie es in ${minutes(extensions.minutes)} erneut.`,
	429,
);

const CounterUnavailable = createError(
	'SERVICE_UNAVAILABLE',
	'Die Anmeldung ist gerade nicht möglich, weil der Zähler für Anmeldeversuche nicht erreichbar ist. Bitte versuchen Sie es gleich noch einmal.',
	503,
);

/**
 * How long an address stays known to an account after a successful login from it: 20 days, since
 * the memory store expires keys with setTimeout, which fires at once for more than 24.8 days.
 */
const KNOWN_SECONDS = 20 * 24 * 3600;

type Env = Record<string, unknown>;
interface LoginMeta {
	user?: string;
	status?: string;
}
interface LoginContext {
	accountability?: { ip?: string | null } | null;
}

export default defineHook(({ init, filter, action }, { env, logger, database }) => {
	const limit = readLoginLimit(env);
	const store = createStore(env as Env);
	const perAddress = createLimiter(store, 'cockpit-login', limit.address);
	const perAccount = createLimiter(store, 'cockpit-login-account', limit.account);
	const known = createLimiter(store, 'cockpit-login-known', { attempts: 1, windowSeconds: KNOWN_SECONDS });
	// The response of the request being served, so that a refusal can say when to try again.
	const responses = new AsyncLocalStorage<Response>();

	init('routes.before', ({ app }) => {
		app.use((_req: Request, res: Response, next: NextFunction) => responses.run(res, next));
	});

	init('app.after', async () => {
		const settings = await database('directus_settings').select('auth_login_attempts').first().catch(() => undefined);
		if (settings?.auth_login_attempts !== null && settings?.auth_login_attempts !== undefined) {
			logger.warn(
				`[cockpit-guard] Directus sperrt Konten nach ${settings.auth_login_attempts} Fehlversuchen endgültig (Einstellung auth_login_attempts), ` +
					'ein Angreifer kann damit jedes Konto sperren. Bitte in den Einstellungen „Anmeldeversuche“ leeren; cockpit-guard drosselt stattdessen.',
			);
		}
	});

	filter('auth.login', async (payload: Record<string, unknown>, meta: LoginMeta, context: LoginContext) => {
		if (!meta.user) return payload;
		const address = addressKey(context.accountability?.ip);
		await reserve(perAddress, address, limit.address, TooManyFromAddress, `von ${address}`);
		if (!(await isKnown(meta.user, address))) {
			await reserve(perAccount, meta.user, limit.account, TooManyForAccount, `für das Konto ${String(payload['email'] ?? meta.user)}`);
		}
		return payload;
	});

	action('auth.login', async (meta: LoginMeta, context: LoginContext) => {
		if (meta.status !== 'success' || !meta.user) return;
		const address = addressKey(context.accountability?.ip);
		try {
			await perAddress.reward(address, 1);
			if (!(await isKnown(meta.user, address))) await perAccount.reward(meta.user, 1);
			await known.set(knownKey(meta.user, address), 1, KNOWN_SECONDS);
		} catch (error) {
			logger.warn(error, '[cockpit-guard] Zähler nach erfolgreicher Anmeldung nicht aktualisiert');
		}
	});

	// A new password ends the guessing: the administrator's way to lift an account's throttle.
	action('users.update', async (meta) => {
		const { keys = [], payload = {} } = meta as { keys?: unknown[]; payload?: Record<string, unknown> };
		if (!('password' in payload)) return;
		await Promise.all(keys.map((key) => perAccount.delete(String(key)))).catch((error) => logger.warn(error, '[cockpit-guard] Drosselung nicht aufgehoben'));
	});

	async function isKnown(user: string, address: string): Promise<boolean> {
		return (await known.get(knownKey(user, address)).catch(() => null)) !== null;
	}

	async function reserve(limiter: RateLimiterAbstract, key: string, own: Limit, Refusal: TooMany, whom: string): Promise<void> {
		try {
			await limiter.consume(key, 1);
		} catch (rejection) {
			if (!(rejection instanceof RateLimiterRes)) {
				logger.error(rejection, '[cockpit-guard] Zähler für Anmeldeversuche nicht erreichbar');
				throw new CounterUnavailable();
			}
			if (rejection.consumedPoints === own.attempts + 1) {
				logger.warn(`[cockpit-guard] Anmeldungen ${whom} gedrosselt: ${own.attempts} Fehlversuche in ${own.windowSeconds} s`);
			}
			const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
			responses.getStore()?.set('Retry-After', String(seconds));
			throw new Refusal({ minutes: Math.ceil(seconds / 60) });
		}
	}
});

const knownKey = (user: string, address: string) => `${user}|${address}`;

function createLimiter(store: Redis | null, keyPrefix: string, limit: Limit): RateLimiterAbstract {
	const options = { keyPrefix, points: limit.attempts, duration: limit.windowSeconds };
	return store ? new RateLimiterRedis({ ...options, storeClient: store }) : new RateLimiterMemory(options);
}

/** The Redis connection Directus' own counters use when RATE_LIMITER_STORE=redis: REDIS as a URL, or its parts. */
function createStore(env: Env): Redis | null {
	if (env['RATE_LIMITER_STORE'] !== 'redis') return null;
	const url = env['REDIS'];
	if (typeof url === 'string' && url) return new Redis(url);
	return new Redis({
		host: stringOr(env['REDIS_HOST'], '127.0.0.1'),
		port: Number(env['REDIS_PORT'] ?? 6379),
		username: stringOr(env['REDIS_USERNAME'], undefined),
		password: stringOr(env['REDIS_PASSWORD'], undefined),
		db: Number(env['REDIS_DB'] ?? 0),
	});
}

function stringOr<T>(value: unknown, fallback: T): string | T {
	return value === undefined || value === null || value === '' ? fallback : String(value);
}
