/**
 * Reads a district's stored inputs and computed values over the REST API and recomputes them
 * with the same pure function the hook uses: the tests' measure of "every computed value
 * equals its recomputation from the stored inputs".
 */
import { findComputedDrift, type ComputedDrift, type GoalDirection, type StoredDistrict } from '@cockpit/shared';
import type { DirectusApi } from '../../scripts/lib/directus-api';
import { q } from './api';

type Row = Record<string, unknown>;

export async function readStoredDistrict(api: DirectusApi, district: string): Promise<StoredDistrict> {
	const all = (collection: string, filter: string, fields: string) =>
		api.get<Row[]>(`/items/${collection}${q({ [`filter${filter}[_eq]`]: district, fields, limit: -1 })}`);
	const [measures, criteria, levels, ratings, goals, updates] = await Promise.all([
		all('measures', '[district]', 'id,progress_current,progress_target,priority_score,priority_rank,progress_percent'),
		all('priority_criteria', '[district]', 'id,weight'),
		all('priority_levels', '[criterion][district]', 'id,points'),
		all('measure_ratings', '[measure][district]', 'measure,criterion,level'),
		all('annual_goals', '[district]', 'id,target_value,actual_value,direction,attainment_percent'),
		all('progress_updates', '[status_report][district]', 'id,progress_value,progress_target,progress_percent'),
	]);
	return {
		measures: measures.map((m) => ({
			id: String(m['id']),
			progress_current: num(m['progress_current']),
			progress_target: num(m['progress_target']),
			priority_score: num(m['priority_score']),
			priority_rank: num(m['priority_rank']),
			progress_percent: num(m['progress_percent']),
		})),
		criteria: criteria.map((c) => ({ id: String(c['id']), weight: Number(c['weight']) })),
		levels: levels.map((l) => ({ id: String(l['id']), points: Number(l['points']) })),
		ratings: ratings.map((r) => ({ measure: String(r['measure']), criterion: String(r['criterion']), level: String(r['level']) })),
		annualGoals: goals.map((g) => ({
			id: String(g['id']),
			target_value: num(g['target_value']),
			actual_value: num(g['actual_value']),
			direction: (g['direction'] ?? null) as GoalDirection | null,
			attainment_percent: num(g['attainment_percent']),
		})),
		progressUpdates: updates.map((u) => ({
			id: String(u['id']),
			progress_value: num(u['progress_value']),
			progress_target: num(u['progress_target']),
			progress_percent: num(u['progress_percent']),
		})),
	};
}

/** Every stored computed value of the district that differs from its recomputation. */
export async function driftOf(api: DirectusApi, district: string): Promise<ComputedDrift[]> {
	return findComputedDrift(await readStoredDistrict(api, district));
}

function num(value: unknown): number | null {
	return value === null || value === undefined ? null : Number(value);
}
