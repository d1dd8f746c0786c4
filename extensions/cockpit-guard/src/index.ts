/**
 * Stops an address that keeps failing to log in before Directus suspends the account it tries.
 * Directus counts failed logins per account (`auth_login_attempts`, 25 by default) and then
 * sets the account to "suspended" until an administrator re-activates it; the counter never
 * expires. So anyone who knows an e-mail address can lock out the administrator with 25 wrong
 * passwords. This guard counts per client address instead, far below that limit, and answers
 * HTTP 429 once an address used up its attempts.
 *
 * Every password check reserves one attempt before Directus sees the request and gets it back
 * when the login succeeds: a burst sent at once can therefore never let more than the limit
 * through (checking first and counting after the answer would let a whole burst pass), and
 * successful logins never count. A success does not reset the address either, or an attacker
 * with one valid account could interleave good logins and keep guessing another's password.
 *
 * The count lives where Directus keeps its own login counter (RATE_LIMITER_STORE): in memory
 * for one instance, in Redis when several instances share the load, so all of them see the
 * same count. The address is the one Directus derives itself (IP_TRUST_PROXY,
 * IP_CUSTOM_HEADER), read from the request's accountability. Independent of Directus' global
 * request limiter (RATE_LIMITER_ENABLED).
 */
import { defineHook } from '@directus/extensions-sdk';
import { createError } from '@directus/errors';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { countLoginAttempts } from './count-login-attempts';
import { readLoginLimit, type LoginLimit } from './read-login-limit';

const TooManyLogins = createError<{ minutes: number }>(
	'REQUESTS_EXCEEDED',
	({ minutes }) =>
		`Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut.`,
	429,
);

const CounterUnavailable = createError(
	'SERVICE_UNAVAILABLE',
	'Die Anmeldung ist gerade nicht möglich, weil der Zähler für Anmeldeversuche nicht erreichbar ist. Bitte versuchen Sie es gleich noch einmal.',
	503,
);

type Env = Record<string, unknown>;

export default defineHook(({ init }, { env, logger }) => {
	const limit = readLoginLimit(env);
	const limiter = createLimiter(env as Env, limit);

	init('routes.before', ({ app }) => {
		app.use((req: Request, res: Response, next: NextFunction) => {
			const attempts = countLoginAttempts(req.method, req.path, req.body);
			if (attempts === 0) return next();
			const address = (req as Request & { accountability?: { ip?: string | null } }).accountability?.ip ?? 'unbekannt';
			limiter.consume(address, attempts).then(
				() => {
					res.once('finish', () => {
						if (succeeded(res)) void limiter.reward(address, attempts).catch((error) => logger.warn(error, '[cockpit-guard] reward'));
					});
					next();
				},
				(rejection: unknown) => {
					if (!(rejection instanceof RateLimiterRes)) {
						logger.error(rejection, '[cockpit-guard] Zähler für Anmeldeversuche nicht erreichbar');
						return next(new CounterUnavailable());
					}
					if (rejection.consumedPoints - attempts < limit.attempts) {
						logger.warn(`[cockpit-guard] Anmeldungen von ${address} gesperrt: ${limit.attempts} Fehlversuche in ${limit.windowSeconds} s`);
					}
					const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
					res.set('Retry-After', String(seconds));
					next(new TooManyLogins({ minutes: Math.ceil(seconds / 60) }));
				},
			);
		});
	});
});

/** A login succeeded when Directus answered 2xx without errors (GraphQL reports errors with 200). */
function succeeded(res: Response): boolean {
	const payload = res.locals['payload'] as { errors?: unknown[] } | undefined;
	return res.statusCode < 400 && !payload?.errors?.length;
}

function createLimiter(env: Env, limit: LoginLimit): RateLimiterAbstract {
	const options = { keyPrefix: 'cockpit-login', points: limit.attempts, duration: limit.windowSeconds };
	if (env['RATE_LIMITER_STORE'] !== 'redis') return new RateLimiterMemory(options);
	// The same connection settings Directus reads: REDIS as a URL, or its parts.
	const url = env['REDIS'];
	const client =
		typeof url === 'string' && url
			? new Redis(url)
			: new Redis({
					host: stringOr(env['REDIS_HOST'], '127.0.0.1'),
					port: Number(env['REDIS_PORT'] ?? 6379),
					username: stringOr(env['REDIS_USERNAME'], undefined),
					password: stringOr(env['REDIS_PASSWORD'], undefined),
					db: Number(env['REDIS_DB'] ?? 0),
				});
	return new RateLimiterRedis({ ...options, storeClient: client });
}

function stringOr<T>(value: unknown, fallback: T): string | T {
	return value === undefined || value === null || value === '' ? fallback : String(value);
}
