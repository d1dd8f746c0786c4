/**
 * A throw-away Directus with the project's schema, roles, extensions and seed: a temporary
 * SQLite file, or a fresh PostgreSQL database when asked for. Used by the integration tests
 * and the benchmarks, so both measure the product as `npm start` sets it up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtensionsIfStale } from './build-extensions';
import { bootstrapDirectus, PROJECT_ROOT, startDirectus, writeConfig, type Env, type RunningDirectus } from './directus-process';
import { freePort } from './free-port';
import { mailDefaults } from './mail-env';
import { setupInstance } from './setup-instance';
import { createTemporaryPostgresDatabase } from './temporary-postgres';

export interface TemporaryInstance {
	url: string;
	admin: { email: string; password: string };
	database: 'sqlite3' | 'pg';
	/** The database connection settings Directus runs with (for benchmarks that prepare data in bulk). */
	env: Env;
	/** The Directus server process (benchmarks read its memory from /proc). */
	readonly pid: number | undefined;
	/** Kills Directus as a crash would (SIGKILL): no shutdown, no cleanup. */
	kill(): Promise<void>;
	/** Starts Directus again on the same database and port, as after a crash or a deployment. */
	restart(): Promise<void>;
	stop(): Promise<void>;
}

export async function startTemporaryInstance(options: {
	database: 'sqlite3' | 'pg';
	verbose?: boolean;
	/** false: schema and roles only, for tests that load the seed themselves. */
	seed?: boolean;
	/** Settings added on top: the project's own (COCKPIT_*, e.g. COCKPIT_HARVEST_SOURCES for a hub), or e.g. EMAIL_SMTP_PORT of an SMTP server the test started. */
	env?: Env;
}): Promise<TemporaryInstance> {
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
		// Requests from this machine may name their client in X-Forwarded-For, as nginx does in
		// production, so the login-limit tests can play several addresses.
		IP_TRUST_PROXY: 'loopback',
		// The test machine is shared and often busy; Directus' overload guard would then answer
		// 503 "Under pressure" to setup and tests, which check correctness, not overload.
		PRESSURE_LIMITER_ENABLED: 'false',
		CACHE_ENABLED: 'false',
		// The dashboard app of the end-to-end tests is served from another origin.
		CORS_ENABLED: 'true',
		CORS_ORIGIN: 'true',
		// Mails render from the German templates of extensions/cockpit-mail; the transport is
		// Directus' default (none reachable) unless a test starts an SMTP server and names it.
		...mailDefaults({}, 'http://127.0.0.1:5173', null),
		// Reminders run only when a test asks (POST /reporting/reminders/run), so it can count them.
		COCKPIT_REMINDER_SCHEDULE: 'off',
		...options.env,
	};
	// Directus resolves extensions from the project folder, so it runs there; CONFIG_PATH keeps a
	// developer's own .env out of the temporary instance.
	env['CONFIG_PATH'] = writeConfig(join(workdir, 'instance.env'), env);

	const cleanUp = async () => {
		await postgres?.drop();
		rmSync(workdir, { recursive: true, force: true });
	};
	try {
		await buildExtensionsIfStale(() => {});
		await bootstrapDirectus(env);
		const start = () => startDirectus(env, { onOutput: options.verbose ? (chunk) => process.stderr.write(chunk) : undefined });
		let directus = await start();
		try {
			await setupInstance(directus.url, admin, () => {}, env, { seed: options.seed ?? true });
		} catch (error) {
			await directus.stop();
			throw error;
		}
		return {
			url: directus.url,
			admin,
			database: options.database,
			env,
			get pid() {
				return directus.process.pid;
			},
			kill: async () => {
				const exited = new Promise((resolve) => directus.process.once('exit', resolve));
				directus.process.kill('SIGKILL');
				await exited;
			},
			restart: async () => {
				directus = await start();
			},
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

/**
 * Another Directus on the same database (and Redis, where configured) as a running temporary
 * instance, on a port of its own: two instances behind one database, as in production.
 */
export async function startSiblingDirectus(env: Env): Promise<RunningDirectus> {
	const port = await freePort();
	const sibling: Env = { ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` };
	sibling['CONFIG_PATH'] = writeConfig(`${env['CONFIG_PATH']}.${port}`, sibling);
	return startDirectus(sibling);
}


/** The database the caller asked for through DB_CLIENT (pg) or the embedded default. */
export function requestedDatabase(): 'sqlite3' | 'pg' {
	return process.env['DB_CLIENT'] === 'pg' ? 'pg' : 'sqlite3';
}
