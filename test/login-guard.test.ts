/**
 * The login protection (extensions/cockpit-guard): an address that keeps failing gets HTTP 429,
 * and so does an account that many addresses keep guessing; Directus never suspends it. Counted
 * where Directus checks the password, so every route that leads there counts.
 * The test instance trusts X-Forwarded-For from loopback, so tests play their own addresses
 * (documentation ranges) or bind to other loopback addresses (127.0.0.2 …) and never block
 * 127.0.0.1 for other files; tests that throttle an account use one of their own.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../scripts/lib/directus-api';
import type { RunningDirectus } from '../scripts/lib/directus-process';
import { startSiblingDirectus } from '../scripts/lib/temporary-instance';
import { asAdmin, directus } from './support/api';

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
});

async function token(user: { email: string; password: string }): Promise<string> {
	const data = await createApi(directus().url, null).post<{ access_token: string }>('/auth/login', user);
	return data.access_token;
}

/** A POST over node's http, optionally from a local address of this machine (127.0.0.2 …) or naming a client in X-Forwarded-For. */
function send(
	url: string,
	path: string,
	body: unknown,
	options: { localAddress?: string; forwardedFor?: string } = {},
): Promise<{ status: number; retryAfter: string | null; body: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown } }> {
	const target = new URL(url);
	const data = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: target.hostname,
				port: target.port,
				path,
				method: 'POST',
				localAddress: options.localAddress,
				headers: {
					'Content-Type': 'application/json',
					'Content-Length': Buffer.byteLength(data),
					...(options.forwardedFor ? { 'X-Forwarded-For': options.forwardedFor } : {}),
				},
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, body: JSON.parse(text || '{}') }));
			},
		);
		req.on('error', reject);
		req.end(data);
	});
}

/**
 * An account of its own for each test that exhausts one, in the Leitung role (no Studio access,
 * so it takes no seat): a throttled account must not lock the shared users out of later tests.
 */
async function throwawayAccount(): Promise<{ id: string; email: string; password: string }> {
	const admin = await asAdmin();
	const [role] = await admin.get<{ id: string }[]>('/roles?filter[name][_eq]=Leitung&fields=id');
	const account = { email: `gast-${randomBytes(4).toString('hex')}@example.com`, password: 'richtig-und-lang' };
	const created = await admin.post<{ id: string }>('/users', { ...account, role: role!.id, status: 'active' });
	return { id: created.id, ...account };
}

async function statusOf(id: string): Promise<string> {
	return (await (await asAdmin()).get<{ status: string }>(`/users/${id}?fields=status`)).status;
}

const ACCOUNT_LIMIT = 15; // the default: COCKPIT_LOGIN_ACCOUNT_LIMIT is not set in the test instance

