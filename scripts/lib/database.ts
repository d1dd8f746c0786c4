/**
 * A knex connection to the database a Directus runs on, from the same DB_* settings Directus
 * reads, for the steps its REST API cannot do (indexes, bulk writes of generated districts).
 */
import knex, { type Knex } from 'knex';
import { PROJECT_ROOT, type Env } from './directus-process';
import { isAbsolute, join } from 'node:path';

export function connectDatabase(env: Env): Knex {
	if (env['DB_CLIENT'] === 'pg' || env['DB_CLIENT'] === 'postgres') {
		return knex({
			client: 'pg',
			connection: env['DB_CONNECTION_STRING'] ?? {
				host: env['DB_HOST'] ?? '127.0.0.1',
				port: Number(env['DB_PORT'] ?? 5432),
				user: env['DB_USER'],
				password: env['DB_PASSWORD'],
				database: env['DB_DATABASE'],
			},
			pool: { min: 0, max: 2 },
		});
	}
	if (env['DB_CLIENT'] !== 'sqlite3') throw new Error(`Datenbank ${env['DB_CLIENT'] ?? '(keine)'} wird nicht unterstützt; bitte sqlite3 oder pg.`);
	// Directus runs in the project folder, so a relative file name is relative to it.
	const filename = env['DB_FILENAME'] ?? '';
	return knex({
		client: 'sqlite3',
		connection: { filename: isAbsolute(filename) ? filename : join(PROJECT_ROOT, filename) },
		useNullAsDefault: true,
		// Directus holds the same file open; wait for its locks instead of failing.
		pool: { min: 1, max: 1, afterCreate: (connection: { run(sql: string, done: (error: Error | null) => void): void }, done: (error: Error | null) => void) => connection.run('PRAGMA busy_timeout = 10000', done) },
	});
}
