import { describe, expect, it } from 'vitest';
import { readLoginLimit } from './read-login-limit';

describe('readLoginLimit', () => {
	it('allows 10 failed logins per address and hour and 15 per account and quarter hour when nothing is configured', () => {
		expect(readLoginLimit({})).toEqual({ address: { attempts: 10, windowSeconds: 3600 }, account: { attempts: 15, windowSeconds: 900 } });
	});

	it('reads limits and windows as numbers or as strings', () => {
		expect(readLoginLimit({ COCKPIT_LOGIN_LIMIT: 5, COCKPIT_LOGIN_WINDOW: '600', COCKPIT_LOGIN_ACCOUNT_LIMIT: '8', COCKPIT_LOGIN_ACCOUNT_WINDOW: 120 })).toEqual({
			address: { attempts: 5, windowSeconds: 600 },
			account: { attempts: 8, windowSeconds: 120 },
		});
	});

	it('refuses a limit that is not a positive whole number, naming the variable', () => {
		expect(() => readLoginLimit({ COCKPIT_LOGIN_ACCOUNT_LIMIT: '0' })).toThrow('COCKPIT_LOGIN_ACCOUNT_LIMIT muss eine ganze Zahl größer als 0 sein (angegeben: 0).');
	});

	it('refuses a window that is not a number', () => {
		expect(() => readLoginLimit({ COCKPIT_LOGIN_WINDOW: 'eine Stunde' })).toThrow('COCKPIT_LOGIN_WINDOW muss eine ganze Zahl größer als 0 sein (angegeben: eine Stunde).');
	});
});
