/**
 * The hub's schedule: harvests the catalogues of COCKPIT_HARVEST_SOURCES (see
 * cockpit-opendata/src/harvest.ts) at COCKPIT_HARVEST_SCHEDULE; `npm run harvest` and
 * POST /opendata/harvest/run harvest at once. (Not at start: a new hub's schema is applied
 * only after Directus answers.)
 * With SYNCHRONIZATION_STORE=redis a tick runs on one instance only; otherwise on each, which
 * is safe (each source is replaced in one transaction, under a lock on PostgreSQL) but does the
 * work twice.
 */
import { defineHook } from '@directus/extensions-sdk';
import { harvestAll } from '../../cockpit-opendata/src/harvest';
import { readHarvestConfig } from '../../cockpit-opendata/src/harvest-config';

export default defineHook(({ schedule }, { database, env, logger }) => {
	const config = readHarvestConfig(env);
	if (config.sources.length === 0) return;
	let running: Promise<void> | null = null;
	const run = () => {
		// A slow source must not let the next tick start a second harvest beside this one.
		running ??= harvestAll(database, config)
			.then((results) => {
				for (const result of results) {
					if (result.error) logger.warn(`Ernte: ${result.error} Der letzte Stand bleibt.`);
					else logger.info(`Ernte: ${result.source}: ${result.districts.length} Kreise.`);
				}
			})
			.catch((error) => logger.error(error, 'Ernte fehlgeschlagen.'))
			.finally(() => (running = null));
		return running;
	};
	schedule(config.schedule, run);
});
