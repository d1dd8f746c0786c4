/**
 * Computed values under concurrent edits: bursts of at least 40 requests at once (ratings,
 * weights, points, progress and annual goals mixed, several rounds) against a copy of
 * Viersen's matrix. Once a burst has settled, every computed value must equal its
 * recomputation from the stored inputs, and no request may have failed with a 5xx. On
 * PostgreSQL the bursts are spread over two Directus instances sharing the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFile } from '../seed/read-seed-files';
import { createApi, DirectusApiError, login, type DirectusApi } from '../scripts/lib/directus-api';
import type { RunningDirectus } from '../scripts/lib/directus-process';
import { startSiblingDirectus } from '../scripts/lib/temporary-instance';
import { asAdmin, directus } from './support/api';
import { driftOf } from './support/drift';

type Row = Record<string, unknown>;

const district = 'testkreis-last';
const BURST = 40;

/** A small deterministic random source, so a failing round can be replayed. */
function randomSource(seed: number): (n: number) => number {
	let state = seed;
	return (n) => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state % n;
	};
}

describe('computed values under concurrent edits', () => {
	let admin: DirectusApi;
	/** Redaktion sessions, one per instance; a burst alternates between them. */
	const editors: DirectusApi[] = [];
	let second: RunningDirectus | null = null;
	const measures: string[] = [];
	const criteria: { id: string; levels: string[] }[] = [];
	const ratings: { id: string; criterion: number }[] = [];
	const goals: string[] = [];
	const random = randomSource(20_211);

	beforeAll(async () => {
		admin = await asAdmin();
		const { url, env, database } = directus();
		const urls = [url];
		if (database === 'pg') {
			second = await startSiblingDirectus(env);
			urls.push(second.url);
		}
		for (const instance of urls) editors.push(createApi(instance, await login(instance, 'redaktion@example.com', 'redaktion')));

		// Viersen's matrix as the document has it: 46 measures, 5 weighted criteria, 230 ratings.
		const viersen = readSeedFile('viersen');
		const api = editors[0]!;
		await admin.post('/items/districts', { id: district, name: 'Testkreis Last', state: 'Nordrhein-Westfalen' });
		const createdMeasures = await api.post<Row[]>(
			'/items/measures',
			viersen.measures.map((m) => ({ district, code: m.code, title: m.title, theme: m.theme, progress_current: 2, progress_target: 10 })),
		);
		// A batch answers in its own order, so created items are found by code, label or criterion.
		const idOfCode = new Map(createdMeasures.map((m) => [String(m['code']), String(m['id'])]));
		const measureOfKey = new Map(viersen.measures.map((m) => [m.key, idOfCode.get(String(m.code))!]));
		measures.push(...measureOfKey.values());
		const levelOf = new Map<string, string>();
		for (const criterion of viersen.priority_criteria) {
			const created = await api.post<Row>('/items/priority_criteria', { district, name: criterion.name, weight: criterion.weight });
			const levels = await api.post<Row[]>('/items/priority_levels', criterion.levels.map((l) => ({ criterion: created['id'], label: l.label, points: l.points })));
			for (const l of criterion.levels) levelOf.set(`${criterion.key}/${l.key}`, String(levels.find((level) => level['label'] === l.label)!['id']));
			criteria.push({ id: String(created['id']), levels: levels.map((l) => String(l['id'])) });
		}
		const criterionIndex = new Map(viersen.priority_criteria.map((c, i) => [c.key, i]));
		const createdRatings = await api.post<Row[]>(
			'/items/measure_ratings',
			viersen.ratings.map((r) => ({
				measure: measureOfKey.get(r.measure),
				criterion: criteria[criterionIndex.get(r.criterion)!]!.id,
				level: levelOf.get(`${r.criterion}/${r.level}`),
			})),
		);
		for (const rating of createdRatings) {
			ratings.push({ id: String(rating['id']), criterion: criteria.findIndex((c) => c.id === String(rating['criterion'])) });
		}
		const createdGoals = await api.post<Row[]>(
			'/items/annual_goals',
			Array.from({ length: 6 }, (_, i) => ({ district, year: 2024, title: `Jahresziel ${i + 1}`, target_value: 10, actual_value: 5, direction: i % 2 ? 'at_most' : 'at_least' })),
		);
		goals.push(...createdGoals.map((g) => String(g['id'])));
	}, 300_000);

	afterAll(async () => {
		await admin?.delete(`/items/districts/${district}`).catch(() => {});
		await second?.stop();
	});

	/** Sends all requests at once and returns the statuses; 4xx is a fair answer, 5xx is not. */
	async function burst(requests: ((api: DirectusApi) => Promise<unknown>)[]): Promise<number[]> {
		return Promise.all(
			requests.map((send, i) =>
				send(editors[i % editors.length]!).then(
					() => 200,
					(error: unknown) => (error instanceof DirectusApiError ? error.status : 599),
				),
			),
		);
	}

	const rerate = () => {
		const rating = ratings[random(ratings.length)]!;
		const levels = criteria[rating.criterion]!.levels;
		const level = levels[random(levels.length)]!;
		return (api: DirectusApi) => api.patch(`/items/measure_ratings/${rating.id}`, { level });
	};
	const reweigh = () => {
		const criterion = criteria[random(criteria.length)]!;
		const weight = 5 + random(40);
		return (api: DirectusApi) => api.patch(`/items/priority_criteria/${criterion.id}`, { weight });
	};
	const repoint = () => {
		const criterion = criteria[random(criteria.length)]!;
		const level = criterion.levels[random(criterion.levels.length)]!;
		const points = random(5);
		return (api: DirectusApi) => api.patch(`/items/priority_levels/${level}`, { points });
	};
	// Value and mark of the same few measures and goals change at once: each request alone is
	// valid, so the percent must follow whichever pair of values is stored last.
	const progress = () => {
		const measure = measures[random(4)]!;
		const body = random(2) ? { progress_current: random(9) } : { progress_target: 9 + random(3) };
		return (api: DirectusApi) => api.patch(`/items/measures/${measure}`, body);
	};
	const attainment = () => {
		const goal = goals[random(goals.length)]!;
		const body = random(2) ? { actual_value: random(20) } : { target_value: 1 + random(15) };
		return (api: DirectusApi) => api.patch(`/items/annual_goals/${goal}`, body);
	};

	it.each([1, 2, 3])('ratings only, round %i: no drift and no 5xx', async () => {
		const statuses = await burst(Array.from({ length: BURST }, rerate));
		expect({ serverErrors: statuses.filter((s) => s >= 500).length, drift: await driftOf(admin, district) }).toEqual({ serverErrors: 0, drift: [] });
	});

	it.each([1, 2, 3])('weights, points and ratings mixed, round %i: no drift and no 5xx', async () => {
		const makers = [rerate, rerate, rerate, reweigh, repoint];
		const statuses = await burst(Array.from({ length: BURST }, (_, i) => makers[i % makers.length]!()));
		expect({ serverErrors: statuses.filter((s) => s >= 500).length, drift: await driftOf(admin, district) }).toEqual({ serverErrors: 0, drift: [] });
	});

	it('progress and annual goals beside ratings: no drift and no 5xx', async () => {
		const makers = [progress, attainment, rerate, reweigh];
		const statuses = await burst(Array.from({ length: BURST + 20 }, (_, i) => makers[i % makers.length]!()));
		expect({ serverErrors: statuses.filter((s) => s >= 500).length, drift: await driftOf(admin, district) }).toEqual({ serverErrors: 0, drift: [] });
	});

	it('reads the recomputed ranking right after a save, on the instance that saved it', async () => {
		const rating = ratings[0]!;
		const levels = criteria[rating.criterion]!.levels;
		const api = editors[editors.length - 1]!;
		for (const level of levels) {
			await api.patch(`/items/measure_ratings/${rating.id}`, { level });
			expect(await driftOf(api, district)).toEqual([]);
		}
	});
});
