import { instanceSlug } from '../config/parse-instances';

/**
 * A district is identified by its instance and its id: two instances may both hold a
 * "friesland" (a district's own instance and a shared demo, say).
 */
export interface DistrictRef {
	instance: string;
	id: string;
}

/** Internal key: instance URL + district id. */
export function districtKey(ref: DistrictRef): string {
	return `${ref.instance}#${ref.id}`;
}

/**
 * The id used in URLs: the plain district id while only one instance holds it, so the usual
 * links stay short and readable; "id@host" when the id is ambiguous.
 */
export function routeIdOf(ref: DistrictRef, known: readonly DistrictRef[]): string {
	const ambiguous = known.some((other) => other.id === ref.id && other.instance !== ref.instance);
	return ambiguous ? `${ref.id}@${instanceSlug(ref.instance)}` : ref.id;
}

/**
 * Resolves a URL id back to a district. `known` are the districts listed so far (may be empty
 * before the cards are loaded); with a single instance a plain id needs no list at all.
 */
export function resolveRouteId(routeId: string, instances: readonly string[], known: readonly DistrictRef[]): DistrictRef | null {
	const at = routeId.indexOf('@');
	if (at > 0) {
		const id = routeId.slice(0, at);
		const slug = routeId.slice(at + 1);
		const instance = instances.find((url) => instanceSlug(url) === slug);
		return instance ? { instance, id } : null;
	}
	const listed = known.find((ref) => ref.id === routeId);
	if (listed) return listed;
	return instances.length === 1 ? { instance: instances[0]!, id: routeId } : null;
}

/** Splits the `kreise` query ("a,b,c") into ids, dropping empties and repeats. */
export function parseIdList(value: unknown): string[] {
	const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
	return [...new Set(raw.split(',').map((id) => id.trim()).filter(Boolean))];
}

/** Groups districts by instance, keeping the order of first appearance. */
export function groupByInstance(refs: readonly DistrictRef[]): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const ref of refs) groups.set(ref.instance, [...(groups.get(ref.instance) ?? []), ref.id]);
	return groups;
}
