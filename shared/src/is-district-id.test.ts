import { describe, expect, it } from 'vitest';
import { isDistrictId } from './is-district-id';

describe('isDistrictId', () => {
	it('accepts lowercase slugs with digits and single hyphens', () => {
		expect(['unna', 'rendsburg-eckernfoerde', 'kreis-2'].map(isDistrictId)).toEqual([true, true, true]);
	});

	it('refuses capitals, umlauts, spaces, punctuation, loose hyphens, the empty text and overlong ids', () => {
		expect(['Unna', 'lörrach', 'kreis unna', 'unna;drop', '-unna', 'unna-', 'a--b', '', 'a'.repeat(65)].map(isDistrictId)).toEqual([
			false, false, false, false, false, false, false, false, false,
		]);
	});
});
