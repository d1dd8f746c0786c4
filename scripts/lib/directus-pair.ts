/**
 * Two Directus instances configured as docker-compose.yml configures its replicas: the shared
 * settings of deploy/production.env, one PostgreSQL database, one Redis database, one secret,
 * and a load balancer in front standing in for nginx. Used by `npm run topology` and by the
 * two-instance integration test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapDirectus, startDirectus, writeConfig, type Env, type RunningDirectus } from './directus-process';
import { freePort } from './free-port';
import { startLoadBalancer, type LoadBalancer } from './load-balancer';
import { readProductionEnv } from './production-env';
import { setupInstance } from './setup-instance';

export interface DirectusPair {
	a: RunningDirectus;
	b: RunningDirectus;
	balancer: LoadBalancer;
	/** Seconds from the call until each step was done. */
	timings: { a: number; setup: number | null; b: number };
	stop(): Promise<void>;
}

export interface PairOptions {
	/** DB_* settings of an existing PostgreSQL database. */
	database: Env;
	redisUrl: string;
	admin: { email: string; password: string };
	secret: string;
	/** Bootstrap the database and apply schema, roles and seed once, through instance A (the compose setup job). */
	setup: boolean;
	/** Where the dashboard app is served from (CORS_ORIGIN); any origin when not given. */
	appOrigin?: string;
	/** The SMTP server the instances send through (compose: the district's relay). */
	mail?: { host: string; port: number };
	/** Settings a test adds on top, e.g. COCKPIT_REMINDER_SCHEDULE. */
	env?: Env;
	onOutput?: (instance: 'A' | 'B', chunk: string) => void;
	log?: (line: string) => void;
}

export async function startDirectusPair(options: PairOptions): Promise<DirectusPair> {
	const started = performance.now();
	const seconds = () => Number(((performance.now() - started) / 1000).toFixed(1));
	const log = options.log ?? (() => {});
	const workdir = mkdtempSync(join(tmpdir(), 'cockpit-pair-'));
	const ports = [await freePort(), await freePort()] as const;
	const balancer = await startLoadBalancer(ports.map((port) => `http://127.0.0.1:${port}`));

	const shared: Env = {
		...readProductionEnv(),
		...deploymentEnv({ ...options, publicUrl: balancer.url }),
		// The compose replicas share one uploads volume.
		STORAGE_LOCAL_ROOT: join(workdir, 'uploads'),
		...options.env,
	};
	const envOf = (instance: 'A' | 'B', port: number): Env => {
		const env = { ...shared, PORT: String(port) };
		return { ...env, CONFIG_PATH: writeConfig(join(workdir, `${instance}.env`), env) };
	};
	const envA = envOf('A', ports[0]);
	const envB = envOf('B', ports[1]);

	const running: RunningDirectus[] = [];
	const stop = async () => {
		await Promise.all(running.map((instance) => instance.stop()));
		await balancer.stop();
		rmSync(workdir, { recursive: true, force: true });
	};
	try {
		if (options.setup) await bootstrapDirectus(envA);
		const a = await startDirectus(envA, { onOutput: (chunk) => options.onOutput?.('A', chunk) });
		running.push(a);
		const aReady = seconds();
		log(`Directus A läuft (${a.url}) nach ${aReady} s.`);
		let setupDone: number | null = null;
		if (options.setup) {
			await setupInstance(a.url, options.admin, log, envA);
			setupDone = seconds();
		}
		const b = await startDirectus(envB, { onOutput: (chunk) => options.onOutput?.('B', chunk) });
		running.push(b);
		const bReady = seconds();
		log(`Directus B läuft (${b.url}) nach ${bReady} s; beide hinter ${balancer.url}.`);
		return { a, b, balancer, timings: { a: aReady, setup: setupDone, b: bReady }, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/**
 * What docker-compose.yml sets per deployment beside deploy/production.env (PORT comes per
 * instance); production-env.test.ts checks that both name the same settings.
 */
export function deploymentEnv(options: Pick<PairOptions, 'database' | 'redisUrl' | 'admin' | 'secret' | 'appOrigin'> & { publicUrl: string; mail?: { host: string; port: number } }): Env {
	return {
		...options.database,
		SECRET: options.secret,
		PUBLIC_URL: options.publicUrl,
		REDIS: options.redisUrl,
		ADMIN_EMAIL: options.admin.email,
		ADMIN_PASSWORD: options.admin.password,
		CORS_ORIGIN: options.appOrigin ?? 'true',
		// What compose sets per deployment for mail: the relay (here a local port nothing listens
		// on unless a test starts an SMTP server there) and the app the mails link into.
		EMAIL_SMTP_HOST: options.mail?.host ?? '127.0.0.1',
		EMAIL_SMTP_PORT: String(options.mail?.port ?? 2525),
		EMAIL_SMTP_USER: '',
		EMAIL_SMTP_PASSWORD: '',
		EMAIL_FROM: 'digitalisierungs-cockpit@localhost',
		COCKPIT_APP_URL: options.appOrigin ?? 'http://127.0.0.1:5173',
		USER_INVITE_URL_ALLOW_LIST: `${options.appOrigin ?? 'http://127.0.0.1:5173'}/einladung`,
	};
}
