import { describe, expect, it } from 'vitest';
import { filterDistricts } from './filter-districts';

const DISTRICTS = [
	{ id: 'rendsburg-eckernfoerde', name: 'Kreis Rendsburg-Eckernförde', state: 'Schleswig-Holstein' },
	{ id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen' },
	{ id: 'unna', name: 'Kreis Unna', state: 'Nordrhein-Westfalen' },
];

describe('filterDistricts', () => {
	it('keeps every district without a filter', () => {
		expect(filterDistricts(DISTRICTS, { state: null, search: null })).toEqual(DISTRICTS);
	});

	it('keeps the districts of one Bundesland in their order', () => {
		expect(filterDistricts(DISTRICTS, { state: 'Nordrhein-Westfalen', search: null }).map((d) => d.id)).toEqual(['viersen', 'unna']);
	});

	it('finds a name whatever the case and however the umlaut is typed', () => {
		expect([filterDistricts(DISTRICTS, { state: null, search: 'eckernförde' }), filterDistricts(DISTRICTS, { state: null, search: 'ECKERNFOERDE' })].map((found) => found.map((d) => d.id))).toEqual([
			['rendsburg-eckernfoerde'],
			['rendsburg-eckernfoerde'],
		]);
	});

	it('combines Bundesland and search', () => {
		expect(filterDistricts(DISTRICTS, { state: 'Schleswig-Holstein', search: 'unna' })).toEqual([]);
	});
});
