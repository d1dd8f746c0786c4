/**
 * deploy/production.env, the settings every production replica shares: read by
 * `npm run topology` and the two-instance test the same way docker-compose.yml reads it as
 * env_file, so the local topology runs exactly the production configuration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type Env } from './directus-process';

export const PRODUCTION_ENV_FILE = join(PROJECT_ROOT, 'deploy/production.env');

export function readProductionEnv(): Env {
	const env: Env = {};
	for (const line of readFileSync(PRODUCTION_ENV_FILE, 'utf8').split('\n')) {
		const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
		if (match) env[match[1]!] = match[2]!;
	}
	return env;
}
