import { authentication, createDirectus, rest, type AuthenticationData, type AuthenticationStorage } from '@directus/sdk';
import { de } from '../i18n/de';

/**
 * The app reads no collection directly, only the dashboard endpoints of the cockpit extension,
 * so the schema it hands the SDK lists no collections.
 */
export type AppSchema = Record<string, never>;

export const TOKEN_KEY = 'cockpit-auth:';

/** sessionStorage when there is one (a browser tab), memory otherwise (tests, private modes). */
function sessionStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
	try {
		if (typeof sessionStorage !== 'undefined') return sessionStorage;
	} catch {
		// Some privacy settings throw on access; the login then lasts until the tab reloads.
	}
	const memory = new Map<string, string>();
	return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}

/**
 * Keeps an instance's tokens for the lifetime of the browser tab: a reload keeps the login,
 * closing the tab ends it, and no token ever reaches localStorage.
 */
export function sessionTokenStorage(url: string): AuthenticationStorage {
	const store = sessionStore();
	const key = TOKEN_KEY + url;
	return {
		get: () => {
			const raw = store.getItem(key);
			return raw ? (JSON.parse(raw) as AuthenticationData) : null;
		},
		set: (value) => (value?.access_token ? store.setItem(key, JSON.stringify(value)) : store.removeItem(key)),
	};
}

/** One SDK client per Directus instance: JSON-mode login, refreshed automatically. */
export function createInstanceClient(url: string) {
	return (
		createDirectus<AppSchema>(url, {
			// Resolved at call time, so tests can stub fetch after the SDK was imported.
			globals: { fetch: (input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init) },
		})
			.with(authentication('json', { storage: sessionTokenStorage(url), autoRefresh: true }))
			.with(rest())
	);
}

export type InstanceClient = ReturnType<typeof createInstanceClient>;

/** The HTTP status of a failed SDK request, null for network failures. */
export function errorStatus(error: unknown): number | null {
	const response = (error as { response?: { status?: unknown } } | null)?.response;
	return typeof response?.status === 'number' ? response.status : null;
}

/**
 * A message for the reader: the API's own (German) message where it sent one, otherwise what
 * went wrong in plain words.
 */
export function errorMessage(error: unknown): string {
	const fallback = { network: de.common.networkError, unknown: de.common.unknownError };
	const errors = (error as { errors?: unknown } | null)?.errors;
	if (Array.isArray(errors)) {
		const first = errors[0] as { message?: unknown } | undefined;
		if (typeof first?.message === 'string' && first.message) return first.message;
	}
	if (error instanceof TypeError) return fallback.network;
	if (error instanceof Error && error.message) return error.message;
	return fallback.unknown;
}
