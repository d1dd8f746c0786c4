/**
 * `npm run generate -- --districts 400`: adds synthetic districts (ids `synth-…`, unpublished)
 * to the local database that `npm start` uses, beside the seed; `--published` makes them
 * visible without login. `npm run generate -- --remove` deletes all synthetic districts again.
 * Writes through knex on Directus' database; Directus may keep running meanwhile.
 */
import { parseArgs } from 'node:util';
import { generateDistricts, insertGeneratedRows, removeSyntheticDistricts, SYNTHETIC_PREFIX } from './lib/generate-districts';
import { readLocalEnv } from './lib/local-env';
import { withDatabase } from './lib/setup-instance';

const { values } = parseArgs({
	options: { districts: { type: 'string' }, remove: { type: 'boolean' }, published: { type: 'boolean' } },
});
const env = readLocalEnv();

await withDatabase(env, async (db) => {
	const removed = await removeSyntheticDistricts(db);
	if (values.remove) {
		console.log(`${removed} synthetische Kreise (${SYNTHETIC_PREFIX}…) entfernt.`);
		return;
	}
	const count = Number(values.districts ?? 400);
	if (!Number.isInteger(count) || count < 1) throw new Error('--districts erwartet eine ganze Zahl größer als 0.');
	const started = performance.now();
	const rows = generateDistricts(count, { published: values.published ?? false });
	await insertGeneratedRows(db, rows);
	const total = Object.values(rows).reduce((sum, items) => sum + items.length, 0);
	console.log(
		`${count} synthetische Kreise (${SYNTHETIC_PREFIX}…, ${values.published ? 'öffentlich' : 'nicht öffentlich'}) mit ${total.toLocaleString('de-DE')} Datensätzen in ${((performance.now() - started) / 1000).toFixed(1)} s geschrieben` +
			(removed > 0 ? `; die ${removed} vorherigen wurden ersetzt.` : '.'),
	);
});
