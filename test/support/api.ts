import { inject } from 'vitest';
import { createApi, loginApi, type DirectusApi } from '../../scripts/lib/directus-api';

export const directus = () => inject('directus');

export function asAdmin(): Promise<DirectusApi> {
	const { url, admin } = directus();
	return loginApi(url, admin.email, admin.password);
}

export function asRedaktion(): Promise<DirectusApi> {
	return loginApi(directus().url, 'redaktion@example.com', 'redaktion');
}

export function asLeitung(): Promise<DirectusApi> {
	return loginApi(directus().url, 'leitung@example.com', 'leitung');
}

export function anonymous(): DirectusApi {
	return createApi(directus().url, null);
}

/** The HTTP status and the first error message of a request that is expected to fail. */
export async function failure(request: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await request;
	} catch (error) {
		const { status, body } = error as { status: number; body: { errors?: { message: string }[] } };
		return { status, message: body?.errors?.[0]?.message ?? '' };
	}
	throw new Error('Die Anfrage hätte scheitern sollen, ist aber gelungen.');
}

export const q = (params: Record<string, string | number>) =>
	'?' + Object.entries(params).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join('&');
