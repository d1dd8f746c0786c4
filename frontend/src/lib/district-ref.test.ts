import { describe, expect, it } from 'vitest';
import { districtKey, groupByInstance, parseIdList, resolveRouteId, routeIdOf } from './district-ref';

const a = 'http://127.0.0.1:8055';
const b = 'http://localhost:8055';
const known = [
	{ instance: a, id: 'friesland' },
	{ instance: a, id: 'unna' },
	{ instance: b, id: 'friesland' },
	{ instance: b, id: 'viersen' },
];

describe('district refs', () => {
	it('keys a district by instance URL and id', () => {
		expect(districtKey({ instance: a, id: 'unna' })).toBe('http://127.0.0.1:8055#unna');
	});

	it('uses the plain id in URLs when only one instance holds it, and id@host otherwise', () => {
		expect([routeIdOf(known[1]!, known), routeIdOf(known[0]!, known), routeIdOf(known[2]!, known)]).toEqual([
			'unna',
			'friesland@127.0.0.1:8055',
			'friesland@localhost:8055',
		]);
	});

	it('resolves URL ids back to districts, with or without the host part', () => {
		expect([
			resolveRouteId('friesland@localhost:8055', [a, b], known),
			resolveRouteId('viersen', [a, b], known),
			resolveRouteId('paderborn', [a], []),
			resolveRouteId('paderborn', [a, b], known),
			resolveRouteId('unna@elsewhere:1', [a, b], known),
		]).toEqual([{ instance: b, id: 'friesland' }, { instance: b, id: 'viersen' }, { instance: a, id: 'paderborn' }, null, null]);
	});

	it('reads the kreise query without empties and repeats', () => {
		expect(parseIdList('friesland, unna,,friesland')).toEqual(['friesland', 'unna']);
	});

	it('groups districts by instance in order of appearance', () => {
		expect([...groupByInstance([known[3]!, known[0]!, known[2]!])]).toEqual([
			[b, ['viersen', 'friesland']],
			[a, ['friesland']],
		]);
	});
});
