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
import { ServerTiming } from './server-timing';

// Directus' own types, taken from the SDK that builds this extension so that they always match it.
type EndpointContext = Parameters<Extract<Parameters<typeof defineEndpoint>[0], { id: string }>['handler']>[1];
type ServiceOptions = ConstructorParameters<EndpointContext['services']['ItemsService']>[1];

/** What Directus' middleware adds to every request before it reaches an endpoint. */
type DirectusRequest = Request & { accountability?: ServiceOptions['accountability']; schema: ServiceOptions['schema'] };

/**
 * Express 4 does not catch rejected promises; hand them to Directus' error handler. Each
 * handler marks its phases; the answer carries them as a Server-Timing header.
 */
const handle = (work: (req: DirectusRequest, timing: ServerTiming) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) => {
	const timing = new ServerTiming();
	work(req as DirectusRequest, timing)
		.then((body) => {
			timing.mark('build');
			res.setHeader('Server-Timing', timing.header());
			res.json(body);
		})
		.catch(next);
};

export default defineEndpoint({
	id: 'dashboard',
	handler: (router, context) => {
		const knex = context.database;
		const visibility = ({ accountability, schema }: DirectusRequest) =>
			visibilityFor(accountability, () =>
				new context.services.ItemsService('districts', { schema, accountability, knex }).readByQuery({ limit: 1, fields: ['id'] }),
			);

		router.get(
			'/districts',
			handle(async (req, timing) => {
				const parsed = parseCardQuery(req.query);
				if (parsed.query === null) throw new InvalidCardQuery({ message: parsed.error });
				const { query } = parsed;
				const everything = query.state === null && query.search === null && query.limit === null && query.offset === 0;
				// Without filter or page every district's totals are needed whoever asks, so they are read while the caller is checked.
				const [scope, all, totalsOfAll] = await Promise.all([visibility(req), readDistricts(knex), everything ? readDistrictTotals(knex, null) : null]);
				const visible = all.filter((d) => isVisible(d, scope));
				const matching = filterDistricts(visible, query);
				const page = query.limit === null ? matching.slice(query.offset) : matching.slice(query.offset, query.offset + query.limit);
				const totals = totalsOfAll ?? (await readDistrictTotals(knex, page.map((d) => d.id)));
				timing.mark('read');
				return {
					data: page.map((district) => buildDistrictCardFromTotals(district, totals.get(district.id) ?? NO_TOTALS)),
					meta: { total: matching.length, states: [...new Set(visible.map((d) => d.state))].sort((a, b) => a.localeCompare(b, 'de')) },
				};
			}),
		);

		router.get(
			'/districts/:id',
			handle(async (req, timing) => {
				const id = String(req.params['id']);
				const known = isDistrictId(id);
				// Who asks and what is stored are independent; the rows are only used once the district proves visible.
				const [scope, districts, raw] = await Promise.all([visibility(req), known ? readDistricts(knex, [id]) : [], readRawDashboardRows(knex, known ? [id] : [])]);
				timing.mark('read');
				const visible = districts.filter((d) => isVisible(d, scope));
				if (visible.length === 0) throw new DistrictNotFound({ ids: [id] });
				const [dashboard] = buildDistrictDashboards(normaliseDashboardRows(raw, visible));
				return { data: dashboard };
			}),
		);

		router.get(
			'/compare',
			handle(async (req, timing) => {
				const list = parseDistrictList(req.query['districts']);
				if (list.ids === null) throw new InvalidDistrictList({ message: list.error });
				const [scope, districts, raw] = await Promise.all([visibility(req), readDistricts(knex, list.ids), readRawDashboardRows(knex, list.ids, 'figures')]);
				timing.mark('read');
				const found = new Map(districts.filter((d) => isVisible(d, scope)).map((d) => [d.id, d]));
				const missing = list.ids.filter((id) => !found.has(id));
				if (missing.length > 0) throw new DistrictNotFound({ ids: missing });
				// The columns follow the order the caller asked for, not the database's.
				const rows = normaliseDashboardRows(raw, list.ids.flatMap((id) => found.get(id) ?? []));
				return { data: buildCompare(rows.themes, buildDistrictSummaries(rows)) };
			}),
		);
	},
});
