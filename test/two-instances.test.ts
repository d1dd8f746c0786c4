/**
 * Two Directus instances configured as the production replicas (deploy/production.env: cache,
 * locks, bus and counters in Redis) on the test instance's PostgreSQL database and a Redis
 * database of their own. An edit on one is read from the other at once, the shared cache
 * included, with its recomputed values; the login limit counts across both.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCrossInstanceRead } from '../scripts/lib/cross-instance-checks';
import { login } from '../scripts/lib/directus-api';
import { startDirectusPair, type DirectusPair } from '../scripts/lib/directus-pair';
import { checkLoginLimitAcrossInstances } from '../scripts/lib/login-limit-check';
import { claimRedisDatabase, type RedisDatabase } from '../scripts/lib/redis-database';
import { directus } from './support/api';

const onPostgres = directus().database === 'pg';

describe.skipIf(!onPostgres)('two instances sharing PostgreSQL and Redis (skipped on SQLite: several instances need a database server, production runs PostgreSQL)', () => {
	let redis: RedisDatabase;
	let pair: DirectusPair;

	beforeAll(async () => {
		redis = await claimRedisDatabase();
		pair = await startDirectusPair({
			database: Object.fromEntries(Object.entries(directus().env).filter(([key]) => key.startsWith('DB_'))),
			redisUrl: redis.url,
			admin: directus().admin,
			secret: randomBytes(32).toString('hex'),
			setup: false,
		});
	});

	afterAll(async () => {
		await pair?.stop();
		await redis?.release();
	});

	it('reads a rating changed on A from B at once, with the recomputed scores and ranks, past the shared cache', async () => {
		const { admin } = directus();
		const token = await login(pair.a.url, admin.email, admin.password);
		expect(await checkCrossInstanceRead(pair.a.url, pair.b.url, token)).toEqual({
			bCachedBefore: true,
			levelChangedOnB: true,
			scoreChanged: true,
			bEqualsA: true,
			bStoredEqualsRecomputed: true,
			dashboardOnBShowsNewScore: true,
		});
	});

	it('counts failed logins from one address on both instances together', async () => {
		expect(await checkLoginLimitAcrossInstances([pair.a.url, pair.b.url], directus().admin, 12)).toEqual({
			statuses: [...Array(10).fill(401), 429, 429],
			adminLoginFromElsewhere: 200,
		});
	});
});
