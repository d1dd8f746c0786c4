import { describe, expect, it } from 'vitest';
import { parseDistrictList } from './parse-district-list';

const ALLOWED = 'Erlaubt sind zwei bis fünf verschiedene Kreiskennungen, durch Kommas getrennt, z. B. districts=friesland,unna.';

describe('parseDistrictList', () => {
	it('accepts two to five distinct ids and trims spaces around them', () => {
		expect(parseDistrictList('friesland, unna,viersen')).toEqual({ ids: ['friesland', 'unna', 'viersen'], error: null });
	});

	it('refuses a missing, empty or repeated parameter', () => {
		expect([parseDistrictList(undefined), parseDistrictList(''), parseDistrictList(['friesland', 'unna'])]).toEqual([
			{ ids: null, error: `Bitte geben Sie die Kreise an, die verglichen werden sollen. ${ALLOWED}` },
			{ ids: null, error: `Bitte geben Sie die Kreise an, die verglichen werden sollen. ${ALLOWED}` },
			{ ids: null, error: `Bitte geben Sie die Kreise an, die verglichen werden sollen. ${ALLOWED}` },
		]);
	});

	it('refuses an empty entry and names an id with characters a district id cannot have', () => {
		expect([parseDistrictList('friesland,,unna'), parseDistrictList('friesland,Unna')]).toEqual([
			{ ids: null, error: `Die Liste der Kreise enthält einen leeren Eintrag. ${ALLOWED}` },
			{ ids: null, error: `„Unna“ ist keine gültige Kreiskennung: nur Kleinbuchstaben, Ziffern und Bindestriche. ${ALLOWED}` },
		]);
	});

	it('refuses a district named twice', () => {
		expect(parseDistrictList('unna,friesland,unna')).toEqual({ ids: null, error: `Der Kreis „unna“ ist mehrfach angegeben. ${ALLOWED}` });
	});

	it('refuses fewer than two and more than five districts', () => {
		expect([parseDistrictList('unna'), parseDistrictList('a,b,c,d,e,f')]).toEqual([
			{ ids: null, error: `Für einen Vergleich braucht es mindestens zwei Kreise, angegeben ist einer. ${ALLOWED}` },
			{ ids: null, error: `Es lassen sich höchstens fünf Kreise vergleichen, angegeben sind 6. ${ALLOWED}` },
		]);
	});
});
