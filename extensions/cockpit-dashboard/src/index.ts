/**
 * The dashboard API: figures per district and districts side by side, computed by the shared
 * builders from a handful of queries per request.
 *
 *   GET /dashboard/districts                   the cards of the start page (all visible ones, or
 *                                              filtered by ?state= and ?search=, paged by ?limit=&offset=)
 *   GET /dashboard/districts/:id               one district's dashboard
 *   GET /dashboard/compare?districts=a,b,c     two to five districts per theme
 */
import { defineEndpoint } from '@directus/extensions-sdk';
import {
	buildCompare,
	buildDistrictCardFromTotals,
	buildDistrictDashboards,
	buildDistrictSummaries,
	filterDistricts,
	isDistrictId,
	parseCardQuery,
	parseDistrictList,
} from '@cockpit/shared';
import type { NextFunction, Request, Response } from 'express';
import { isVisible, visibilityFor } from './access';
import { DistrictNotFound, InvalidCardQuery, InvalidDistrictList } from './errors';
import { NO_TOTALS, readDistrictTotals } from './read-cards';
import { normaliseDashboardRows, readDistricts, readRawDashboardRows } from './read-rows';
import { cacheKey, etagOf, matchesEtag, MemoryStore, type CacheStore } from './read-cache';
import { ServerTiming } from './server-timing';

/**
 * Directus' cache store when its cache is on (shared through Redis with CACHE_STORE=redis),
 * else one in this process. COCKPIT_READ_CACHE=false turns the cache off (every read builds
 * its answer, as before it existed; for measuring).
 */
async function openCacheStore(env: Record<string, unknown>): Promise<CacheStore> {
	if (env['COCKPIT_READ_CACHE'] === false || env['COCKPIT_READ_CACHE'] === 'false') return { get: async () => undefined, set: async () => undefined };
	if (env['CACHE_ENABLED'] === true) {
		const { getCache } = await import('@directus/api/cache');
		const shared = getCache().cache;
		if (shared) return shared;
	}
	return new MemoryStore();
}

// Directus' own types, taken from the SDK that builds this extension so that they always match it.
type EndpointContext = Parameters<Extract<Parameters<typeof defineEndpoint>[0], { id: string }>['handler']>[1];
type ServiceOptions = ConstructorParameters<EndpointContext['services']['ItemsService']>[1];

/** What Directus' middleware adds to every request before it reaches an endpoint. */
type DirectusRequest = Request & { accountability?: ServiceOptions['accountability']; schema: ServiceOptions['schema'] };

/**
 * Express 4 does not catch rejected promises; they go to Directus' error handler. For answers
 * the read cache may keep: `work` checks who asks and what is
 * stored, and answers the cache key with a builder that is only called on a miss. A client
 * that sends the key's ETag in If-None-Match gets 304 without a body.
 */
const handleCached =
	(cache: () => Promise<CacheStore>, work: (req: DirectusRequest, timing: ServerTiming) => Promise<{ key: string; build: () => Promise<unknown> }>) =>
	(req: Request, res: Response, next: NextFunction) => {
		const timing = new ServerTiming();
		(async () => {
			const { key, build } = await work(req as DirectusRequest, timing);
			const etag = etagOf(key);
			res.setHeader('ETag', etag);
			// Answers depend on the login (what it may see), so shared caches must ask each time.
			res.setHeader('Cache-Control', 'private, no-cache');
			if (matchesEtag(req.headers['if-none-match'], etag)) {
				timing.mark('etag');
				res.setHeader('Server-Timing', timing.header());
				return void res.status(304).end();
			}
			const store = await cache();
			const cached = await store.get(key);
			let body: string;
			if (typeof cached === 'string') {
				body = cached;
				timing.mark('cache');
			} else {
				body = JSON.stringify(await build());
				timing.mark('build');
				await store.set(key, body);
			}
			res.setHeader('Server-Timing', timing.header());
			res.type('application/json; charset=utf-8').send(body);
		})().catch(next);
	};

export default defineEndpoint({
	id: 'dashboard',
	handler: (router, context) => {
		const knex = context.database;
		let store: Promise<CacheStore> | null = null;
		const cache = () => (store ??= openCacheStore(context.env));
		const visibility = ({ accountability, schema }: DirectusRequest) =>
			visibilityFor(accountability, () =>
				new context.services.ItemsService('districts', { schema, accountability, knex }).readByQuery({ limit: 1, fields: ['id'] }),
			);

		router.get(
			'/districts',
			handleCached(cache, async (req, timing) => {
				const parsed = parseCardQuery(req.query);
				if (parsed.query === null) throw new InvalidCardQuery({ message: parsed.error });
				const { query } = parsed;
				const everything = query.state === null && query.search === null && query.limit === null && query.offset === 0;
				const [scope, all] = await Promise.all([visibility(req), readDistricts(knex)]);
				timing.mark('access');
				const visible = all.filter((d) => isVisible(d, scope));
				// The answer rests on every visible district (the total, the list of Länder), so all of their versions are the key.
				return {
					key: cacheKey(`cards:${JSON.stringify(query)}`, visible),
					build: async () => {
						const matching = filterDistricts(visible, query);
						const page = query.limit === null ? matching.slice(query.offset) : matching.slice(query.offset, query.offset + query.limit);
						const totals = await readDistrictTotals(knex, everything ? null : page.map((d) => d.id));
						timing.mark('read');
						return {
							data: page.map((district) => buildDistrictCardFromTotals(district, totals.get(district.id) ?? NO_TOTALS)),
							meta: { total: matching.length, states: [...new Set(visible.map((d) => d.state))].sort((a, b) => a.localeCompare(b, 'de')) },
						};
					},
				};
			}),
		);

		// Both answers are the same for every caller who may see the districts (no unpublished
		// detail for anyone), so the cache key is the districts and their data versions alone.
		router.get(
			'/districts/:id',
			handleCached(cache, async (req, timing) => {
				const id = String(req.params['id']);
				const known = isDistrictId(id);
				const [scope, districts] = await Promise.all([visibility(req), known ? readDistricts(knex, [id]) : []]);
				timing.mark('access');
				const visible = districts.filter((d) => isVisible(d, scope));
				if (visible.length === 0) throw new DistrictNotFound({ ids: [id] });
				return {
					key: cacheKey('district', visible),
					build: async () => {
						const raw = await readRawDashboardRows(knex, [id]);
						timing.mark('read');
						const [dashboard] = buildDistrictDashboards(normaliseDashboardRows(raw, visible));
						return { data: dashboard };
					},
				};
			}),
		);

		router.get(
			'/compare',
			handleCached(cache, async (req, timing) => {
				const list = parseDistrictList(req.query['districts']);
				if (list.ids === null) throw new InvalidDistrictList({ message: list.error });
				const [scope, districts] = await Promise.all([visibility(req), readDistricts(knex, list.ids)]);
				timing.mark('access');
				const found = new Map(districts.filter((d) => isVisible(d, scope)).map((d) => [d.id, d]));
				const missing = list.ids.filter((id) => !found.has(id));
				if (missing.length > 0) throw new DistrictNotFound({ ids: missing });
				// The columns follow the order the caller asked for, not the database's.
				const ordered = list.ids.flatMap((id) => found.get(id) ?? []);
				return {
					key: cacheKey('compare', ordered),
					build: async () => {
						const raw = await readRawDashboardRows(knex, list.ids!, 'figures');
						timing.mark('read');
						const rows = normaliseDashboardRows(raw, ordered);
						return { data: buildCompare(rows.themes, buildDistrictSummaries(rows)) };
					},
				};
			}),
		);
	},
});
