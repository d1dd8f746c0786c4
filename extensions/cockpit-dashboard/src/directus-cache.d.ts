/** Directus' cache module ships without types; this is the part the read cache uses. */
declare module '@directus/api/cache' {
	export function getCache(): { cache: { get(key: string): Promise<unknown>; set(key: string, value: string): Promise<unknown> } | null };
}
