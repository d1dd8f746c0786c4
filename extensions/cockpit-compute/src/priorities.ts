/**
 * Recomputes the priority score and rank of every measure of a district inside the request's
 * transaction. Filter hooks run before Directus writes the change, so the pending change is
 * applied to the loaded state in memory first; the result is what the database holds once
 * the request commits.
 */
import { computeDistrictPriorities, type Key, type PriorityState } from '@cockpit/shared';
import type { Knex } from 'knex';

type Row = Record<string, unknown> & { id: Key };

export interface PendingChange {
	ratings?: { upsert?: Row[]; remove?: Key[] };
	criteria?: { upsert?: Row[]; remove?: Key[] };
	levels?: { upsert?: Row[] };
	measures?: { remove?: Key[] };
}

interface LoadedState {
	measures: { id: Key; priority_score: number | null; priority_rank: number | null }[];
	criteria: Row[];
	levels: Row[];
	ratings: Row[];
}

export async function recomputePriorities(knex: Knex, district: Key, change: PendingChange = {}): Promise<number> {
	const loaded = await loadState(knex, district);
	const state = applyChange(loaded, change);
	const priorities = computeDistrictPriorities(state);

	// Set-based write: one UPDATE per distinct (score, rank) pair, only for measures that changed.
	const groups = new Map<string, { score: number | null; rank: number | null; ids: Key[] }>();
	for (const measure of loaded.measures) {
		const next = priorities.get(String(measure.id));
		if (!next) continue;
		if (sameNumber(measure.priority_score, next.score) && measure.priority_rank === next.rank) continue;
		const groupKey = `${next.score}|${next.rank}`;
		const group = groups.get(groupKey) ?? { score: next.score, rank: next.rank, ids: [] };
		group.ids.push(measure.id);
		groups.set(groupKey, group);
	}
	let changed = 0;
	for (const group of groups.values()) {
		for (let start = 0; start < group.ids.length; start += 500) {
			const ids = group.ids.slice(start, start + 500);
			await knex('measures').whereIn('id', ids).update({ priority_score: group.score, priority_rank: group.rank });
			changed += ids.length;
		}
	}
	return changed;
}

async function loadState(knex: Knex, district: Key): Promise<LoadedState> {
	const [measures, criteria, levels, ratings] = await Promise.all([
		knex('measures').select('id', 'priority_score', 'priority_rank').where('district', district),
		knex('priority_criteria').select('id', 'weight').where('district', district),
		knex('priority_levels as l')
			.join('priority_criteria as c', 'c.id', 'l.criterion')
			.select('l.id', 'l.criterion', 'l.points')
			.where('c.district', district),
		knex('measure_ratings as r')
			.join('measures as m', 'm.id', 'r.measure')
			.select('r.id', 'r.measure', 'r.criterion', 'r.level')
			.where('m.district', district),
	]);
	return {
		measures: measures.map((m) => ({ id: m.id, priority_score: toNumber(m.priority_score), priority_rank: m.priority_rank === null ? null : Number(m.priority_rank) })),
		criteria,
		levels,
		ratings,
	};
}

function applyChange(state: LoadedState, change: PendingChange): PriorityState {
	const removedMeasures = keySet(change.measures?.remove);
	const removedCriteria = keySet(change.criteria?.remove);
	const measures = state.measures.filter((m) => !removedMeasures.has(String(m.id)));
	const criteria = upsert(state.criteria, change.criteria?.upsert, keySet(change.criteria?.remove));
	const levels = upsert(state.levels, change.levels?.upsert, new Set());
	const ratings = upsert(state.ratings, change.ratings?.upsert, keySet(change.ratings?.remove)).filter(
		(r) => !removedMeasures.has(String(r['measure'])) && !removedCriteria.has(String(r['criterion'])),
	);
	return {
		measures,
		criteria: criteria.map((c) => ({ id: c.id, weight: Number(c['weight']) })),
		levels: levels.map((l) => ({ id: l.id, points: Number(l['points']) })),
		ratings: ratings.map((r) => ({ measure: r['measure'] as Key, criterion: r['criterion'] as Key, level: r['level'] as Key })),
	};
}

/** Rows with the upserted ones merged over their stored version (or added), removed ones dropped. */
function upsert(rows: Row[], changes: Row[] | undefined, removed: Set<string>): Row[] {
	const byId = new Map(rows.map((row) => [String(row.id), row]));
	for (const change of changes ?? []) byId.set(String(change.id), { ...byId.get(String(change.id)), ...change });
	return [...byId.values()].filter((row) => !removed.has(String(row.id)));
}

function keySet(keys: Key[] | undefined): Set<string> {
	return new Set((keys ?? []).map(String));
}

function toNumber(value: unknown): number | null {
	return value === null || value === undefined ? null : Number(value);
}

/** PostgreSQL `real` columns round-trip with float noise; four decimals is the stored precision. */
function sameNumber(a: number | null, b: number | null): boolean {
	if (a === null || b === null) return a === b;
	return Math.abs(a - b) < 1e-4;
}
