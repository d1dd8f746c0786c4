/**
 * Computed values over HTTP against the real hook: Viersen's matrix reproduces the document,
 * and a district configured through the API keeps computing right under live changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCompetitionRanks } from '@cockpit/shared';
import type { DirectusApi } from '../scripts/lib/directus-api';
import { readSeedFile } from '../seed/read-seed-files';
import { asAdmin, asRedaktion, q } from './support/api';
import { driftOf } from './support/drift';

type Row = Record<string, unknown>;

describe('Kreis Viersen', () => {
	it('computes the 46 scores of the document\'s "Gesamt" column', async () => {
		const printed = Object.fromEntries(readSeedFile('viersen').measures.map((m) => [m.code, m.document_score]));
		const api = await asAdmin();
		const measures = await api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'code,priority_score', limit: -1 })}`);
		const computed = Object.fromEntries(measures.map((m) => [m['code'], m['priority_score']]));
		expect(computed).toEqual(printed);
	});

	it('ranks them as the document orders them, ties sharing a rank', async () => {
		const seed = readSeedFile('viersen').measures;
		const expected = computeCompetitionRanks(seed.map((m) => ({ id: m.code, score: m.document_score })));
		const api = await asAdmin();
		const measures = await api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'code,priority_rank', limit: -1 })}`);
		expect(Object.fromEntries(measures.map((m) => [m['code'], m['priority_rank']]))).toEqual(Object.fromEntries(expected));
	});
});

describe('a district that configures its own matrix through the API', () => {
	const district = 'testkreis-matrix';
	let api: DirectusApi;
	const ids: Record<string, string> = {};

	async function priorities(): Promise<Record<string, [unknown, unknown]>> {
		const rows = await api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': district, fields: 'code,priority_score,priority_rank', limit: -1 })}`);
		return Object.fromEntries(rows.map((r) => [r['code'], [r['priority_score'], r['priority_rank']]]));
	}

	beforeAll(async () => {
		api = await asRedaktion();
		const admin = await asAdmin();
		await admin.post('/items/districts', { id: district, name: 'Testkreis Matrix', state: 'Nordrhein-Westfalen' });
		for (const code of ['m1', 'm2', 'm3']) {
			ids[code] = (await api.post<Row>('/items/measures', { district, code, title: `Maßnahme ${code}`, theme: 'organisation' }))['id'] as string;
		}
		ids['A'] = (await api.post<Row>('/items/priority_criteria', { district, name: 'Nutzen', weight: 3 }))['id'] as string;
		ids['B'] = (await api.post<Row>('/items/priority_criteria', { district, name: 'Machbarkeit', weight: 1 }))['id'] as string;
		const levels = await api.post<Row[]>('/items/priority_levels', [
			{ criterion: ids['A'], label: 'gut', points: 2 },
			{ criterion: ids['A'], label: 'schlecht', points: 0 },
			{ criterion: ids['B'], label: 'ja', points: 5 },
			{ criterion: ids['B'], label: 'nein', points: 1 },
		]);
		for (const level of levels) ids[String(level['label'])] = level['id'] as string;
		const rate = (measure: string, criterion: string, level: string) => ({ measure: ids[measure], criterion: ids[criterion], level: ids[level] });
		// A batch answers in its own order, so ratings are found by measure and criterion.
		const ratings = await api.post<Row[]>('/items/measure_ratings', [
			rate('m1', 'A', 'gut'),
			rate('m1', 'B', 'ja'),
			rate('m2', 'A', 'schlecht'),
			rate('m2', 'B', 'ja'),
			rate('m3', 'A', 'gut'),
			rate('m3', 'B', 'nein'),
		]);
		for (const rating of ratings) {
			const measure = Object.keys(ids).find((key) => ids[key] === rating['measure']);
			const criterion = Object.keys(ids).find((key) => ids[key] === rating['criterion']);
			ids[`${measure}/${criterion}`] = rating['id'] as string;
		}
	});

	afterAll(async () => {
		const admin = await asAdmin();
		await admin.delete(`/items/districts/${district}`);
	});

	it('computes Σ(weight × points) / Σ(weight) and ranks the result', async () => {
		// m1: (3·2 + 1·5) / 4 = 2.75; m2: (3·0 + 1·5) / 4 = 1.25; m3: (3·2 + 1·1) / 4 = 1.75
		expect(await priorities()).toEqual({ m1: [2.75, 1], m2: [1.25, 3], m3: [1.75, 2] });
	});

	it('recomputes every measure when a weight changes', async () => {
		await api.patch(`/items/priority_criteria/${ids['B']}`, { weight: 3 });
		// m1: (6 + 15) / 6 = 3.5; m2: (0 + 15) / 6 = 2.5; m3: (6 + 3) / 6 = 1.5
		expect(await priorities()).toEqual({ m1: [3.5, 1], m2: [2.5, 2], m3: [1.5, 3] });
	});

	it('recomputes when the points of a level change, ties sharing a rank', async () => {
		await api.patch(`/items/priority_levels/${ids['ja']}`, { points: 1 });
		// m1: (6 + 3) / 6 = 1.5; m2: (0 + 3) / 6 = 0.5; m3: 1.5
		expect(await priorities()).toEqual({ m1: [1.5, 1], m2: [0.5, 3], m3: [1.5, 1] });
	});

	it('recomputes when a rating changes', async () => {
		await api.patch(`/items/measure_ratings/${ids['m2/A']}`, { level: ids['gut'] });
		expect(await priorities()).toEqual({ m1: [1.5, 1], m2: [1.5, 1], m3: [1.5, 1] });
	});

	it('leaves every score empty while a new criterion is unrated, and recomputes when it is removed', async () => {
		const added = await api.post<Row>('/items/priority_criteria', { district, name: 'Dringlichkeit', weight: 2 });
		const whileUnrated = await priorities();
		await api.delete(`/items/priority_criteria/${added['id']}`);
		expect({ whileUnrated, afterRemoval: await priorities() }).toEqual({
			whileUnrated: { m1: [null, null], m2: [null, null], m3: [null, null] },
			afterRemoval: { m1: [1.5, 1], m2: [1.5, 1], m3: [1.5, 1] },
		});
	});

	it('empties the score of a measure whose rating is deleted, and moves the others up', async () => {
		await api.delete(`/items/measure_ratings/${ids['m3/B']}`);
		expect(await priorities()).toEqual({ m1: [1.5, 1], m2: [1.5, 1], m3: [null, null] });
	});

	it('never keeps a computed value a client sends', async () => {
		await api.patch(`/items/measures/${ids['m1']}`, { priority_score: 99, priority_rank: 42, progress_percent: 77 });
		const stored = await api.get<Row>(`/items/measures/${ids['m1']}?fields=priority_score,priority_rank,progress_percent`);
		expect(stored).toEqual({ priority_score: 1.5, priority_rank: 1, progress_percent: null });
	});
});

describe('progress and attainment', () => {
	it('computes the progress percent against the completion mark, capped at the mark', async () => {
		const api = await asRedaktion();
		const measure = await api.post<Row>('/items/measures', { district: 'friesland', title: 'Fortschrittstest', theme: 'organisation', progress_current: 4, progress_target: 8 });
		const atMark = await api.patch<Row>(`/items/measures/${measure['id']}`, { progress_current: 8 });
		const lowerMark = await api.patch<Row>(`/items/measures/${measure['id']}`, { progress_target: 16 });
		await api.delete(`/items/measures/${measure['id']}`);
		expect([measure['progress_percent'], atMark['progress_percent'], lowerMark['progress_percent']]).toEqual([50, 100, 50]);
	});

	it('computes the attainment of "at least" and "at most" goals', async () => {
		const api = await asRedaktion();
		const goals = await api.post<Row[]>('/items/annual_goals', [
			{ district: 'paderborn', year: 2024, title: 'Mindestens 12 Fachämter', target_value: 12, actual_value: 9, direction: 'at_least' },
			{ district: 'paderborn', year: 2024, title: 'Höchstens 0,8 Arbeitsplätze je Mitarbeitendem', target_value: 0.8, actual_value: 1, direction: 'at_most' },
			{ district: 'paderborn', year: 2024, title: 'Noch ohne Istwert', target_value: 10, actual_value: null, direction: 'at_least' },
		]);
		await Promise.all(goals.map((goal) => api.delete(`/items/annual_goals/${goal['id']}`)));
		expect(Object.fromEntries(goals.map((goal) => [goal['title'], goal['attainment_percent']]))).toEqual({
			'Mindestens 12 Fachämter': 75,
			'Höchstens 0,8 Arbeitsplätze je Mitarbeitendem': 80,
			'Noch ohne Istwert': null,
		});
	});

	it('computes no attainment for a goal whose direction is not stated, and the integrity check agrees', async () => {
		const api = await asRedaktion();
		const admin = await asAdmin();
		const goal = await api.post<Row>('/items/annual_goals', { district: 'paderborn', year: 2024, title: 'Ohne Richtung', target_value: 10, actual_value: 5, direction: 'at_least' });
		const cleared = await api.patch<Row>(`/items/annual_goals/${goal['id']}`, { direction: null });
		const stored = await admin.get<Row>(`/items/annual_goals/${goal['id']}?fields=direction,attainment_percent`);
		const drift = await driftOf(admin, 'paderborn');
		const again = await api.patch<Row>(`/items/annual_goals/${goal['id']}`, { direction: 'at_most' });
		await api.delete(`/items/annual_goals/${goal['id']}`);
		expect({ before: goal['attainment_percent'], cleared: cleared['attainment_percent'], stored, drift, again: again['attainment_percent'] }).toEqual({
			before: 50,
			cleared: null,
			stored: { direction: null, attainment_percent: null },
			drift: [],
			again: 100,
		});
	});
});
