import { describe, expect, it } from 'vitest';
import { cacheKey, etagOf, matchesEtag, MemoryStore } from './read-cache';

describe('read cache', () => {
	it('gives another key when any district has a new data version, and the same key for the same versions', () => {
		const before = cacheKey('compare', [{ id: 'unna', data_version: 3 }, { id: 'viersen', data_version: 7 }]);
		expect([
			cacheKey('compare', [{ id: 'unna', data_version: 3 }, { id: 'viersen', data_version: 7 }]) === before,
			cacheKey('compare', [{ id: 'unna', data_version: 3 }, { id: 'viersen', data_version: 8 }]) === before,
			cacheKey('compare', [{ id: 'viersen', data_version: 7 }, { id: 'unna', data_version: 3 }]) === before,
			cacheKey('district', [{ id: 'unna', data_version: 3 }, { id: 'viersen', data_version: 7 }]) === before,
		]).toEqual([true, false, false, false]);
	});

	it('matches If-None-Match by the strong or weak form of the ETag, in a list, or "*"', () => {
		const etag = etagOf(cacheKey('district', [{ id: 'unna', data_version: 1 }]));
		expect([matchesEtag(etag, etag), matchesEtag(`"x", W/${etag}`, etag), matchesEtag('*', etag), matchesEtag('"anders"', etag), matchesEtag(undefined, etag)]).toEqual([
			true, true, true, false, false,
		]);
	});

	it('keeps the most recently used answers within its limit', async () => {
		const store = new MemoryStore(2);
		await store.set('a', '1');
		await store.set('b', '2');
		await store.get('a');
		await store.set('c', '3');
		expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual(['1', undefined, '3']);
	});
});
