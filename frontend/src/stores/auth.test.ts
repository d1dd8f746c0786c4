// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardRequests } from '../api/dashboard-api';
import { fakeDirectus, loginReply } from '../testing/fake-directus';
import { useAuthStore } from './auth';
import { useInstancesStore } from './instances';

const url = 'http://127.0.0.1:8055';

describe('useAuthStore', () => {
	beforeEach(async () => {
		sessionStorage.clear();
		setActivePinia(createPinia());
		vi.stubEnv('VITE_DIRECTUS_URLS', url);
		await useInstancesStore().load();
	});
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.unstubAllGlobals();
	});

	it('signs in at an instance and sends the token with later requests', async () => {
		const { calls } = fakeDirectus({ [`POST ${url}/auth/login`]: loginReply('t1'), [`GET ${url}/dashboard/districts`]: { body: { data: [] } } });
		const auth = useAuthStore();
		const ok = await auth.login(url, 'leitung@example.com', 'leitung');
		await auth.request(url, dashboardRequests.districts());
		expect({ ok, sessions: auth.sessions, login: calls[0]?.body, token: calls[1]?.token }).toEqual({
			ok: true,
			sessions: { [url]: 'leitung@example.com' },
			login: { email: 'leitung@example.com', password: 'leitung', mode: 'json' },
			token: 't1',
		});
	});

	it('keeps the error message of a failed login and stays anonymous', async () => {
		fakeDirectus({ [`POST ${url}/auth/login`]: { status: 401, body: { errors: [{ message: 'Invalid user credentials.' }] } } });
		const auth = useAuthStore();
		const ok = await auth.login(url, 'leitung@example.com', 'falsch');
		expect({ ok, sessions: auth.sessions, error: auth.loginError }).toEqual({
			ok: false,
			sessions: {},
			error: 'Die Anmeldung ist fehlgeschlagen: Invalid user credentials.',
		});
	});

	it('restores a login after a reload of the tab', async () => {
		fakeDirectus({ [`POST ${url}/auth/login`]: loginReply('t1') });
		await useAuthStore().login(url, 'leitung@example.com', 'leitung');
		setActivePinia(createPinia());
		expect(useAuthStore().sessions).toEqual({ [url]: 'leitung@example.com' });
	});

	it('falls back to the public view once when the session ran out, and says so', async () => {
		const { calls } = fakeDirectus({
			[`POST ${url}/auth/login`]: loginReply('t1'),
			[`GET ${url}/dashboard/districts`]: (call) => (call.token ? { status: 401, body: { errors: [{ message: 'Token expired.' }] } } : { body: { data: [] } }),
		});
		const auth = useAuthStore();
		await auth.login(url, 'leitung@example.com', 'leitung');
		const cards = await auth.request(url, dashboardRequests.districts());
		expect({ cards, tokens: calls.slice(1).map((c) => c.token), sessions: auth.sessions, notice: auth.notice }).toEqual({
			cards: [],
			tokens: ['t1', null],
			sessions: {},
			notice: 'Ihre Anmeldung bei „127.0.0.1:8055“ ist abgelaufen. Sie sehen jetzt die veröffentlichten Daten.',
		});
	});

	it('signs out and reads anonymously afterwards', async () => {
		const { calls } = fakeDirectus({ [`POST ${url}/auth/login`]: loginReply('t1'), [`POST ${url}/auth/logout`]: { status: 204, body: {} }, [`GET ${url}/dashboard/districts`]: { body: { data: [] } } });
		const auth = useAuthStore();
		await auth.login(url, 'leitung@example.com', 'leitung');
		await auth.logout(url);
		await auth.request(url, dashboardRequests.districts());
		expect({ sessions: auth.sessions, token: calls.at(-1)?.token, stored: sessionStorage.length }).toEqual({ sessions: {}, token: null, stored: 0 });
	});
});
