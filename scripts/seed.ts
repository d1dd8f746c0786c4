/** `npm run seed`: loads the districts that are not loaded yet into the running local Directus. */
import { loadSeed } from '../seed/load-seed';
import { loginApi } from './lib/directus-api';
import { localDirectus } from './lib/local-env';

const { url, admin } = localDirectus();
console.log(`Lade Beispieldaten nach ${url}:`);
await loadSeed(await loginApi(url, admin.email, admin.password));
