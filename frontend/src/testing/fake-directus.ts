import { vi } from 'vitest';

/** A recorded request: method, full URL and the bearer token it carried (null without login). */
export interface FakeCall {
	method: string;
	url: string;
	token: string | null;
	body: unknown;
}

export type FakeReply = { status?: number; body: unknown } | ((call: FakeCall) => { status?: number; body: unknown });

/**
 * Stands in for Directus instances in store tests: routes "METHOD url" to a JSON reply and
 * records every call, so a test can check what the store asked with which login.
 */
export function fakeDirectus(routes: Record<string, FakeReply>) {
	const calls: FakeCall[] = [];
	const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		const method = (init?.method ?? 'GET').toUpperCase();
		const headers = (init?.headers ?? {}) as Record<string, string>;
		const token = headers['Authorization']?.replace(/^Bearer /, '') ?? null;
		const call = { method, url, token, body: typeof init?.body === 'string' ? JSON.parse(init.body) : null };
		calls.push(call);
		const route = routes[`${method} ${url}`];
		const reply = typeof route === 'function' ? route(call) : (route ?? { status: 404, body: { errors: [{ message: `Route ${url} doesn't exist.` }] } });
		return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'Content-Type': 'application/json' } });
	});
	vi.stubGlobal('fetch', fetch);
	return { fetch, calls };
}

/** A login answer as Directus gives it in JSON mode. */
export function loginReply(token: string) {
	return { body: { data: { access_token: token, refresh_token: `refresh-${token}`, expires: 900_000 } } };
}
