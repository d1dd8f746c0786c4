/** `npm run schema:apply`: applies schema/ (model, roles) to the running local Directus. */
import { loginApi } from './lib/directus-api';
import { applyRoles } from './lib/apply-roles';
import { applySchema } from './lib/apply-schema';
import { localDirectus } from './lib/local-env';

const { url, admin } = localDirectus();
const api = await loginApi(url, admin.email, admin.password);
const result = await applySchema(api);
await applyRoles(api);
console.log(`Datenmodell auf ${url} angewendet: ${result.created} neu, ${result.updated} aktualisiert; Rollen und Benutzer geprüft.`);
