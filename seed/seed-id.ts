import { createHash } from 'node:crypto';

/**
 * A stable UUID (RFC 4122 version 5 layout, SHA-1 of a name) for a seed item, so that every
 * run derives the same primary key from the same district, collection and key, and a second
 * run finds what the first one created instead of adding duplicates.
 */
export function seedId(district: string, collection: string, key: string): string {
	const bytes = createHash('sha1').update(`digitalisierungs-cockpit/${district}/${collection}/${key}`).digest();
	bytes[6] = (bytes[6]! & 0x0f) | 0x50;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = bytes.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
