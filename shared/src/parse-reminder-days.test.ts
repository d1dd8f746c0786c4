import { describe, expect, it } from 'vitest';
import { parseReminderDays } from './parse-reminder-days';

describe('parseReminderDays', () => {
	it('reads a list of days, largest first without repeats, and defaults to 7, 1 and 0', () => {
		expect([parseReminderDays('0, 3,14,3'), parseReminderDays(undefined), parseReminderDays('  ')]).toEqual([
			{ days: [14, 3, 0], error: null },
			{ days: [7, 1, 0], error: null },
			{ days: [7, 1, 0], error: null },
		]);
	});

	it('refuses anything but whole days from 0 to 365, in German', () => {
		expect(['7;1', '-1', '1.5', '400', 'sieben'].map((value) => parseReminderDays(value).error?.startsWith('COCKPIT_REMINDER_DAYS muss'))).toEqual([true, true, true, true, true]);
	});
});
