/**
 * The steps after Directus answers, shared by `npm start` and the integration tests:
 * schema, roles and users, then the seed. Each step is idempotent.
 */
import { loadSeed, type SeedResult } from '../../seed/load-seed';
import { applyRoles } from './apply-roles';
import { applySchema } from './apply-schema';
import { loginApi } from './directus-api';

export async function setupInstance(
	url: string,
	admin: { email: string; password: string },
	log: (line: string) => void,
	options: { seed?: boolean } = {},
): Promise<SeedResult[]> {
	const api = await loginApi(url, admin.email, admin.password);
	const schema = await applySchema(api);
	log(`Datenmodell angewendet (${schema.created} neu, ${schema.updated} aktualisiert).`);
	await applyRoles(api);
	log('Rollen Redaktion und Leitung mit Demo-Benutzern eingerichtet.');
	if (options.seed === false) return [];
	log('Lade die fünf Kreise aus ihren Strategiedokumenten:');
	return loadSeed(api, log);
}
