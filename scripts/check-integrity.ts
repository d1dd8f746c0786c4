/**
 * `npm run check:integrity [-- --dry-run]`: recomputes every district from its stored inputs
 * (ratings, levels, weights, progress values, goal values), prints per district the computed
 * values that differed, and repairs them; `--dry-run` only reports. Works on the database of
 * the local configuration (.env, overridden by the shell), with or without Directus running,
 * and takes the same per-district lock as the hook. Directus runs the same check at start and
 * every few minutes (COCKPIT_INTEGRITY_SWEEP).
 */
import type { ComputedDrift } from '@cockpit/shared';
import { recomputeAllDistricts } from '../extensions/cockpit-compute/src/recompute-district';
import { connectDatabase } from './lib/database';
import { readLocalEnv } from './lib/local-env';

const FIELD_LABELS: Record<string, string> = {
	priority_score: 'Prioritätswert',
	priority_rank: 'Rang',
	progress_percent: 'Fortschritt in Prozent',
	attainment_percent: 'Zielerreichung in Prozent',
};
const SHOWN_PER_DISTRICT = 5;

const dryRun = process.argv.includes('--dry-run');
const knex = connectDatabase(readLocalEnv());
try {
	const { districts, drifted: total } = await recomputeAllDistricts(
		knex,
		(district, drift) => {
			console.log(`${district}: ${describe(drift)}`);
			for (const row of drift.slice(0, SHOWN_PER_DISTRICT)) console.log(`  ${row.collection} ${row.id}: ${changes(row)}`);
			if (drift.length > SHOWN_PER_DISTRICT) console.log(`  … und ${drift.length - SHOWN_PER_DISTRICT} weitere`);
		},
		{ dryRun },
	);
	console.log(`\n${districts} Kreise geprüft, ${total} abweichende Datensätze${total > 0 ? (dryRun ? ' (nur gemeldet, --dry-run)' : ' repariert') : ''}.`);
} finally {
	await knex.destroy();
}

function describe(drift: ComputedDrift[]): string {
	if (drift.length === 0) return 'keine Abweichung';
	return `${drift.length} ${drift.length === 1 ? 'Datensatz weicht' : 'Datensätze weichen'} ab${dryRun ? '' : ', repariert'}`;
}

function changes(row: ComputedDrift): string {
	return Object.entries(row.values)
		.map(([field, value]) => `${FIELD_LABELS[field] ?? field} ${row.stored[field] ?? 'leer'} → ${value ?? 'leer'}`)
		.join(', ');
}
