/**
 * Runs Directus as a child process: bootstrap (create or migrate the database, first admin)
 * and start, then wait until it answers. Used by `npm start` and by the integration tests,
 * so both run the same Directus with the same extensions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRECTUS_CLI = join(PROJECT_ROOT, 'node_modules/directus/cli.js');

export type Env = Record<string, string>;

/**
 * Settings every Directus of this product runs with unless its configuration says otherwise.
 *
 * CACHE_SCHEMA_FREEZE_ENABLED: Directus otherwise hands every request a deep copy of its cached
 * schema (lodash cloneDeep of all collections, fields and relations), measured here at about
 * 3 ms of CPU per authenticated request, a third of a comparison's time on PostgreSQL. Frozen,
 * all requests share one read-only schema; the product's extensions only read it.
 */
export const PRODUCT_DEFAULTS: Env = { CACHE_SCHEMA_FREEZE_ENABLED: 'true' };

/**
 * Writes an instance's settings to its own config file and returns the path for CONFIG_PATH:
 * Directus lets its config file win over the environment, so each instance needs its own.
 */
export function writeConfig(path: string, env: Env): string {
	const { CONFIG_PATH: _ignored, ...settings } = env;
	writeFileSync(path, Object.entries(settings).map(([key, value]) => `${key}=${value}`).join('\n'));
	return path;
}

export interface RunningDirectus {
	url: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

/** Runs `directus bootstrap`: idempotent, it installs or migrates the database and creates the first admin. */
export async function bootstrapDirectus(env: Env, cwd = PROJECT_ROOT): Promise<void> {
	await runToEnd(['bootstrap'], env, cwd);
}

export async function startDirectus(
	env: Env,
	options: { cwd?: string; onOutput?: (chunk: string) => void } = {},
): Promise<RunningDirectus> {
	const child = spawn(process.execPath, [DIRECTUS_CLI, 'start'], {
		cwd: options.cwd ?? PROJECT_ROOT,
		env: { ...PRODUCT_DEFAULTS, ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const collect = (chunk: Buffer) => {
		const text = chunk.toString();
		output = (output + text).slice(-20_000);
		options.onOutput?.(text);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);

	const url = `http://127.0.0.1:${env['PORT'] ?? '8055'}`;
	const exited = new Promise<never>((_, reject) =>
		child.once('exit', (code) => reject(new Error(`Directus wurde beendet (Code ${code}).\n${output}`))),
	);
	await Promise.race([waitUntilReady(url), exited]);

	return {
		url,
		process: child,
		stop: () => stopProcess(child),
	};
}

async function waitUntilReady(url: string, timeoutMs = 120_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${url}/server/ping`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`Directus antwortet nicht unter ${url}.`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(force);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

function runToEnd(args: string[], env: Env, cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [DIRECTUS_CLI, ...args], {
			cwd,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`directus ${args.join(' ')} endete mit Code ${code}:\n${output}`)),
		);
	});
}
