/**
 * Which Directus instances the app reads. A district usually runs its own instance, so the app
 * may read several side by side. The list comes from public/config.json at runtime, so one
 * build can be deployed anywhere; VITE_DIRECTUS_URLS overrides it at build or dev time.
 */
export interface InstanceConfig {
	/** Base URL without trailing slash; also the first half of every district key. */
	url: string;
	/** Shown to the reader where districts of several instances meet. */
	label: string;
}

export class ConfigError extends Error {
	override name = 'ConfigError';
}

export function normalizeUrl(url: string): string {
	return url.trim().replace(/\/+$/, '');
}

/** "127.0.0.1:8055" for "http://127.0.0.1:8055/": short enough for a label and a URL query. */
export function instanceSlug(url: string): string {
	return normalizeUrl(url).replace(/^[a-z]+:\/\//i, '');
}

function checkedUrl(raw: string): string {
	const url = normalizeUrl(raw);
	if (!/^https?:\/\/[^\s,]+$/i.test(url)) throw new ConfigError(`„${raw}“ ist keine gültige Adresse (http:// oder https://).`);
	return url;
}

/**
 * Parses VITE_DIRECTUS_URLS: comma-separated URLs, each optionally as `Label=URL`.
 * Returns null when the variable is unset or empty, so config.json applies.
 */
export function parseInstanceUrls(value: string | undefined): InstanceConfig[] | null {
	const items = (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
	if (items.length === 0) return null;
	return unique(
		items.map((item) => {
			const labelled = /^([^=]+?)\s*=\s*(https?:\/\/.+)$/i.exec(item);
			const url = checkedUrl(labelled ? labelled[2]! : item);
			return { url, label: labelled ? labelled[1]! : instanceSlug(url) };
		}),
	);
}

/** Validates the contents of config.json: `{ "instances": [{ "url": "…", "label": "…" }] }`. */
export function parseInstanceConfig(json: unknown): InstanceConfig[] {
	const instances = (json as { instances?: unknown } | null)?.instances;
	if (!Array.isArray(instances) || instances.length === 0) {
		throw new ConfigError('config.json muss unter „instances“ mindestens eine Directus-Instanz nennen.');
	}
	return unique(
		instances.map((entry: unknown) => {
			const { url, label } = (entry ?? {}) as { url?: unknown; label?: unknown };
			if (typeof url !== 'string') throw new ConfigError('Jede Instanz in config.json braucht eine „url“.');
			const checked = checkedUrl(url);
			return { url: checked, label: typeof label === 'string' && label.trim() ? label.trim() : instanceSlug(checked) };
		}),
	);
}

/** The same URL twice would list every district twice. */
function unique(instances: InstanceConfig[]): InstanceConfig[] {
	const seen = new Set<string>();
	return instances.filter((instance) => (seen.has(instance.url) ? false : (seen.add(instance.url), true)));
}
