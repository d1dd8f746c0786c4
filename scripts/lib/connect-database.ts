/**
 * A knex connection to the database a Directus instance is configured with (DB_* settings),
 * for the scripts that work on the stored data directly: the integrity check and benchmarks.
 */
import { isAbsolute, join } from 'node:path';
import knex, { type Knex } from 'knex';
import { PROJECT_ROOT, type Env } from './directus-process';

export function connectDatabase(env: Env): Knex {
	if (env['DB_CLIENT'] === 'pg') {
		return knex({
			client: 'pg',
			connection: { host: env['DB_HOST'], port: Number(env['DB_PORT'] ?? 5432), user: env['DB_USER'], password: env['DB_PASSWORD'], database: env['DB_DATABASE'] },
		});
	}
	const filename = env['DB_FILENAME'] ?? './data/cockpit.db';
	// Directus resolves a relative file name from the project folder, where npm start runs it.
	return knex({ client: 'sqlite3', connection: { filename: isAbsolute(filename) ? filename : join(PROJECT_ROOT, filename) }, useNullAsDefault: true });
}
