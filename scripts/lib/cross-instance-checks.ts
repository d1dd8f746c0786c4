/**
 * The checks that two Directus instances sharing one database and Redis agree, used by
 * `npm run topology` and by test/two-instances.test.ts. They return what they saw, so the test
 * compares it in one assertion and the script prints it.
 */
import { computeDistrictPriorities, type Key } from '@cockpit/shared';
import { createApi, type DirectusApi } from './directus-api';

type Row = Record<string, unknown>;
type Priorities = Record<string, [unknown, unknown]>;

const q = (params: Record<string, string | number>) => '?' + new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

/** Viersen's stored scores and ranks next to their recomputation from the stored inputs, as one instance reads them. */
export async function readViersenPriorities(api: DirectusApi): Promise<{ stored: Priorities; recomputed: Priorities }> {
	const [measures, criteria, levels, ratings] = await Promise.all([
		api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'id,code,priority_score,priority_rank', limit: -1 })}`),
		api.get<Row[]>(`/items/priority_criteria${q({ 'filter[district][_eq]': 'viersen', fields: 'id,weight', limit: -1 })}`),
		api.get<Row[]>(`/items/priority_levels${q({ 'filter[criterion][district][_eq]': 'viersen', fields: 'id,points', limit: -1 })}`),
		api.get<Row[]>(`/items/measure_ratings${q({ 'filter[measure][district][_eq]': 'viersen', fields: 'measure,criterion,level', limit: -1 })}`),
	]);
	const computed = computeDistrictPriorities({
		measures: measures.map((m) => ({ id: m['id'] as Key })),
		criteria: criteria.map((c) => ({ id: c['id'] as Key, weight: Number(c['weight']) })),
		levels: levels.map((l) => ({ id: l['id'] as Key, points: Number(l['points']) })),
		ratings: ratings.map((r) => ({ measure: r['measure'] as Key, criterion: r['criterion'] as Key, level: r['level'] as Key })),
	});
	const stored: Priorities = {};
	const recomputed: Priorities = {};
	for (const measure of measures) {
		const code = String(measure['code']);
		stored[code] = [toNumber(measure['priority_score']), measure['priority_rank'] ?? null];
		const priority = computed.get(String(measure['id']));
		recomputed[code] = [priority?.score ?? null, priority?.rank ?? null];
	}
	return { stored, recomputed };
}

/** PostgreSQL answers decimals as strings; the comparison is about values. */
function toNumber(value: unknown): number | null {
	return value === null || value === undefined ? null : Number(value);
}

export interface RatingChange {
	rating: Key;
	measureCode: string;
	from: Key;
	to: Key;
}

/** Moves the first Viersen rating that can change its points to another level of its criterion. */
export async function planViersenRatingChange(api: DirectusApi): Promise<RatingChange> {
	const [ratings, levels] = await Promise.all([
		api.get<Row[]>(`/items/measure_ratings${q({ 'filter[measure][district][_eq]': 'viersen', fields: 'id,criterion,level,measure.code', sort: 'id', limit: -1 })}`),
		api.get<Row[]>(`/items/priority_levels${q({ 'filter[criterion][district][_eq]': 'viersen', fields: 'id,criterion,points', sort: 'id', limit: -1 })}`),
	]);
	for (const rating of ratings) {
		const current = levels.find((level) => level['id'] === rating['level']);
		const other = levels.find((level) => level['criterion'] === rating['criterion'] && Number(level['points']) !== Number(current?.['points']));
		if (current && other) {
			return { rating: rating['id'] as Key, measureCode: String((rating['measure'] as Row)['code']), from: current['id'] as Key, to: other['id'] as Key };
		}
	}
	throw new Error('Keine Bewertung in Viersen, deren Stufe sich ändern ließe.');
}

export interface CrossInstanceRead {
	/** B's answer before the edit was cached in the shared cache (the same request as afterwards). */
	bCachedBefore: boolean;
	/** B reads the new level right after A stored the change. */
	levelChangedOnB: boolean;
	/** Scores and ranks B reads right after the edit, against their recomputation from the inputs B reads. */
	bStoredEqualsRecomputed: boolean;
	/** B reads the same scores and ranks as A. */
	bEqualsA: boolean;
	/** The edit moved the changed measure's score (so the check above compares something that changed). */
	scoreChanged: boolean;
	/** The dashboard endpoint on B shows the changed measure's new score. */
	dashboardOnBShowsNewScore: boolean;
}

/**
 * Changes one Viersen rating through instance A and reads at once from instance B, whose
 * shared cache held the answer from before the edit; then restores the rating through A.
 */
export async function checkCrossInstanceRead(a: string, b: string, token: string): Promise<CrossInstanceRead> {
	const onA = createApi(a, token);
	const onB = createApi(b, token);
	const change = await planViersenRatingChange(onA);
	const before = await readViersenPriorities(onB);
	const cacheStatus = await fetch(`${b}/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'id,code,priority_score,priority_rank', limit: -1 })}`, {
		headers: { Authorization: `Bearer ${token}` },
	}).then((response) => response.headers.get('x-cache-status'));
	try {
		await onA.patch(`/items/measure_ratings/${change.rating}`, { level: change.to });
		const level = (await onB.get<Row>(`/items/measure_ratings/${change.rating}?fields=level`))['level'] as Key;
		const afterOnB = await readViersenPriorities(onB);
		const afterOnA = await readViersenPriorities(onA);
		const dashboard = await onB.get<unknown>('/dashboard/districts/viersen').catch(() => null);
		const newScore = afterOnB.recomputed[change.measureCode]?.[0];
		return {
			bCachedBefore: cacheStatus === 'HIT',
			levelChangedOnB: level === change.to,
			bStoredEqualsRecomputed: same(afterOnB.stored, afterOnB.recomputed),
			bEqualsA: same(afterOnB.stored, afterOnA.stored),
			scoreChanged: newScore !== before.recomputed[change.measureCode]?.[0],
			dashboardOnBShowsNewScore: mentionsScore(dashboard, change.measureCode, newScore),
		};
	} finally {
		await onA.patch(`/items/measure_ratings/${change.rating}`, { level: change.from });
	}
}

function same(left: unknown, right: unknown): boolean {
	return JSON.stringify(left) === JSON.stringify(right);
}

/** Whether the dashboard answer lists the measure with this score (wherever the summary puts it). */
function mentionsScore(dashboard: unknown, code: string, score: unknown): boolean {
	const found: boolean[] = [];
	const visit = (node: unknown) => {
		if (Array.isArray(node)) node.forEach(visit);
		else if (node && typeof node === 'object') {
			const row = node as Row;
			if (row['code'] === code && ('priority_score' in row || 'score' in row)) found.push(Number(row['priority_score'] ?? row['score']) === Number(score));
			Object.values(row).forEach(visit);
		}
	};
	visit(dashboard);
	return found.length > 0 && found.every(Boolean);
}
