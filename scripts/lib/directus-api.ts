/**
 * A minimal REST client for the setup scripts and tests: JSON in, JSON out, and Directus'
 * error message in the thrown error so that a failed step says what went wrong.
 */
export class DirectusApiError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
		method: string,
		path: string,
	) {
		super(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
	}
}

export interface DirectusApi {
	readonly url: string;
	request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
	get<T = unknown>(path: string): Promise<T>;
	post<T = unknown>(path: string, body: unknown): Promise<T>;
	patch<T = unknown>(path: string, body: unknown): Promise<T>;
	delete(path: string): Promise<void>;
}

export function createApi(url: string, token: string | null): DirectusApi {
	async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(url + path, {
			method,
			headers: {
				...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
				...(token ? { Authorization: `Bearer ${token}` } : {}),
			},
			body: body !== undefined ? JSON.stringify(body) : undefined,
		});
		const text = await response.text();
		const parsed: unknown = text ? JSON.parse(text) : null;
		if (!response.ok) throw new DirectusApiError(response.status, parsed, method, path);
		return (parsed as { data: T } | null)?.data as T;
	}
	return {
		url,
		request,
		get: (path) => request('GET', path),
		post: (path, body) => request('POST', path, body),
		patch: (path, body) => request('PATCH', path, body),
		delete: async (path) => {
			await request('DELETE', path);
		},
	};
}

export async function login(url: string, email: string, password: string): Promise<string> {
	const data = await createApi(url, null).post<{ access_token: string }>('/auth/login', { email, password });
	return data.access_token;
}

export async function loginApi(url: string, email: string, password: string): Promise<DirectusApi> {
	return createApi(url, await login(url, email, password));
}
