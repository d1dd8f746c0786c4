/**
 * `npm run schema:snapshot`: writes Directus' own snapshot of the local database's schema to
 * schema/snapshot.yaml, for review and diffing. The source of truth stays schema/model.ts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/directus-process';
import { readLocalEnv } from './lib/local-env';

const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/directus/cli.js'), 'schema', 'snapshot', '--yes', join(PROJECT_ROOT, 'schema/snapshot.yaml')], {
	cwd: PROJECT_ROOT,
	env: { ...process.env, ...readLocalEnv() },
	stdio: 'inherit',
});
process.exit(result.status ?? 1);
