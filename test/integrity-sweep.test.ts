/**
 * The periodic integrity sweep (cockpit-compute, COCKPIT_INTEGRITY_SWEEP): when an instance dies
 * between an edit's commit and its recompute, the values it left stale are repaired by the
 * running instances within one sweep, not only at the next start. A second instance on the test
 * database sweeps every two seconds; the values are corrupted directly in the database, as a
 * crash would leave them, while both instances keep running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../scripts/lib/database';
import type { RunningDirectus } from '../scripts/lib/directus-process';
import { startSiblingDirectus } from '../scripts/lib/temporary-instance';
import { asAdmin, directus } from './support/api';
import { driftOf } from './support/drift';

describe('integrity sweep on running instances', () => {
	let sweeping: RunningDirectus;

	beforeAll(async () => {
		sweeping = await startSiblingDirectus({ ...directus().env, COCKPIT_INTEGRITY_SWEEP: '*/2 * * * * *' });
	});

	afterAll(async () => {
		await sweeping?.stop();
	});

	it('repairs computed values corrupted in the database within a few seconds, without a restart', async () => {
		const knex = connectDatabase(directus().env);
		let corrupted: number;
		try {
			const measures: { id: string }[] = await knex('measures').select('id').where('district', 'viersen').orderBy('id').limit(3);
			await knex('measures').whereIn('id', measures.map((m) => m.id)).update({ priority_rank: 99 });
			const goals: { id: string }[] = await knex('annual_goals').select('id').where('district', 'paderborn').orderBy('id').limit(2);
			await knex('annual_goals').whereIn('id', goals.map((g) => g.id)).update({ attainment_percent: 1 });
			corrupted =
				Number((await knex('measures').where('priority_rank', 99).count({ n: '*' }))[0]?.['n']) +
				Number((await knex('annual_goals').where('attainment_percent', 1).whereIn('id', goals.map((g) => g.id)).count({ n: '*' }))[0]?.['n']);
		} finally {
			await knex.destroy();
		}
		const admin = await asAdmin();
		const drift = async () => (await driftOf(admin, 'viersen')).length + (await driftOf(admin, 'paderborn')).length;
		const deadline = Date.now() + 20_000;
		let remaining = await drift();
		while (remaining > 0 && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 500));
			remaining = await drift();
		}
		expect({ corrupted, remaining }).toEqual({ corrupted: 5, remaining: 0 });
	});
});