describe('login protection where Directus checks the password, whatever the route', () => {
	it('counts logins sent to /auth//login, /Auth/Login and /auth/login/ like /auth/login', async () => {
		const account = await throwawayAccount();
		const from = '203.0.113.50';
		const paths = ['/auth//login', '/Auth/Login', '/auth/login/', '/AUTH//LOGIN/'];
		const statuses: number[] = [];
		for (let i = 0; i < LIMIT; i++) statuses.push((await send(directus().url, paths[i % paths.length]!, { email: account.email, password: 'falsch' }, { forwardedFor: from })).status);
		for (const path of paths) statuses.push((await send(directus().url, path, { email: account.email, password: account.password }, { forwardedFor: from })).status);
		expect(statuses).toEqual([...Array(LIMIT).fill(401), 429, 429, 429, 429]);
	});

	it('counts GraphQL logins, also on /graphql//system, and REST logins in one budget per address; aliases are refused before any password check', async () => {
		const account = await throwawayAccount();
		const from = '203.0.113.51';
		const mutation = (count: number, password: string) =>
			`mutation { ${Array.from({ length: count }, (_, i) => `a${i}: auth_login(email: "${account.email}", password: "${password}") { access_token }`).join(' ')} }`;
		const graphql = (path: string, query: string) => send(directus().url, path, { query }, { forwardedFor: from });
		// Directus 12 allows one auth_login per operation (GRAPHQL_SINGLE_USE_MUTATIONS), so aliases
		// fail validation as a whole; should an operator allow more, each one runs the filter.
		const aliases = await graphql('/graphql/system', mutation(LIMIT + 2, 'falsch'));
		const rest: number[] = [];
		const viaGraphql: (string | undefined)[] = [];
		for (let i = 0; i < LIMIT / 2; i++) {
			rest.push((await send(directus().url, '/auth//login', { email: account.email, password: 'falsch' }, { forwardedFor: from })).status);
			viaGraphql.push((await graphql(i % 2 ? '/GraphQL/System/' : '/graphql//system', mutation(1, 'falsch'))).body.errors?.[0]?.extensions?.code);
		}
		const refused = await graphql('/graphql//system', mutation(1, account.password));
		expect({
			aliases: aliases.body.errors?.map((error) => error.extensions?.code),
			rest,
			viaGraphql,
			refused: refused.body.errors?.map((error) => error.message),
			retryAfter: Number(refused.retryAfter) > 3500,
		}).toEqual({
			aliases: ['GRAPHQL_VALIDATION'],
			rest: Array(LIMIT / 2).fill(401),
			viaGraphql: Array(LIMIT / 2).fill('INVALID_CREDENTIALS'),
			refused: ['Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte versuchen Sie es in 60 Minuten erneut.'],
			retryAfter: true,
		});
	});

	it('counts every IPv6 address of one /64 network as one client', async () => {
		const account = await throwawayAccount();
		const statuses: number[] = [];
		for (let i = 1; i <= LIMIT + 1; i++) statuses.push((await send(directus().url, '/auth/login', { email: account.email, password: 'falsch' }, { forwardedFor: `2001:db8:17:1::${i.toString(16)}` })).status);
		const neighbour = await send(directus().url, '/auth/login', { email: account.email, password: account.password }, { forwardedFor: '2001:db8:17:2::1' });
		expect({ statuses, neighbour: neighbour.status }).toEqual({ statuses: [...Array(LIMIT).fill(401), 429], neighbour: 200 });
	});

	it('lifts the throttle on an account when an administrator sets a new password', async () => {
		const account = await throwawayAccount();
		for (let i = 0; i < ACCOUNT_LIMIT; i++) await send(directus().url, '/auth/login', { email: account.email, password: 'falsch' }, { forwardedFor: `198.51.100.${40 + (i % 3)}` });
		const throttled = await send(directus().url, '/auth/login', { email: account.email, password: account.password }, { forwardedFor: '198.51.100.43' });
		await (await asAdmin()).patch(`/users/${account.id}`, { password: 'neu-gesetzt-und-lang' });
		const afterReset = await send(directus().url, '/auth/login', { email: account.email, password: 'neu-gesetzt-und-lang' }, { forwardedFor: '198.51.100.43' });
		expect({ throttled: throttled.status, afterReset: afterReset.status }).toEqual({ throttled: 429, afterReset: 200 });
	});

	it('30 wrong passwords from 127.0.0.2, .3 and .4 throttle the account with 429 instead of suspending it; its owner still gets in from an address known to it', async () => {
		const account = await throwawayAccount();
		const owner = await send(directus().url, '/auth/login', { email: account.email, password: account.password }, { localAddress: '127.0.0.5' });
		const statuses: Record<string, number[]> = {};
		let refused: Awaited<ReturnType<typeof send>> | undefined;
		for (const localAddress of ['127.0.0.2', '127.0.0.3', '127.0.0.4']) {
			statuses[localAddress] = [];
			for (let i = 0; i < 10; i++) {
				const answer = await send(directus().url, '/auth/login', { email: account.email, password: `falsch${i}` }, { localAddress });
				statuses[localAddress]!.push(answer.status);
				if (answer.status === 429) refused ??= answer;
			}
		}
		const fromElsewhere = await send(directus().url, '/auth/login', { email: account.email, password: account.password }, { localAddress: '127.0.0.6' });
		const fromKnown = await send(directus().url, '/auth/login', { email: account.email, password: account.password }, { localAddress: '127.0.0.5' });
		expect({
			owner: owner.status,
			statuses: Object.fromEntries(Object.entries(statuses).map(([address, list]) => [address, tally(list)])),
			message: refused?.body.errors?.[0]?.message,
			retryAfterSeconds: Number(refused?.retryAfter),
			fromElsewhere: fromElsewhere.status,
			fromKnown: fromKnown.status,
			accountStatus: await statusOf(account.id),
		}).toEqual({
			owner: 200,
			statuses: { '127.0.0.2': { 401: 10 }, '127.0.0.3': { 401: ACCOUNT_LIMIT - 10, 429: 20 - ACCOUNT_LIMIT }, '127.0.0.4': { 429: 10 } },
			message: 'Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Bitte versuchen Sie es in 15 Minuten erneut.',
			retryAfterSeconds: expect.toSatisfy((seconds: number) => seconds > 800 && seconds <= 900),
			fromElsewhere: 429,
			fromKnown: 200,
			accountStatus: 'active',
		});
	});
});

describe('login throttle over time (an instance of its own with a 20-second account window)', () => {
	let sibling: RunningDirectus;

	beforeAll(async () => {
		// Per-address counting out of the way, so that only the account's throttle and Directus' own counter remain.
		sibling = await startSiblingDirectus({ ...directus().env, COCKPIT_LOGIN_LIMIT: '1000', COCKPIT_LOGIN_ACCOUNT_WINDOW: '20' });
	});

	afterAll(async () => {
		await sibling?.stop();
	});

	it('lets an attacker through again once the throttle expired, but never suspends the account, however many rounds', async () => {
		const account = await throwawayAccount();
		const rounds: Record<number, number>[] = [];
		for (let round = 0; round < 2; round++) {
			// Sent at once, so that all of them fall into one window however slow the machine is.
			const statuses = await Promise.all(
				Array.from({ length: ACCOUNT_LIMIT + 1 }, (_, i) =>
					send(sibling.url, '/auth/login', { email: account.email, password: `falsch${i}` }, { forwardedFor: `198.51.100.${20 + round}` }).then((answer) => answer.status),
				),
			);
			rounds.push(tally(statuses));
			await new Promise((resolve) => setTimeout(resolve, 20_500));
		}
		const owner = await send(sibling.url, '/auth/login', { email: account.email, password: account.password }, { forwardedFor: '198.51.100.30' });
		expect({ rounds, owner: owner.status, accountStatus: await statusOf(account.id) }).toEqual({
			rounds: [{ 401: ACCOUNT_LIMIT, 429: 1 }, { 401: ACCOUNT_LIMIT, 429: 1 }],
			owner: 200,
			accountStatus: 'active',
		});
	});
});
