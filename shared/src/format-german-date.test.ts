import { describe, expect, it } from 'vitest';
import { formatGermanDate } from './format-german-date';

describe('formatGermanDate', () => {
	it('writes day, month and year with points, from a date or a timestamp as written', () => {
		expect([formatGermanDate('2022-11-07'), formatGermanDate('2013-01-04T08:00:00+01:00'), formatGermanDate('August 2022')]).toEqual(['07.11.2022', '04.01.2013', 'August 2022']);
	});
});
