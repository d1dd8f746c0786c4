import type { RestCommand } from '@directus/sdk';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { createInstanceClient, errorMessage, errorStatus, TOKEN_KEY, type AppSchema, type InstanceClient } from '../api/directus-client';
import { de } from '../i18n/de';
import { fill } from '../lib/format';
import { useInstancesStore } from './instances';

const USER_KEY = 'cockpit-user:';

/** The logins of this browser tab that survived a reload (their tokens are kept beside them). */
function restoreSessions(): Record<string, string> {
	if (typeof sessionStorage === 'undefined') return {};
	const sessions: Record<string, string> = {};
	for (let i = 0; i < sessionStorage.length; i++) {
		const key = sessionStorage.key(i);
		const email = key?.startsWith(USER_KEY) ? sessionStorage.getItem(key) : null;
		if (key && email && sessionStorage.getItem(TOKEN_KEY + key.slice(USER_KEY.length))) sessions[key.slice(USER_KEY.length)] = email;
	}
	return sessions;
}

/**
 * Logins of the Leitung role, one per instance (a district's instance has its own users).
 * Without a login an instance answers for its published districts only. Tokens live in
 * sessionStorage (see api/directus-client.ts); this store knows who is signed in where.
 */
export const useAuthStore = defineStore('auth', () => {
	const instances = useInstancesStore();

	/** Per instance URL, the e-mail address signed in there; other instances are read anonymously. */
	const sessions = ref<Record<string, string>>(restoreSessions());
	/** True while a login request runs, so the dialog can show it and block a second submit. */
	const pending = ref(false);
	/** The reason of the last failed login, in German. */
	const loginError = ref<string | null>(null);
	/** A notice for the reader, e.g. that a session ran out and public data is shown now. */
	const notice = ref<string | null>(null);
	/** Whether the login dialog is open: the header opens it, and so may a page that needs a login. */
	const loginOpen = ref(false);

	const loggedIn = computed(() => Object.keys(sessions.value).length > 0);

	// SDK clients hold timers and token state, not view state, so they stay outside reactivity.
	const clients = new Map<string, InstanceClient>();
	function client(url: string): InstanceClient {
		let existing = clients.get(url);
		if (!existing) {
			existing = createInstanceClient(url);
			clients.set(url, existing);
		}
		return existing;
	}

	function forget(url: string): void {
		const { [url]: _removed, ...rest } = sessions.value;
		sessions.value = rest;
		if (typeof sessionStorage !== 'undefined') sessionStorage.removeItem(USER_KEY + url);
	}

	/** Signs in at one instance; true on success, otherwise `loginError` says why. */
	async function login(url: string, email: string, password: string): Promise<boolean> {
		pending.value = true;
		loginError.value = null;
		try {
			await client(url).login({ email, password });
			sessions.value = { ...sessions.value, [url]: email };
			if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(USER_KEY + url, email);
			notice.value = null;
			return true;
		} catch (error) {
			loginError.value = fill(de.auth.failed, { message: errorMessage(error) });
			return false;
		} finally {
			pending.value = false;
		}
	}

	async function logout(url: string): Promise<void> {
		const instanceClient = client(url);
		try {
			await instanceClient.logout();
		} catch {
			// The server may have dropped the session already; locally it ends either way.
			await instanceClient.setToken(null);
		}
		instanceClient.stopRefreshing();
		forget(url);
	}

	/**
	 * Runs a request against an instance with its login, if any. A session that ran out (401)
	 * falls back to the public view once, with a notice, instead of failing the page.
	 */
	async function request<T>(url: string, command: RestCommand<T, AppSchema>): Promise<T> {
		// The SDK writes the Authorization header into the command's options; a fresh copy per
		// attempt keeps a retry from sending the expired token again.
		const fresh: RestCommand<T, AppSchema> = () => {
			const options = command();
			return { ...options, headers: { ...(options.headers ?? {}) } };
		};
		try {
			return await client(url).request(fresh);
		} catch (error) {
			if (errorStatus(error) !== 401 || !(url in sessions.value)) throw error;
			client(url).stopRefreshing();
			await client(url).setToken(null);
			forget(url);
			notice.value = fill(de.auth.expired, { label: instances.labelOf(url) });
			return client(url).request(fresh);
		}
	}

	return { sessions, pending, loginError, notice, loginOpen, loggedIn, login, logout, request };
});
