/** A council information system the server may fetch from: a host name or IP, with or without a port. */
export interface AllowedHost {
	host: string;
	/** null: any port. */
	port: number | null;
}

/**
 * Reads `COCKPIT_OPARL_HOSTS`: a comma-separated list such as "ris.kreis-unna.de,
 * 10.0.4.7:8080, [fd00::7]:443". Directus may hand over a list already split. Host names are
 * compared in lower case; entries that cannot be read are left out (the README names the form).
 */
export function parseHostList(value: unknown): AllowedHost[] {
	const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
	return items.flatMap((item) => {
		const text = item.trim().toLowerCase();
		const match = /^(\[[0-9a-f:.]+\]|[^:\s/[\]]+)(?::(\d{1,5}))?$/.exec(text);
		if (!match) return [];
		const port = match[2] === undefined ? null : Number(match[2]);
		if (port !== null && (port < 1 || port > 65535)) return [];
		return [{ host: match[1]!.replace(/^\[|\]$/g, ''), port }];
	});
}
