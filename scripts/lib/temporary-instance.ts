/**
 * A throw-away Directus with the project's schema, roles, extensions and seed: a temporary
 * SQLite file, or a fresh PostgreSQL database when asked for. Used by the integration tests
 * and the benchmarks, so both measure the product as `npm start` sets it up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtensionsIfStale } from './build-extensions';
import { bootstrapDirectus, PROJECT_ROOT, startDirectus, type Env } from './directus-process';
import { freePort } from './free-port';
import { setupInstance } from './setup-instance';
import { createTemporaryPostgresDatabase } from './temporary-postgres';

export interface TemporaryInstance {
	url: string;
	admin: { email: string; password: string };
	database: 'sqlite3' | 'pg';
	/** The database connection settings Directus runs with (for benchmarks that prepare data in bulk). */
	env: Env;
	stop(): Promise<void>;
}

export async function startTemporaryInstance(options: { database: 'sqlite3' | 'pg'; verbose?: boolean }): Promise<TemporaryInstance> {
	const admin = { email: 'admin@example.com', password: 'admin-test-passwort' };
	const workdir = mkdtempSync(join(tmpdir(), 'cockpit-'));
	const port = await freePort();
	const postgres = options.database === 'pg' ? await createTemporaryPostgresDatabase() : null;

	const env: Env = {
		...(postgres ? postgres.env : { DB_CLIENT: 'sqlite3', DB_FILENAME: join(workdir, 'cockpit.db') }),
		SECRET: 'temporary-instance-secret-temporary-instance-secret',
		PORT: String(port),
		PUBLIC_URL: `http://127.0.0.1:${port}`,
		ADMIN_EMAIL: admin.email,
		ADMIN_PASSWORD: admin.password,
		EXTENSIONS_PATH: join(PROJECT_ROOT, 'extensions'),
		EXTENSIONS_AUTO_RELOAD: 'false',
		STORAGE_LOCAL_ROOT: workdir,
		TELEMETRY: 'false',
		LOG_LEVEL: 'warn',
		RATE_LIMITER_ENABLED: 'false',
		CACHE_ENABLED: 'false',
		// On a busy machine Directus' load shedding would answer 503 to tests and benchmarks.
		PRESSURE_LIMITER_ENABLED: 'false',
		// The dashboard app of the end-to-end tests is served from another origin.
		CORS_ENABLED: 'true',
		CORS_ORIGIN: 'true',
	};
	// Directus resolves extensions from the project folder, so it runs there; CONFIG_PATH keeps a
	// developer's own .env out of the temporary instance.
	const configPath = join(workdir, 'instance.env');
	writeFileSync(configPath, Object.entries(env).map(([key, value]) => `${key}=${value}`).join('\n'));
	env['CONFIG_PATH'] = configPath;

	const cleanUp = async () => {
		await postgres?.drop();
		rmSync(workdir, { recursive: true, force: true });
	};
	try {
		await buildExtensionsIfStale(() => {});
		await bootstrapDirectus(env);
		const directus = await startDirectus(env, { onOutput: options.verbose ? (chunk) => process.stderr.write(chunk) : undefined });
		try {
			await setupInstance(directus.url, admin, () => {}, env);
		} catch (error) {
			await directus.stop();
			throw error;
		}
		return {
			url: directus.url,
			admin,
			database: options.database,
			env,
			stop: async () => {
				await directus.stop();
				await cleanUp();
			},
		};
	} catch (error) {
		await cleanUp();
		throw error;
	}
}

/** The database the caller asked for through DB_CLIENT (pg) or the embedded default. */
export function requestedDatabase(): 'sqlite3' | 'pg' {
	return process.env['DB_CLIENT'] === 'pg' ? 'pg' : 'sqlite3';
}
