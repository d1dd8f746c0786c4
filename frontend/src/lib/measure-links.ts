import type { MeasureView, OtherCode, SuccessionLink } from '@cockpit/shared';
import { de } from '../i18n/de';
import { fill } from './format';

/**
 * How a measure relates to others and to other numberings, in one line each: "Fortgeführt in:
 * 13, 14, 15", "Geht hervor aus: 15 (früherer Bericht)", "In Kapitel 7.1: Nr. 13". So a number
 * that a district reuses never stands twice in the list unexplained.
 */

/** A linked measure by its number (its title where it has none), marked when it is history. */
function linkLabel(link: SuccessionLink, historical: ReadonlySet<string>): string {
	const name = link.code ?? `„${link.title}“`;
	return historical.has(link.id) ? fill(de.links.earlier, { code: name }) : name;
}

/** The measures whose history entry a link points to: ids of `historical` measures. */
export function historicalIds(measures: readonly Pick<MeasureView, 'id' | 'historical'>[]): Set<string> {
	return new Set(measures.filter((m) => m.historical).map((m) => m.id));
}

/** "Fortgeführt in: …" and "Geht hervor aus: …", only those that exist. */
export function successionTexts(measure: Pick<MeasureView, 'predecessors' | 'successors'>, historical: ReadonlySet<string>): string[] {
	const texts: string[] = [];
	const join = (links: readonly SuccessionLink[]) => links.map((link) => linkLabel(link, historical)).join(', ');
	if (measure.predecessors.length) texts.push(fill(de.links.predecessors, { list: join(measure.predecessors) }));
	if (measure.successors.length) texts.push(fill(de.links.successors, { list: join(measure.successors) }));
	return texts;
}

/** "In Kapitel 7.1 (Maßnahmenübersicht): Nr. 13" for each other number a document uses. */
export function otherCodeTexts(codes: readonly OtherCode[]): string[] {
	return codes.map((other) => fill(de.links.otherCode, { source: other.source, code: other.code }));
}

/** The current measures and, apart, the entries of a history section, each in the order given. */
export function splitHistory<T extends Pick<MeasureView, 'historical'>>(measures: readonly T[]): { current: T[]; history: T[] } {
	return { current: measures.filter((m) => !m.historical), history: measures.filter((m) => m.historical) };
}
