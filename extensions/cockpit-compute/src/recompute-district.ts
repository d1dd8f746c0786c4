/**
 * Recomputes every computed value of one district from its committed inputs and writes what
 * differs, in one transaction that holds the district's lock.
 *
 * Why this is correct under concurrency: each recompute reads the inputs only after it holds
 * the lock, and every edit is followed by a recompute that starts after the edit committed
 * (see request-scope.ts). So the last recompute of a district to take the lock reads every
 * committed edit and writes the values that match them; no earlier, staler recompute can run
 * after it. On PostgreSQL the lock is a transaction-level advisory lock, so it also serialises
 * recomputes of several Directus instances sharing the database; SQLite has one writer anyway.
 * A crash rolls the transaction back whole; the check at start-up and the periodic sweep
 * (index.ts) repair what a crash between an edit's commit and its recompute left stale.
 */
import { findComputedDrift, type ComputedDrift, type GoalDirection, type Key, type StoredDistrict } from '@cockpit/shared';
import type { Knex } from 'knex';

/** How often a recompute is tried again when the database picks it as a deadlock victim. */
const ATTEMPTS = 5;

export async function recomputeDistrict(knex: Knex, district: Key, options: { dryRun?: boolean } = {}): Promise<ComputedDrift[]> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await knex.transaction(async (trx) => {
				await lockDistrict(trx, district);
				const drift = findComputedDrift(await readDistrict(trx, district));
				if (!options.dryRun) await writeDrift(trx, drift);
				return drift;
			});
		} catch (error) {
			if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
			await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
		}
	}
}

/**
 * Recomputes every district, one after the other, each in its own transaction under its own
 * lock, and hands each district's drift to `onDistrict`: the check at start-up, the periodic
 * sweep and `npm run check:integrity`. A district without drift costs its six reads and no
 * write. Returns the number of districts and of drifted records.
 */
export async function recomputeAllDistricts(
	knex: Knex,
	onDistrict: (district: string, drift: ComputedDrift[]) => void,
	options: { dryRun?: boolean } = {},
): Promise<{ districts: number; drifted: number }> {
	const districts = await listDistricts(knex);
	let drifted = 0;
	for (const district of districts) {
		const drift = await recomputeDistrict(knex, district, options);
		drifted += drift.length;
		onDistrict(district, drift);
	}
	return { districts: districts.length, drifted };
}

/**
 * The ids of the districts this instance computes, for the check at start-up and `npm run
 * check:integrity`: harvested districts carry their source's computed values (their ratings are
 * not published), so they are left out unless asked for. `only` narrows the list to one id.
 */
export async function listDistricts(knex: Knex, options: { harvested?: boolean; only?: Key } = {}): Promise<string[]> {
	if (!(await knex.schema.hasTable('districts'))) return [];
	const query = knex('districts').select('id').orderBy('id');
	if (options.only !== undefined) query.where('id', options.only);
	// A database from before the hub has no harvested districts (and no column for them yet).
	if (!options.harvested && (await knex.schema.hasColumn('districts', 'source_url'))) query.whereNull('source_url');
	const rows: { id: string }[] = await query;
	return rows.map((row) => row.id);
}

async function lockDistrict(trx: Knex.Transaction, district: Key): Promise<void> {
	if (trx.client.config.client === 'pg') {
		await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`cockpit-district:${district}`]);
	}
}

async function readDistrict(trx: Knex.Transaction, district: Key): Promise<StoredDistrict> {
	// One after the other: on SQLite a transaction has a single connection anyway.
	const measures = await trx('measures')
		.select('id', 'progress_current', 'progress_target', 'priority_score', 'priority_rank', 'progress_percent')
		.where('district', district);
	const criteria = await trx('priority_criteria').select('id', 'weight').where('district', district);
	const levels = await trx('priority_levels as l')
		.join('priority_criteria as c', 'c.id', 'l.criterion')
		.select('l.id', 'l.points')
		.where('c.district', district);
	const ratings = await trx('measure_ratings as r')
		.join('measures as m', 'm.id', 'r.measure')
		.select('r.measure', 'r.criterion', 'r.level')
		.where('m.district', district);
	const annualGoals = await trx('annual_goals')
		.select('id', 'target_value', 'actual_value', 'direction', 'attainment_percent')
		.where('district', district);
	const progressUpdates = await trx('progress_updates as u')
		.join('status_reports as s', 's.id', 'u.status_report')
		.select('u.id', 'u.progress_value', 'u.progress_target', 'u.progress_percent')
		.where('s.district', district);
	return {
		measures: measures.map((m) => ({
			id: m.id,
			progress_current: toNumber(m.progress_current),
			progress_target: toNumber(m.progress_target),
			priority_score: toNumber(m.priority_score),
			priority_rank: toNumber(m.priority_rank),
			progress_percent: toNumber(m.progress_percent),
		})),
		criteria: criteria.map((c) => ({ id: c.id, weight: Number(c.weight) })),
		levels: levels.map((l) => ({ id: l.id, points: Number(l.points) })),
		ratings,
		annualGoals: annualGoals.map((g) => ({
			id: g.id,
			target_value: toNumber(g.target_value),
			actual_value: toNumber(g.actual_value),
			direction: (g.direction ?? null) as GoalDirection | null,
			attainment_percent: toNumber(g.attainment_percent),
		})),
		progressUpdates: progressUpdates.map((u) => ({
			id: u.id,
			progress_value: toNumber(u.progress_value),
			progress_target: toNumber(u.progress_target),
			progress_percent: toNumber(u.progress_percent),
		})),
	};
}

/**
 * One UPDATE per collection and distinct set of values (a rank shift gives many measures the
 * same new values), in key order so that concurrent writers lock rows in the same order.
 */
async function writeDrift(trx: Knex.Transaction, drift: ComputedDrift[]): Promise<void> {
	const groups = new Map<string, { collection: string; values: ComputedDrift['values']; ids: Key[] }>();
	for (const row of drift) {
		const key = `${row.collection}|${JSON.stringify(row.values)}`;
		const group = groups.get(key) ?? { collection: row.collection, values: row.values, ids: [] };
		group.ids.push(row.id);
		groups.set(key, group);
	}
	for (const group of groups.values()) {
		const ids = [...group.ids].sort();
		for (let start = 0; start < ids.length; start += 500) {
			await trx(group.collection).whereIn('id', ids.slice(start, start + 500)).update(group.values);
		}
	}
}

/** Deadlock and serialisation failures on PostgreSQL, a busy database on SQLite: safe to run again. */
function isRetryable(error: unknown): boolean {
	const code = (error as { code?: string } | null)?.code;
	return code === '40P01' || code === '40001' || code === 'SQLITE_BUSY';
}

function toNumber(value: unknown): number | null {
	return value === null || value === undefined ? null : Number(value);
}
