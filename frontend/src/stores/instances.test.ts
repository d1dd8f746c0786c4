// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDirectus } from '../testing/fake-directus';
import { useInstancesStore } from './instances';

describe('useInstancesStore', () => {
	beforeEach(() => setActivePinia(createPinia()));
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.unstubAllGlobals();
	});

	it('takes VITE_DIRECTUS_URLS over config.json', async () => {
		vi.stubEnv('VITE_DIRECTUS_URLS', 'http://127.0.0.1:8055,http://localhost:8055');
		const { calls } = fakeDirectus({});
		const store = useInstancesStore();
		await store.load();
		expect({ instances: store.instances, state: store.state, calls: calls.length }).toEqual({
			instances: [
				{ url: 'http://127.0.0.1:8055', label: '127.0.0.1:8055' },
				{ url: 'http://localhost:8055', label: 'localhost:8055' },
			],
			state: 'ready',
			calls: 0,
		});
	});

	it('reads config.json once when no URLs are set, however often it is asked', async () => {
		vi.stubEnv('VITE_DIRECTUS_URLS', '');
		const { calls } = fakeDirectus({ 'GET /config.json': { body: { instances: [{ url: 'http://127.0.0.1:8055', label: 'Lokal' }] } } });
		const store = useInstancesStore();
		await Promise.all([store.load(), store.load()]);
		expect({ instances: store.instances, calls: calls.length }).toEqual({ instances: [{ url: 'http://127.0.0.1:8055', label: 'Lokal' }], calls: 1 });
	});

	it('reports a missing config.json in German', async () => {
		vi.stubEnv('VITE_DIRECTUS_URLS', '');
		fakeDirectus({});
		const store = useInstancesStore();
		await store.load();
		expect({ state: store.state, error: store.error }).toEqual({ state: 'error', error: 'config.json antwortet mit HTTP 404.' });
	});
});
