import { describe, expect, it } from 'vitest';
import { pickLatestSnapshots } from './pick-latest-snapshots';

describe('pickLatestSnapshots', () => {
	it('keeps only the newest snapshot of each action field', () => {
		expect(
			pickLatestSnapshots([
				{ action_field: 'kunden', date: '2021-10-01', total_count: 20 },
				{ action_field: 'intern', date: '2022-10-18', total_count: 13 },
				{ action_field: 'kunden', date: '2022-10-18', total_count: 25 },
				{ action_field: 'intern', date: '2020-05-01', total_count: 9 },
			]),
		).toEqual([
			{ action_field: 'kunden', date: '2022-10-18', total_count: 25 },
			{ action_field: 'intern', date: '2022-10-18', total_count: 13 },
		]);
	});

	it('returns nothing for no snapshots', () => {
		expect(pickLatestSnapshots([])).toEqual([]);
	});
});
