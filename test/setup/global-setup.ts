/**
 * Starts one real Directus for the integration tests: a temporary SQLite database (or a fresh
 * PostgreSQL database when DB_CLIENT=pg and DB_HOST etc. point at a server), the project's
 * schema, roles, built extensions and seed, exactly as `npm start` sets them up. Tests reach
 * it over HTTP through `inject('directus')`.
 */
import type { TestProject } from 'vitest/node';
import type { Env } from '../../scripts/lib/directus-process';
import { requestedDatabase, startTemporaryInstance } from '../../scripts/lib/temporary-instance';

export interface DirectusUnderTest {
	url: string;
	admin: { email: string; password: string };
	database: 'sqlite3' | 'pg';
	/** The settings Directus runs with, for tests that start a second instance on the same database. */
	env: Env;
	/** The Directus process, for tests that read its memory from /proc. */
	pid: number | undefined;
}

declare module 'vitest' {
	export interface ProvidedContext {
		directus: DirectusUnderTest;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const instance = await startTemporaryInstance({ database: requestedDatabase(), verbose: Boolean(process.env['DEBUG_DIRECTUS']) });
	console.log(`Integrationstests gegen Directus auf ${instance.database === 'pg' ? 'PostgreSQL' : 'SQLite'} (${instance.url})`);
	project.provide('directus', { url: instance.url, admin: instance.admin, database: instance.database, env: instance.env, pid: instance.pid });
	return () => instance.stop();
}
