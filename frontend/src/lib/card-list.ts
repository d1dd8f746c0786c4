import { filterDistricts } from '@cockpit/shared';
import type { CardEntry } from '../stores/districts';

/** Cards per page on `/`: enough to scan, few enough that 400 districts stay quick to render. */
export const CARDS_PER_PAGE = 24;

/** An empty string means "all". */
export interface CardFilter {
	search: string;
	state: string;
}

/** The cards matching a name search and a Bundesland, in their order. */
export function filterCards(entries: readonly CardEntry[], filter: CardFilter): CardEntry[] {
	const search = filter.search.trim();
	const matching = new Set(
		filterDistricts(
			entries.map((entry) => ({ ...entry.card.district, key: entry.key })),
			{ state: filter.state || null, search: search || null },
		).map((district) => district.key),
	);
	return entries.filter((entry) => matching.has(entry.key));
}

/** The Bundesländer that occur among the cards, alphabetically, for the filter's choice. */
export function statesOf(entries: readonly CardEntry[]): string[] {
	return [...new Set(entries.map((entry) => entry.card.district.state))].sort((a, b) => a.localeCompare(b, 'de'));
}

/** Page `page` (1-based, clamped to the pages there are) of the items, and how many pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
