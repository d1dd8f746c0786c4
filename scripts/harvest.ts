/**
 * `npm run harvest`: harvests the catalogues of COCKPIT_HARVEST_SOURCES (from .env or the
 * shell) into the database of the local configuration now, as the hub's schedule does, and
 * prints per source what it took or why it kept the last harvest. Works with or without
 * Directus running; a running hub shows the result on its next read.
 */
import { harvestAll } from '../extensions/cockpit-opendata/src/harvest';
import { readHarvestConfig } from '../extensions/cockpit-opendata/src/harvest-config';
import { connectDatabase } from './lib/database';
import { readLocalEnv } from './lib/local-env';

const env = readLocalEnv();
const config = readHarvestConfig({ ...env, ...process.env });
if (config.sources.length === 0) {
	console.log('Keine Quellen: COCKPIT_HARVEST_SOURCES ist leer (Katalog-Adressen, durch Kommas getrennt).');
	process.exit(0);
}
const knex = connectDatabase(env);
let failed = 0;
try {
	for (const result of await harvestAll(knex, config)) {
		if (result.error) failed++;
		console.log(result.error ? `${result.source}: ${result.error} Der letzte Stand bleibt.` : `${result.source}: ${result.districts.length} Kreise (${result.districts.join(', ')}).`);
	}
} finally {
	await knex.destroy();
}
process.exitCode = failed > 0 ? 1 : 0;
