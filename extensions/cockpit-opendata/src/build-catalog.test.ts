import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogDistrict } from './build-catalog';

const viersen: CatalogDistrict = { id: 'viersen', name: 'Kreis Viersen', state: 'Nordrhein-Westfalen', ags: '05166', strategy_title: null, modified: '2026-12-01T10:00:00.000Z', tables: ['measures'] };
const objects = (quads: ReturnType<typeof buildCatalog>, subject: string, predicate: string) =>
	quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
const base = { baseUrl: 'https://cockpit.example.de', publisher: 'Cockpit', license: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' };

describe('buildCatalog', () => {
	it('locates a district by its official key and gives each table a CSV and a JSON download', () => {
		const quads = buildCatalog({ ...base, districts: [viersen] });
		const dataset = 'https://cockpit.example.de/opendata/catalog#viersen';
		expect({
			geocoding: objects(quads, dataset, 'http://dcat-ap.de/def/dcatde/politicalGeocodingURI'),
			spatial: objects(quads, dataset, 'http://purl.org/dc/terms/spatial'),
			downloads: objects(quads, dataset, 'http://www.w3.org/ns/dcat#distribution').flatMap((d) => objects(quads, d, 'http://www.w3.org/ns/dcat#downloadURL')),
		}).toEqual({
			geocoding: ['http://dcat-ap.de/def/politicalGeocoding/districtKey/05166'],
			spatial: ['http://dcat-ap.de/def/politicalGeocoding/districtKey/05166'],
			downloads: ['https://cockpit.example.de/opendata/districts/viersen/massnahmen.csv', 'https://cockpit.example.de/opendata/districts/viersen/massnahmen.json'],
		});
	});

	it('names no area for a district without a key, rather than a wrong one', () => {
		const quads = buildCatalog({ ...base, districts: [{ ...viersen, ags: null }] });
		expect(quads.filter((q) => q.predicate.value.includes('politicalGeocoding') || q.predicate.value.endsWith('spatial'))).toEqual([]);
	});

	it('uses no blank nodes, so Turtle and JSON-LD of it are comparable triple by triple', () => {
		const quads = buildCatalog({ ...base, districts: [viersen] });
		expect(quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
	});
});
