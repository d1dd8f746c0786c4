import { isDistrictId } from './is-district-id';

/**
 * The id a harvested district gets at the hub: its own id while that is free, otherwise the id
 * with its source's host and port ("viersen-kreis-viersen-de"), then a counter. So a harvest
 * never replaces a district of the hub or of another source, and two sources never merge.
 * `taken` holds the ids in use by anything but this very district of this very source.
 */
export function deriveDistrictId(sourceId: string, sourceUrl: string, taken: ReadonlySet<string>): string {
	const host = slug(safeHost(sourceUrl));
	const base = isDistrictId(sourceId) ? sourceId : slug(sourceId) || 'kreis';
	const candidates = [base, `${base}-${host}`.slice(0, 60).replace(/-+$/, '')];
	for (const candidate of candidates) if (isDistrictId(candidate) && !taken.has(candidate)) return candidate;
	for (let n = 2; ; n++) {
		const candidate = `${candidates[1]!.slice(0, 58).replace(/-+$/, '')}-${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}

function safeHost(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return 'quelle';
	}
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
