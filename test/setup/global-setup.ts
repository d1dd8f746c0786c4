/**
 * Starts one real Directus for the integration tests: a temporary SQLite database (or a fresh
 * PostgreSQL database when DB_CLIENT=pg), the project's schema, roles, built extensions and
 * seed, exactly as `npm start` sets them up. Tests reach it over HTTP through `inject('directus')`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtensionsIfStale } from '../../scripts/lib/build-extensions';
import { bootstrapDirectus, startDirectus, type Env } from '../../scripts/lib/directus-process';
import { setupInstance } from '../../scripts/lib/setup-instance';
import { createTemporaryPostgresDatabase } from './postgres';
import { freePort } from './free-port';

export interface DirectusUnderTest {
	url: string;
	admin: { email: string; password: string };
	database: 'sqlite3' | 'pg';
}

declare module 'vitest' {
	export interface ProvidedContext {
		directus: DirectusUnderTest;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const admin = { email: 'admin@example.com', password: 'admin-test-passwort' };
	const workdir = mkdtempSync(join(tmpdir(), 'cockpit-test-'));
	const port = await freePort();
	const database = process.env['DB_CLIENT'] === 'pg' ? await createTemporaryPostgresDatabase() : null;

	const env: Env = {
		...(database
			? database.env
			: { DB_CLIENT: 'sqlite3', DB_FILENAME: join(workdir, 'test.db') }),
		SECRET: 'integration-test-secret-integration-test-secret',
		PORT: String(port),
		PUBLIC_URL: `http://127.0.0.1:${port}`,
		ADMIN_EMAIL: admin.email,
		ADMIN_PASSWORD: admin.password,
		EXTENSIONS_PATH: join(process.cwd(), 'extensions'),
		EXTENSIONS_AUTO_RELOAD: 'false',
		STORAGE_LOCAL_ROOT: workdir,
		TELEMETRY: 'false',
		LOG_LEVEL: 'warn',
		// Tests log in many times in a row; Directus' default rate limiter is off, but be explicit.
		RATE_LIMITER_ENABLED: 'false',
		CACHE_ENABLED: 'false',
		// The dashboard app of the end-to-end tests is served from another origin.
		CORS_ENABLED: 'true',
		CORS_ORIGIN: 'true',
	};

	// Directus resolves extensions from the project folder, so it runs there; CONFIG_PATH keeps a
	// developer's own .env out of the test instance.
	const configPath = join(workdir, 'test.env');
	writeFileSync(configPath, Object.entries(env).map(([key, value]) => `${key}=${value}`).join('\n'));
	env['CONFIG_PATH'] = configPath;

	await buildExtensionsIfStale(() => {});
	await bootstrapDirectus(env);
	const directus = await startDirectus(env, {
		onOutput: process.env['DEBUG_DIRECTUS'] ? (chunk) => process.stderr.write(chunk) : undefined,
	});
	try {
		await setupInstance(directus.url, admin, () => {});
	} catch (error) {
		await directus.stop();
		throw error;
	}
	project.provide('directus', { url: directus.url, admin, database: database ? 'pg' : 'sqlite3' });

	return async () => {
		await directus.stop();
		await database?.drop();
		rmSync(workdir, { recursive: true, force: true });
	};
}
