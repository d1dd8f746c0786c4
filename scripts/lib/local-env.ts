/** The local configuration: .env in the project folder, overridden by the shell's variables. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type Env } from './directus-process';

export const ENV_FILE = join(PROJECT_ROOT, '.env');

const SHELL_OVERRIDES = ['PORT', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'DB_CLIENT', 'DB_FILENAME', 'DB_HOST', 'DB_PORT', 'DB_DATABASE', 'DB_USER', 'DB_PASSWORD', 'PUBLIC_URL'];

export function readLocalEnv(): Env {
	const env = resolveLocalEnv(existsSync(ENV_FILE) ? parseEnvFile(readFileSync(ENV_FILE, 'utf8')) : {}, process.env);
	// Directus would read .env again and let the file win over the environment; it gets the
	// resolved values instead, so that the shell wins as the README promises.
	env['CONFIG_PATH'] = '/dev/null';
	return env;
}

/**
 * The file's settings with the shell's on top. A PORT from the shell also moves the file's
 * PUBLIC_URL while that still names the file's own port: Directus links its files, mails and
 * the open-data catalogue with PUBLIC_URL, and those links must reach the port it runs on.
 */
export function resolveLocalEnv(file: Env, shell: Record<string, string | undefined>): Env {
	const env: Env = { ...file };
	for (const key of new Set([...Object.keys(env), ...SHELL_OVERRIDES])) if (shell[key]) env[key] = shell[key]!;
	const filePublicUrl = `http://127.0.0.1:${file['PORT'] ?? '8055'}`;
	if (shell['PORT'] && !shell['PUBLIC_URL'] && (file['PUBLIC_URL'] ?? filePublicUrl) === filePublicUrl) env['PUBLIC_URL'] = `http://127.0.0.1:${shell['PORT']}`;
	return env;
}

/** KEY=value lines; comments and anything else are skipped, surrounding quotes removed. */
export function parseEnvFile(text: string): Env {
	const env: Env = {};
	for (const line of text.split('\n')) {
		const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
		if (match) env[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
	}
	return env;
}

/** Where the local Directus answers and how the administrator logs in. */
export function localDirectus(env: Env = readLocalEnv()): { url: string; admin: { email: string; password: string } } {
	return {
		url: `http://127.0.0.1:${env['PORT'] ?? '8055'}`,
		admin: { email: env['ADMIN_EMAIL'] ?? 'admin@example.com', password: env['ADMIN_PASSWORD'] ?? 'admin' },
	};
}

/**
 * The .env that `npm start` writes on first start: SQLite in data/, the given secret, and CORS
 * for the dashboard app's own origin only (as Vite serves it on FRONTEND_PORT, under both names
 * of this machine), so that no other page a user opens can read Directus' answers with the
 * user's session.
 */
export function defaultEnvFile(secret: string, frontendPort = '5173'): string {
	return `# Geschrieben von npm start. Für PostgreSQL siehe README.md.
DB_CLIENT=sqlite3
DB_FILENAME=./data/cockpit.db
SECRET=${secret}
PORT=8055
PUBLIC_URL=http://127.0.0.1:8055
ADMIN_EMAIL=admin@example.com
ADMIN_PASSWORD=admin
EXTENSIONS_PATH=./extensions
EXTENSIONS_AUTO_RELOAD=false
TELEMETRY=false
FRONTEND_PORT=${frontendPort}
CORS_ENABLED=true
CORS_ORIGIN=http://127.0.0.1:${frontendPort},http://localhost:${frontendPort}
`;
}
