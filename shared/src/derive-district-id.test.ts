import { describe, expect, it } from 'vitest';
import { deriveDistrictId } from './derive-district-id';

describe('deriveDistrictId', () => {
	it('keeps the source id while nobody else uses it', () => {
		expect(deriveDistrictId('viersen', 'https://cockpit.kreis-viersen.de/opendata/catalog', new Set(['unna']))).toBe('viersen');
	});

	it('adds the source host and port when the id is taken at the hub or by another source', () => {
		expect(deriveDistrictId('viersen', 'http://127.0.0.1:8056/opendata/catalog', new Set(['viersen']))).toBe('viersen-127-0-0-1-8056');
	});

	it('counts on when the derived id is taken too', () => {
		expect(deriveDistrictId('viersen', 'http://127.0.0.1:8056/opendata/catalog', new Set(['viersen', 'viersen-127-0-0-1-8056']))).toBe('viersen-127-0-0-1-8056-2');
	});

	it('makes a slug of an id that is none, within the 64 characters of the key', () => {
		const id = deriveDistrictId('Kreis Groß-Gerau', `https://${'x'.repeat(80)}.de/opendata/catalog`, new Set(['kreis-gross-gerau']));
		expect([id.startsWith('kreis-gross-gerau-xxx'), id.length <= 64, /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)]).toEqual([true, true, true]);
	});
});
