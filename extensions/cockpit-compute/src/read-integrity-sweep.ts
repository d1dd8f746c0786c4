/**
 * When the periodic integrity sweep runs: COCKPIT_INTEGRITY_SWEEP as a cron expression (five
 * fields, or six with seconds first), every five minutes when unset, never when `false` or
 * `off`. Directus itself rejects an invalid expression with a message in its log.
 */
export const DEFAULT_INTEGRITY_SWEEP = '*/5 * * * *';

export function readIntegritySweep(env: Record<string, unknown>): string | null {
	const raw = env['COCKPIT_INTEGRITY_SWEEP'];
	if (raw === undefined || raw === null || raw === '') return DEFAULT_INTEGRITY_SWEEP;
	if (raw === false || /^(false|off)$/i.test(String(raw).trim())) return null;
	return String(raw).trim();
}
