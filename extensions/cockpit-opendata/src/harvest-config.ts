/**
 * The hub's settings from Directus' environment (or the shell, for `npm run harvest`):
 *   COCKPIT_HARVEST_SOURCES     catalogue URLs, comma-separated; empty: this instance harvests nothing
 *   COCKPIT_HARVEST_SCHEDULE    when to harvest, as cron (default hourly, "0 * * * *")
 *   COCKPIT_HARVEST_TIMEOUT     seconds one file may take (default 20)
 *   COCKPIT_HARVEST_MAX_MB      largest file taken, in MB (default 10)
 */
export interface HarvestConfig {
	sources: string[];
	schedule: string;
	timeoutMs: number;
	maxBytes: number;
}

export function readHarvestConfig(env: Record<string, unknown>): HarvestConfig {
	const sources = String(env['COCKPIT_HARVEST_SOURCES'] ?? '')
		.split(',')
		.map((source) => source.trim())
		.filter((source) => source !== '');
	const positive = (value: unknown, fallback: number) => (Number(value) > 0 ? Number(value) : fallback);
	return {
		sources: [...new Set(sources)],
		schedule: String(env['COCKPIT_HARVEST_SCHEDULE'] || '0 * * * *'),
		timeoutMs: positive(env['COCKPIT_HARVEST_TIMEOUT'], 20) * 1000,
		maxBytes: positive(env['COCKPIT_HARVEST_MAX_MB'], 10) * 1024 * 1024,
	};
}
