/**
 * Open data: the DCAT-AP.de catalogue of this instance's published districts and the files it
 * lists, for GovData, the Länder portals and the comparison hub.
 *
 *   GET /opendata/catalog                       the catalogue (Turtle; JSON-LD for Accept: application/ld+json)
 *   GET /opendata/districts/:id/:table.csv      one table of a published district (RFC 4180, UTF-8, header row)
 *   GET /opendata/districts/:id/:table.json     the same rows as JSON
 *   POST /opendata/harvest/run                  (administrator) harvests COCKPIT_HARVEST_SOURCES now, as the schedule does
 */
import { defineEndpoint } from '@directus/extensions-sdk';
import { OPEN_DATA_TABLE_KEYS, OPEN_DATA_TABLES, toCsv } from '@cockpit/shared';
import type { NextFunction, Request, Response } from 'express';
import { DistrictNotFound } from '../../cockpit-dashboard/src/errors';
import { buildCatalog } from './build-catalog';
import { readOpenDataConfig } from './config';
import { readOpenDataTables, readPublishedDistricts, readTablesWithRows, toCatalogDistrict } from './read-open-data';
import { toJsonLd, toTurtle } from './serialize';
import { AdminOnly, FileNotFound } from './errors';
import { harvestAll } from './harvest';
import { readHarvestConfig } from './harvest-config';

const handle = (work: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
	work(req, res).catch(next);
};

export default defineEndpoint({
	id: 'opendata',
	handler: (router, { database: knex, env, logger }) => {
		const config = readOpenDataConfig(env, (message) => logger.warn(message));

		router.get(
			'/catalog',
			handle(async (req, res) => {
				const districts = await readPublishedDistricts(knex);
				const tables = await readTablesWithRows(knex, districts.map((d) => d.id));
				const now = new Date();
				const quads = buildCatalog({
					baseUrl: config.baseUrl,
					publisher: config.publisher,
					license: config.license,
					districts: districts.map((district) => toCatalogDistrict(district, tables.get(district.id)!, now)),
				});
				res.setHeader('Vary', 'Accept');
				if (req.accepts(['text/turtle', 'application/ld+json']) === 'application/ld+json') {
					res.type('application/ld+json; charset=utf-8').send(JSON.stringify(await toJsonLd(quads)));
				} else {
					res.type('text/turtle; charset=utf-8').send(await toTurtle(quads));
				}
			}),
		);

		router.post(
			'/harvest/run',
			handle(async (req, res) => {
				if (!(req as Request & { accountability?: { admin?: boolean } }).accountability?.admin) throw new AdminOnly();
				res.json({ data: await harvestAll(knex, readHarvestConfig(env)) });
			}),
		);

		router.get(
			'/districts/:id/:file',
			handle(async (req, res) => {
				const id = String(req.params['id']);
				const match = /^([a-z-]+)\.(csv|json)$/.exec(String(req.params['file']));
				const table = OPEN_DATA_TABLE_KEYS.find((key) => OPEN_DATA_TABLES[key].file === match?.[1]);
				if (!match || !table) throw new FileNotFound({ file: String(req.params['file']) });
				const [district] = await readPublishedDistricts(knex, [id]);
				if (!district) throw new DistrictNotFound({ ids: [id] });
				const rows = (await readOpenDataTables(knex, [district])).get(id)![table];
				const { columns, file } = OPEN_DATA_TABLES[table];
				if (district.data_changed_at) res.setHeader('Last-Modified', new Date(district.data_changed_at).toUTCString());
				if (match[2] === 'csv') {
					res.setHeader('Content-Disposition', `inline; filename="${district.id}-${file}.csv"`);
					res.type('text/csv; charset=utf-8; header=present').send(toCsv(columns, rows));
				} else {
					res.type('application/json; charset=utf-8').send(
						JSON.stringify({
							district: {
								id: district.id,
								name: district.name,
								state: district.state,
								ags: district.ags ?? null,
								strategy_title: district.strategy_title,
								source_document: district.source_document,
								source_date_label: district.source_date_label,
							},
							table,
							modified: district.data_changed_at ?? null,
							columns,
							data: rows,
						}),
					);
				}
			}),
		);
	},
});
