/**
 * Answers of the dashboard API kept by what they were built from: the ids asked for and each
 * district's data version (`districts.data_version`, raised by the compute hook after every
 * committed write and by every harvest). A write therefore never needs to find and delete
 * cached answers: it changes the key, and the old entry is never asked for again.
 *
 * The entries live in Directus' own cache store when Directus' cache is on (CACHE_ENABLED,
 * CACHE_STORE=redis shares them between instances, CACHE_TTL ends them), else in a small
 * in-process store. Either way an answer can only be served for the versions it was built from,
 * and the versions are read from the database on every request, so no instance ever serves
 * data older than its last committed write.
 */
import { createHash } from 'node:crypto';

export interface CacheStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: string): Promise<unknown>;
}

/** Bumped when the shape of an answer changes, so a shared store holds no answer of an older release. */
const FORMAT = 'dashboard-v1';

export function cacheKey(route: string, districts: readonly { id: string; data_version?: number | null }[]): string {
	const versions = districts.map((d) => `${d.id}@${d.data_version ?? 0}`).join(',');
	return createHash('sha256').update(`${FORMAT}\u0000${route}\u0000${versions}`).digest('base64url');
}

/** A strong ETag from the key: the same data versions give the same bytes. */
export function etagOf(key: string): string {
	return `"${key.slice(0, 32)}"`;
}

/** True when the client's If-None-Match names this ETag (or is "*"). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((tag) => {
		const trimmed = tag.trim();
		return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
	});
}

/** Least recently used entries go first once `limit` answers are kept. */
export class MemoryStore implements CacheStore {
	private readonly entries = new Map<string, string>();
	constructor(private readonly limit = 500) {}

	async get(key: string): Promise<string | undefined> {
		const value = this.entries.get(key);
		if (value !== undefined) {
			this.entries.delete(key);
			this.entries.set(key, value);
		}
		return value;
	}

	async set(key: string, value: string): Promise<void> {
		this.entries.delete(key);
		this.entries.set(key, value);
		while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
	}
}
