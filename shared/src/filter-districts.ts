import type { CardQuery } from './parse-card-query';

/**
 * The districts a card query asks for, in their order. The search ignores case and whether an
 * umlaut is typed as ä or ae, since ids spell it out ("rendsburg-eckernfoerde").
 */
export function filterDistricts<T extends { id: string; name: string; state: string }>(districts: readonly T[], query: Pick<CardQuery, 'state' | 'search'>): T[] {
	const needle = query.search === null ? null : fold(query.search);
	return districts.filter(
		(district) => (query.state === null || district.state === query.state) && (needle === null || fold(district.name).includes(needle) || fold(district.id).includes(needle)),
	);
}

function fold(text: string): string {
	return text
		.toLocaleLowerCase('de')
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/-/g, ' ');
}
