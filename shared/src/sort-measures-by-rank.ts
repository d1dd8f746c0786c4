/**
 * Measures in the order a reader expects: by priority rank (unranked last), then by the
 * document's own number in natural order ("2" before "10"), then by title. Returns a new array.
 */
export function sortMeasuresByRank<T extends { priority_rank: number | null; code: string | null; title: string }>(
	measures: readonly T[],
): T[] {
	return [...measures].sort(
		(a, b) =>
			compareNullsLast(a.priority_rank, b.priority_rank, (x, y) => x - y) ||
			compareNullsLast(a.code, b.code, (x, y) => NATURAL.compare(x, y)) ||
			NATURAL.compare(a.title, b.title),
	);
}

const NATURAL = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function compareNullsLast<V>(a: V | null, b: V | null, compare: (a: V, b: V) => number): number {
	if (a === null) return b === null ? 0 : 1;
	if (b === null) return -1;
	return compare(a, b);
}
