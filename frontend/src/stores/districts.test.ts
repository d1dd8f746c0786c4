// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INSTANCE_A as a, INSTANCE_B as b, withInstances } from '../testing/with-instances';
import { fakeDirectus, loginReply } from '../testing/fake-directus';
import { card, dashboard, header } from '@cockpit/shared/testing';
import { useAuthStore } from './auth';
import { useDistrictsStore } from './districts';

describe('useDistrictsStore', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.unstubAllGlobals();
	});

	it('merges the cards of all instances by name (Landkreis Friesland under F) and keys them by instance and id', async () => {
		fakeDirectus({
			[`GET ${a}/dashboard/districts`]: { body: { data: [card({ district: header({ id: 'viersen', name: 'Kreis Viersen' }) }), card({ district: header({ id: 'friesland', name: 'Landkreis Friesland' }) })] } },
			[`GET ${b}/dashboard/districts`]: { body: { data: [card({ district: header({ id: 'friesland', name: 'Landkreis Friesland' }) })] } },
		});
		const store = await withInstances([a, b], useDistrictsStore);
		await store.loadCards();
		expect(store.cards.map((c) => [c.key, c.instanceLabel, store.routeId(c.ref)])).toEqual([
			[`${a}#friesland`, '127.0.0.1:8055', 'friesland@127.0.0.1:8055'],
			[`${b}#friesland`, 'localhost:8055', 'friesland@localhost:8055'],
			[`${a}#viersen`, '127.0.0.1:8055', 'viersen'],
		]);
	});

	it('still shows the cards of the other instances when one fails, and says which failed', async () => {
		fakeDirectus({ [`GET ${a}/dashboard/districts`]: { body: { data: [card()] } }, [`GET ${b}/dashboard/districts`]: { status: 503, body: { errors: [{ message: 'Dienst nicht verfügbar' }] } } });
		const store = await withInstances([a, b], useDistrictsStore);
		await store.loadCards();
		expect({ cards: store.cards.length, errors: store.cardErrors }).toEqual({ cards: 1, errors: { [b]: 'Dienst nicht verfügbar' } });
	});

	it('fetches a dashboard once and serves it from memory afterwards', async () => {
		const friesland = dashboard();
		const { calls } = fakeDirectus({ [`GET ${a}/dashboard/districts/friesland`]: { body: { data: friesland } } });
		const store = await withInstances([a], useDistrictsStore);
		await Promise.all([store.loadDashboard({ instance: a, id: 'friesland' }), store.loadDashboard({ instance: a, id: 'friesland' })]);
		await store.loadDashboard({ instance: a, id: 'friesland' });
		expect({ dashboard: store.dashboards[`${a}#friesland`], calls: calls.length }).toEqual({ dashboard: friesland, calls: 1 });
	});

	it('records the German message of a district the API does not find', async () => {
		fakeDirectus({ [`GET ${a}/dashboard/districts/atlantis`]: { status: 404, body: { errors: [{ message: 'Den Kreis „atlantis“ gibt es nicht.' }] } } });
		const store = await withInstances([a], useDistrictsStore);
		const result = await store.loadDashboard({ instance: a, id: 'atlantis' });
		expect({ result, error: store.dashboardErrors[`${a}#atlantis`] }).toEqual({ result: null, error: { status: 404, message: 'Den Kreis „atlantis“ gibt es nicht.' } });
	});

	it('finds the instance of a plain URL id from the cards when several instances are configured', async () => {
		fakeDirectus({ [`GET ${a}/dashboard/districts`]: { body: { data: [] } }, [`GET ${b}/dashboard/districts`]: { body: { data: [card({ district: header({ id: 'unna' }) })] } } });
		const store = await withInstances([a, b], useDistrictsStore);
		expect(await store.resolve('unna')).toEqual({ instance: b, id: 'unna' });
	});

	it('forgets what it fetched when the reader signs in, since more districts may be visible', async () => {
		fakeDirectus({ [`GET ${a}/dashboard/districts`]: { body: { data: [card()] } }, [`POST ${a}/auth/login`]: loginReply('t1') });
		const store = await withInstances([a], useDistrictsStore);
		await store.loadCards();
		await useAuthStore().login(a, 'leitung@example.com', 'leitung');
		await Promise.resolve();
		expect({ cards: store.cards, loaded: store.cardsLoaded }).toEqual({ cards: [], loaded: false });
	});
});
