/**
 * `npm start`: from a fresh clone to a running product. Writes a default .env (SQLite under
 * data/) if there is none, builds the extensions when their sources changed, bootstraps
 * Directus, applies the schema, roles and seed, and starts Directus and the dashboard app.
 * Ctrl-C stops both. The production image runs the same script as build/start.mjs
 * (`npm run build:server`), without tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { buildExtensionsIfStale } from './lib/build-extensions';
import { bootstrapDirectus, PROJECT_ROOT, startDirectus, stopProcess } from './lib/directus-process';
import { defaultEnvFile, ENV_FILE, localDirectus, readLocalEnv } from './lib/local-env';
import { hasMailTransport, mailDefaults } from './lib/mail-env';
import { setupInstance } from './lib/setup-instance';

const log = (line: string) => console.log(line);
const started = performance.now();

// A deployment that configures its database through the environment (docker-compose.yml)
// needs no .env file; a fresh clone gets one with SQLite.
if (!process.env['DB_CLIENT']) ensureEnvFile();
const localEnv = readLocalEnv();
// COCKPIT_APP=false runs Directus alone, when the app is served elsewhere (Dockerfile).
const withApp = process.env['COCKPIT_APP'] !== 'false';
// --setup-only applies schema, roles and seed and exits: with several Directus replicas one
// setup job does this once (docker-compose.yml), instead of every replica racing through it.
const setupOnly = process.argv.includes('--setup-only');
const port = localEnv['PORT'] ?? '8055';
const frontendPort = process.env['FRONTEND_PORT'] ?? localEnv['FRONTEND_PORT'] ?? '5173';
// Without a configured mail server the mails land as files under data/mails (scripts/lib/mail-sink.ts);
// loaded only then, so the production image, which configures its relay, needs no SMTP server package.
const mailSink =
	!setupOnly && !hasMailTransport({ ...process.env, ...localEnv })
		? await (await import('./lib/mail-sink')).startMailSink(join(PROJECT_ROOT, 'data/mails'), (file) => log(`E-Mail abgelegt: ${file}`))
		: null;
const env = mailDefaults(localEnv, `http://127.0.0.1:${frontendPort}`, mailSink && { host: '127.0.0.1', port: mailSink.port });
const { admin } = localDirectus(env);

if (env['DB_CLIENT'] === 'sqlite3' && env['DB_FILENAME']) mkdirSync(join(PROJECT_ROOT, 'data'), { recursive: true });

await buildExtensionsIfStale(log);
log('Richte die Datenbank ein …');
await bootstrapDirectus(env);
const launchDirectus = () =>
	startDirectus(env, {
		onOutput: (chunk) => {
			if (/ERROR|FATAL/.test(chunk)) process.stderr.write(chunk);
		},
	});
let directus = await launchDirectus();
log(`Directus läuft unter ${directus.url}.`);
try {
	await setupInstance(directus.url, admin, log, env);
} catch (error) {
	await directus.stop();
	throw error;
}
if (setupOnly) {
	await directus.stop();
	log(`Einrichtung abgeschlossen nach ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	process.exit(0);
}

const frontend = withApp
	? spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), '--port', frontendPort, '--strictPort', '--host', '127.0.0.1'], {
			cwd: join(PROJECT_ROOT, 'frontend'),
			env: { ...process.env, VITE_DIRECTUS_URLS: process.env['VITE_DIRECTUS_URLS'] ?? directus.url },
			stdio: 'ignore',
		})
	: null;

const seconds = ((performance.now() - started) / 1000).toFixed(1);
log(`
Bereit nach ${seconds} s.
  Dashboard:        ${withApp ? `http://127.0.0.1:${frontendPort}` : '(nicht gestartet, COCKPIT_APP=false)'}
  Directus Studio:  ${directus.url}/admin
  Anmeldung Administration: ${admin.email} / ${admin.password}
  Anmeldung Redaktion:      redaktion@example.com / redaktion
  Anmeldung Leitung (nur Dashboard und API): leitung@example.com / leitung
  Anmeldung Meldende (nur Dashboard, „Meine Meldungen“): meldung@example.com / meldung
  E-Mails:          ${mailSink ? `nicht versendet, als Dateien unter ${mailSink.folder} (lokaler SMTP-Server auf Port ${mailSink.port})` : `über ${env['EMAIL_SMTP_HOST'] ?? env['EMAIL_TRANSPORT']}`}
Beenden mit Strg+C.`);

let stopping = false;
async function stopAll(): Promise<void> {
	if (stopping) return;
	stopping = true;
	log('\nBeende Dashboard und Directus …');
	await Promise.all([frontend && stopProcess(frontend), directus.stop(), mailSink?.stop()]);
	process.exit(0);
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
// A Directus that dies on its own (out of memory, a crash) is started again once, so a single
// failure does not leave the app without its server; a second one ends npm start, since a
// Directus that keeps dying needs a person to look at the messages above. In production the
// container's restart policy does this (docker-compose.yml: restart: unless-stopped).
let restarted = false;
function watchDirectus(): void {
	directus.process.once('exit', (code, signal) => {
		if (stopping) return;
		const how = signal ? `Signal ${signal}` : `Code ${code}`;
		if (!restarted) {
			restarted = true;
			console.error(`Directus wurde unerwartet beendet (${how}). Starte Directus einmal neu …`);
			launchDirectus().then(
				(again) => {
					directus = again;
					watchDirectus();
					console.error(`Directus läuft wieder unter ${again.url}.`);
				},
				(error: unknown) => giveUp(`Neustart von Directus fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`),
			);
			return;
		}
		giveUp(`Directus wurde erneut unerwartet beendet (${how}); kein weiterer Neustart. Bitte prüfen Sie die Meldungen oben.`);
	});
}
watchDirectus();

function giveUp(message: string): void {
	if (stopping) return;
	stopping = true;
	console.error(message);
	void Promise.resolve(frontend && stopProcess(frontend)).then(() => process.exit(1));
}

/** Writes the default configuration on first start: SQLite in data/, a random secret. */
function ensureEnvFile(): void {
	if (!existsSync(ENV_FILE)) {
		writeFileSync(ENV_FILE, defaultEnvFile(randomBytes(32).toString('hex'), process.env['FRONTEND_PORT'] ?? '5173'));
		log('Standard-Konfiguration .env geschrieben (SQLite unter data/).');
	}
}
