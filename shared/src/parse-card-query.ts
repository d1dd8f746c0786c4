/** Which cards of the start page to answer: all of them, or a filtered page. */
export interface CardQuery {
	/** Only districts of this Bundesland (exact name). */
	state: string | null;
	/** Only districts whose name or id contains this, ignoring case and umlaut spelling. */
	search: string | null;
	/** At most this many cards; null for all. */
	limit: number | null;
	offset: number;
}

export const CARD_PAGE_MAX = 500;

export type CardQueryResult = { query: CardQuery; error: null } | { query: null; error: string };

/**
 * Reads `state`, `search`, `limit` and `offset` of `GET /dashboard/districts`. Without any of
 * them the answer holds every visible card, as before paging existed.
 */
export function parseCardQuery(raw: Record<string, unknown>): CardQueryResult {
	const text = (name: string): string | null | undefined => {
		const value = raw[name];
		if (value === undefined) return null;
		if (typeof value !== 'string') return undefined;
		const trimmed = value.trim();
		return trimmed === '' ? null : trimmed.slice(0, 100);
	};
	const state = text('state');
	if (state === undefined) return refuse('Bitte geben Sie höchstens ein Bundesland an (state=…).');
	const search = text('search');
	if (search === undefined) return refuse('Bitte geben Sie höchstens einen Suchbegriff an (search=…).');

	const limit = text('limit');
	if (limit === undefined || (limit !== null && !isWholeNumber(limit, 1, CARD_PAGE_MAX))) {
		return refuse(`„limit“ muss eine ganze Zahl von 1 bis ${CARD_PAGE_MAX} sein.`);
	}
	const offset = text('offset');
	if (offset === undefined || (offset !== null && !isWholeNumber(offset, 0, Number.MAX_SAFE_INTEGER))) {
		return refuse('„offset“ muss eine ganze Zahl ab 0 sein.');
	}
	return { query: { state, search, limit: limit === null ? null : Number(limit), offset: offset === null ? 0 : Number(offset) }, error: null };
}

function isWholeNumber(value: string, min: number, max: number): boolean {
	return /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;
}

function refuse(error: string): CardQueryResult {
	return { query: null, error };
}
