import { describe, expect, it } from 'vitest';
import { countLoginAttempts } from './count-login-attempts';

describe('countLoginAttempts', () => {
	it('counts one attempt for a REST login, also with a provider, other casing or a trailing slash', () => {
		expect([
			countLoginAttempts('POST', '/auth/login', { email: 'a', password: 'b' }),
			countLoginAttempts('POST', '/auth/login/ldap', {}),
			countLoginAttempts('post', '/AUTH/Login/', {}),
		]).toEqual([1, 1, 1]);
	});

	it('counts nothing for requests that check no password', () => {
		expect([
			countLoginAttempts('GET', '/auth/login/openid', undefined),
			countLoginAttempts('POST', '/auth/refresh', {}),
			countLoginAttempts('POST', '/auth/loginx', {}),
			countLoginAttempts('POST', '/items/measures', { title: 'auth_login' }),
			countLoginAttempts('POST', '/graphql', { query: 'query { measures { id } }' }),
			countLoginAttempts('POST', '/graphql/system', { query: 'query { users_me { id } }' }),
		]).toEqual([0, 0, 0, 0, 0, 0]);
	});

	it('counts every auth_login field of a GraphQL request, aliases included', () => {
		const query = 'mutation { a: auth_login(email: "x", password: "1") { access_token } b: auth_login(email: "x", password: "2") { access_token } }';
		expect(countLoginAttempts('POST', '/graphql/system', { query })).toBe(2);
	});

	it('counts nothing for a GraphQL body without a query string', () => {
		expect([countLoginAttempts('POST', '/graphql/system', null), countLoginAttempts('POST', '/graphql/system', { query: 42 })]).toEqual([0, 0]);
	});
});
