import type { DistrictCard } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import type { CardEntry } from '../stores/districts';
import { filterCards, pageOf, statesOf } from './card-list';

const entry = (id: string, name: string, state: string): CardEntry => ({
	key: `http://a|${id}`,
	ref: { instance: 'http://a', id },
	instanceLabel: 'a',
	card: { district: { id, name, state, published: true, strategy_title: null, source_document: null, source_date: null, source_date_label: null } } as DistrictCard,
});

const CARDS = [
	entry('friesland', 'Landkreis Friesland', 'Niedersachsen'),
	entry('rendsburg-eckernfoerde', 'Kreis Rendsburg-Eckernförde', 'Schleswig-Holstein'),
	entry('unna', 'Kreis Unna', 'Nordrhein-Westfalen'),
	entry('viersen', 'Kreis Viersen', 'Nordrhein-Westfalen'),
];

describe('filterCards', () => {
	it('keeps every card without a search or Bundesland', () => {
		expect(filterCards(CARDS, { search: '', state: '' })).toEqual(CARDS);
	});

	it('finds a district by part of its name, with or without umlaut, within a Bundesland', () => {
		expect([filterCards(CARDS, { search: 'eckernfoerde', state: '' }), filterCards(CARDS, { search: ' kreis ', state: 'Nordrhein-Westfalen' })].map((found) => found.map((e) => e.ref.id))).toEqual([
			['rendsburg-eckernfoerde'],
			['unna', 'viersen'],
		]);
	});
});

describe('statesOf', () => {
	it('lists each Bundesland once, alphabetically', () => {
		expect(statesOf(CARDS)).toEqual(['Niedersachsen', 'Nordrhein-Westfalen', 'Schleswig-Holstein']);
	});
});

describe('pageOf', () => {
	it('cuts the items into pages and clamps a page number beyond the last', () => {
		expect([pageOf([1, 2, 3, 4, 5], 2, 2), pageOf([1, 2, 3, 4, 5], 9, 2), pageOf([], 1, 2)]).toEqual([
			{ items: [3, 4], page: 2, pages: 3 },
			{ items: [5], page: 3, pages: 3 },
			{ items: [], page: 1, pages: 1 },
		]);
	});
});
