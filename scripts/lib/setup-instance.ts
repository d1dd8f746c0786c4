/**
 * The steps after Directus answers, shared by `npm start` and the integration tests:
 * schema (with its indexes), roles and users, then the seed. Each step is idempotent.
 */
import { loadSeed, type SeedResult } from '../../seed/load-seed';
import { applyRoles } from './apply-roles';
import { applyIndexes } from './apply-indexes';
import { applySchema } from './apply-schema';
import { migrateSchema } from './migrate-schema';
import { connectDatabase } from './database';
import { loginApi } from './directus-api';
import type { Env } from './directus-process';
import type { Knex } from 'knex';

export async function setupInstance(
	url: string,
	admin: { email: string; password: string },
	log: (line: string) => void,
	env: Env,
	options: { seed?: boolean } = {},
): Promise<SeedResult[]> {
	const api = await loginApi(url, admin.email, admin.password);
	const schema = await applySchema(api);
	const migrated = await withDatabase(env, (db) => migrateSchema(api, db));
	const indexes = await withDatabase(env, applyIndexes);
	log(`Datenmodell angewendet (${schema.created} neu, ${schema.updated} aktualisiert, ${indexes} Indizes angelegt).`);
	if (migrated.relaxed + migrated.costComponents + migrated.profiles > 0) {
		log(`Ältere Daten umgestellt: ${migrated.relaxed} Pflichtfelder freigegeben, ${migrated.costComponents} Kostenbestandteile aus den bisherigen Kostenfeldern, ${migrated.profiles} Steckbriefe auf ihre Felder verteilt.`);
	}
	await applyRoles(api);
	log('Rollen Redaktion, Leitung und Meldende mit Demo-Benutzern eingerichtet.');
	if (options.seed === false) return [];
	log('Lade die fünf Kreise aus ihren Strategiedokumenten:');
	return loadSeed(api, log);
}

/** Runs one step on a short-lived connection to Directus' database. */
export async function withDatabase<T>(env: Env, work: (db: Knex) => Promise<T>): Promise<T> {
	const db = connectDatabase(env);
	try {
		return await work(db);
	} finally {
		await db.destroy();
	}
}
