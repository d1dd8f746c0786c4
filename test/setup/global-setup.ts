/**
 * Starts one real Directus for the integration tests: a temporary SQLite database (or a fresh
 * PostgreSQL database when DB_CLIENT=pg and DB_HOST etc. point at a server), the project's
 * schema, roles, built extensions and seed, exactly as `npm start` sets them up. Tests reach
 * it over HTTP through `inject('directus')`.
 */
import type { TestProject } from 'vitest/node';
import type { Env } from '../../scripts/lib/directus-process';
import { freePort } from '../../scripts/lib/free-port';
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

/**
 * The council information system the council-paper tests start: Directus may fetch from
 * 127.0.0.1 on `port` (a listed address), from "localhost" on `unlistedAddressPort` (a listed
 * name whose loopback address is not listed, so the address check must refuse it) and from
 * 127.0.0.1 on `deadPort`, where nothing listens.
 */
export interface OparlUnderTest {
	port: number;
	unlistedAddressPort: number;
	deadPort: number;
	timeoutMs: number;
}

declare module 'vitest' {
	export interface ProvidedContext {
		directus: DirectusUnderTest;
		oparl: OparlUnderTest;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const oparl: OparlUnderTest = { port: await freePort(), unlistedAddressPort: await freePort(), deadPort: await freePort(), timeoutMs: 1500 };
	const instance = await startTemporaryInstance({
		database: requestedDatabase(),
		verbose: Boolean(process.env['DEBUG_DIRECTUS']),
		env: { COCKPIT_OPARL_HOSTS: `127.0.0.1:${oparl.port},localhost:${oparl.unlistedAddressPort},127.0.0.1:${oparl.deadPort}`, COCKPIT_OPARL_TIMEOUT_MS: String(oparl.timeoutMs) },
	});
	project.provide('oparl', oparl);
	console.log(`Integrationstests gegen Directus auf ${instance.database === 'pg' ? 'PostgreSQL' : 'SQLite'} (${instance.url})`);
	project.provide('directus', { url: instance.url, admin: instance.admin, database: instance.database, env: instance.env, pid: instance.pid });
	return () => instance.stop();
}
