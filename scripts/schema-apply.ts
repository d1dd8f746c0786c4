/** `npm run schema:apply`: applies schema/ (model, roles) to the running local Directus. */
import { loginApi } from './lib/directus-api';
import { applyRoles } from './lib/apply-roles';
import { applySchema } from './lib/apply-schema';
import { applyIndexes } from './lib/apply-indexes';
import { migrateSchema } from './lib/migrate-schema';
import { localDirectus, readLocalEnv } from './lib/local-env';
import { withDatabase } from './lib/setup-instance';

const env = readLocalEnv();
const { url, admin } = localDirectus(env);
const api = await loginApi(url, admin.email, admin.password);
const result = await applySchema(api);
await withDatabase(env, (db) => migrateSchema(api, db));
const indexes = await withDatabase(env, applyIndexes);
await applyRoles(api);
console.log(`Datenmodell auf ${url} angewendet: ${result.created} neu, ${result.updated} aktualisiert, ${indexes} Indizes angelegt; Rollen und Benutzer geprüft.`);
