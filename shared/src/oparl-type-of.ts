/**
 * The OParl object type of a fetched JSON object ("Paper", "Meeting", "Organization", ...), from
 * its `type` URL: "https://schema.oparl.org/1.1/Paper" (OParl 1.1), also 1.0 and the 1.0 drafts'
 * "http://oparl.org/schema/1.0/Paper". Null for anything else, so a page that merely is JSON is
 * not taken for a council paper.
 */
export function oparlTypeOf(object: unknown): string | null {
	if (typeof object !== 'object' || object === null || Array.isArray(object)) return null;
	const type = (object as { type?: unknown }).type;
	if (typeof type !== 'string') return null;
	const match = /^https?:\/\/(?:schema\.oparl\.org\/1\.[01]|oparl\.org\/schema\/1\.[01])\/([A-Za-z]+)$/.exec(type);
	return match ? match[1]! : null;
}
