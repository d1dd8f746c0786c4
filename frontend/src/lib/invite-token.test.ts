import { describe, expect, it } from 'vitest';
import { invitedEmail, passwordProblem } from './invite-token';

const token = (payload: object) => `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.signatur`;

describe('invitedEmail', () => {
	it('reads the address of an invitation token and nothing from other tokens or garbage', () => {
		expect([
			invitedEmail(token({ email: 'amt@kreis.de', scope: 'invite' })),
			invitedEmail(token({ email: 'amt@kreis.de', scope: 'password-reset' })),
			invitedEmail('kein.token'),
			invitedEmail(null),
		]).toEqual(['amt@kreis.de', null, null, null]);
	});
});

describe('passwordProblem', () => {
	it('asks for eight characters typed twice the same', () => {
		expect([passwordProblem('kurz', 'kurz'), passwordProblem('lang-genug', 'lang-genau'), passwordProblem('lang-genug', 'lang-genug')]).toEqual([
			'Das Passwort muss mindestens 8 Zeichen lang sein.',
			'Die beiden Passwörter stimmen nicht überein.',
			null,
		]);
	});
});
