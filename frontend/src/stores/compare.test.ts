// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INSTANCE_A as a, INSTANCE_B as b, withInstances } from '../testing/with-instances';
import { fakeDirectus } from '../testing/fake-directus';
import { compareRow, dashboard, header, themeMetrics } from '@cockpit/shared/testing';
import { useCompareStore } from './compare';

const friesland = header({ id: 'friesland', name: 'Landkreis Friesland' });
const unna = header({ id: 'unna', name: 'Kreis Unna' });

describe('useCompareStore', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.unstubAllGlobals();
	});

	it('asks the compare endpoint for two districts of one instance', async () => {
		const { calls } = fakeDirectus({
			[`GET ${a}/dashboard/compare?districts=friesland%2Cunna`]: {
				body: { data: { themes: [], districts: [compareRow({ district: unna, meanProgress: null }), compareRow({ district: friesland, meanProgress: 41.5 })] } },
			},
		});
		const store = await withInstances([a], useCompareStore);
		await store.load([
			{ instance: a, id: 'friesland' },
			{ instance: a, id: 'unna' },
		]);
		expect({ rows: store.view?.rows.map((r) => [r.district.name, r.meanProgress]), calls: calls.map((c) => c.url) }).toEqual({
			rows: [
				['Landkreis Friesland', 41.5],
				['Kreis Unna', null],
			],
			calls: [`${a}/dashboard/compare?districts=friesland%2Cunna`],
		});
	});

	it('compares districts of two instances through their district endpoints and merges them', async () => {
		const dms = themeMetrics('e-akte-dms', 'E-Akte und DMS', { measureCount: 2 });
		fakeDirectus({
			[`GET ${a}/dashboard/districts/friesland`]: { body: { data: dashboard({ district: friesland, meanProgress: 41.5, themes: [dms] }) } },
			[`GET ${b}/dashboard/districts/unna`]: { body: { data: dashboard({ district: unna }) } },
		});
		const store = await withInstances([a, b], useCompareStore);
		await store.load([
			{ instance: a, id: 'friesland' },
			{ instance: b, id: 'unna' },
		]);
		expect({
			themes: store.view?.themes,
			rows: store.view?.rows.map((r) => [r.key, r.meanProgress, r.byTheme['e-akte-dms']?.measureCount ?? null]),
			errors: store.errors,
		}).toEqual({
			themes: [{ id: 'e-akte-dms', name: 'E-Akte und DMS' }],
			rows: [
				[`${a}#friesland`, 41.5, 2],
				[`${b}#unna`, null, null],
			],
			errors: [],
		});
	});

	it('keeps the districts of answering instances when another instance fails', async () => {
		fakeDirectus({ [`GET ${a}/dashboard/districts/friesland`]: { body: { data: dashboard({ district: friesland }) } } });
		const store = await withInstances([a, b], useCompareStore);
		await store.load([
			{ instance: a, id: 'friesland' },
			{ instance: b, id: 'unna' },
		]);
		expect({ rows: store.view?.rows.map((r) => r.key), errors: store.errors }).toEqual({
			rows: [`${a}#friesland`],
			errors: ['Die Datenquelle „localhost:8055“ antwortet nicht: Route http://localhost:8055/dashboard/districts/unna doesn\'t exist.'],
		});
	});
});
