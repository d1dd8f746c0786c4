/**
 * The login limit per address (extensions/cockpit-guard): an address that keeps failing gets
 * HTTP 429 long before Directus' own counter (25 per account) suspends the account it tries.
 * The test instance trusts X-Forwarded-For from loopback, so each test plays its own
 * addresses (documentation range 203.0.113.0/24) and never blocks 127.0.0.1 for other files.
 */
import { describe, expect, it } from 'vitest';
import { createApi } from '../scripts/lib/directus-api';
import { directus } from './support/api';

const LIMIT = 10; // the default: COCKPIT_LOGIN_LIMIT is not set in the test instance

async function login(from: string, email: string, password: string): Promise<{ status: number; retryAfter: string | null; message: string }> {
	const response = await fetch(`${directus().url}/auth/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
		body: JSON.stringify({ email, password }),
	});
	const body = (await response.json()) as { errors?: { message: string }[] };
	return { status: response.status, retryAfter: response.headers.get('retry-after'), message: body.errors?.[0]?.message ?? '' };
}

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((acc, status) => ({ ...acc, [status]: (acc[status] ?? 0) + 1 }), {});

describe('login limit per address', () => {
	it('lets 10 of 30 wrong logins sent at once through, refuses the rest with 429, and the administrator stays active', async () => {
		const { admin } = directus();
		const answers = await Promise.all(Array.from({ length: 30 }, () => login('203.0.113.7', admin.email, 'falsch')));
		const refused = answers.find((answer) => answer.status === 429)!;
		const afterwards = await login('203.0.113.8', admin.email, admin.password);
		const me = await fetch(`${directus().url}/users/me?fields=status`, { headers: { Authorization: `Bearer ${await token(admin)}` } });
		expect({
			statuses: tally(answers.map((answer) => answer.status)),
			retryAfterSeconds: Number(refused.retryAfter),
			message: refused.message,
			loginFromElsewhere: afterwards.status,
			adminStatus: ((await me.json()) as { data: { status: string } }).data.status,
		}).toEqual({
			statuses: { 401: LIMIT, 429: 30 - LIMIT },
			retryAfterSeconds: expect.toSatisfy((seconds: number) => seconds > 3500 && seconds <= 3600),
			message: 'Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte versuchen Sie es in 60 Minuten erneut.',
			loginFromElsewhere: 200,
			adminStatus: 'active',
		});
	});

	it('never counts successful logins, and refuses even the right password once an address used up its attempts', async () => {
		const from = '203.0.113.21';
		const statuses: number[] = [];
		for (let i = 0; i < 3; i++) statuses.push((await login(from, 'redaktion@example.com', 'redaktion')).status);
		for (let i = 0; i < LIMIT + 1; i++) statuses.push((await login(from, 'redaktion@example.com', 'falsch')).status);
		statuses.push((await login(from, 'redaktion@example.com', 'redaktion')).status);
		expect(statuses).toEqual([...Array(3).fill(200), ...Array(LIMIT).fill(401), 429, 429]);
	});

	it('counts every auth_login of a GraphQL request, so aliases cannot try more passwords at once', async () => {
		const fields = Array.from({ length: LIMIT + 1 }, (_, i) => `a${i}: auth_login(email: "leitung@example.com", password: "falsch${i}") { access_token }`);
		const response = await fetch(`${directus().url}/graphql/system`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.33' },
			body: JSON.stringify({ query: `mutation { ${fields.join(' ')} }` }),
		});
		const leitung = await login('203.0.113.34', 'leitung@example.com', 'leitung');
		expect({ status: response.status, leitung: leitung.status }).toEqual({ status: 429, leitung: 200 });
	});
});

async function token(user: { email: string; password: string }): Promise<string> {
	const data = await createApi(directus().url, null).post<{ access_token: string }>('/auth/login', user);
	return data.access_token;
}
