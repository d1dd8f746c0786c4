/**
 * The catalogue's settings from Directus' environment:
 *   PUBLIC_URL                    where the catalogue's links point (Directus' own setting)
 *   COCKPIT_OPENDATA_PUBLISHER    the catalogue's publisher (default "Digitalisierungs-Cockpit")
 *   COCKPIT_OPENDATA_LICENSE      a licence IRI from the DCAT-AP.de list (default Datenlizenz
 *                                 Deutschland Namensnennung 2.0)
 */
export const DEFAULT_LICENSE = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';
const LICENSE_LIST = 'http://dcat-ap.de/def/licenses/';

export interface OpenDataConfig {
	baseUrl: string;
	publisher: string;
	license: string;
}

export function readOpenDataConfig(env: Record<string, unknown>, warn: (message: string) => void): OpenDataConfig {
	const port = String(env['PORT'] ?? '8055');
	const baseUrl = String(env['PUBLIC_URL'] || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
	const publisher = String(env['COCKPIT_OPENDATA_PUBLISHER'] || 'Digitalisierungs-Cockpit');
	let license = String(env['COCKPIT_OPENDATA_LICENSE'] || DEFAULT_LICENSE);
	// GovData accepts only licences of its list; a typo would make every distribution invalid.
	if (!license.startsWith(LICENSE_LIST) || !/^[\w:/.-]+$/.test(license)) {
		warn(`COCKPIT_OPENDATA_LICENSE „${license}“ ist keine Lizenz aus ${LICENSE_LIST}; der Katalog nennt stattdessen ${DEFAULT_LICENSE}.`);
		license = DEFAULT_LICENSE;
	}
	return { baseUrl, publisher, license };
}
