import { describe, expect, it } from 'vitest';
import { describeDeadline, localIsoDate } from './deadline';

describe('describeDeadline', () => {
	const today = '2026-12-01';

	it('counts the calendar days left to the Meldeschluss, across a month end', () => {
		expect(describeDeadline('2027-01-04', today)).toEqual({ date: '04.01.2027', remaining: 'noch 34 Tage', tone: 'open' });
	});

	it('marks the last three days as soon, tomorrow in words', () => {
		expect([describeDeadline('2026-12-04', today), describeDeadline('2026-12-02', today)]).toEqual([
			{ date: '04.12.2026', remaining: 'noch 3 Tage', tone: 'soon' },
			{ date: '02.12.2026', remaining: 'noch 1 Tag', tone: 'soon' },
		]);
	});

	it('still counts the deadline day itself as open', () => {
		expect(describeDeadline('2026-12-01', today)).toEqual({ date: '01.12.2026', remaining: 'heute', tone: 'today' });
	});

	it('says since when a passed deadline is over', () => {
		expect([describeDeadline('2026-11-30', today).remaining, describeDeadline('2026-11-21', today)]).toEqual([
			'seit gestern überschritten',
			{ date: '21.11.2026', remaining: 'seit 10 Tagen überschritten', tone: 'passed' },
		]);
	});

	it('takes a full timestamp by its date and says nothing without a Meldeschluss', () => {
		expect([describeDeadline('2026-12-08T00:00:00.000Z', today).remaining, describeDeadline(null, today)]).toEqual(['noch 7 Tage', { date: null, remaining: null, tone: 'none' }]);
	});
});

describe('localIsoDate', () => {
	it('writes the calendar day of a local moment as YYYY-MM-DD', () => {
		expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
