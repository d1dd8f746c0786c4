/**
 * docker-compose.yml and `npm run topology` must run the same configuration: both read
 * deploy/production.env, and the settings compose adds per deployment are the ones the
 * topology adds, no more and no fewer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { PRODUCT_DEFAULTS, PROJECT_ROOT } from './directus-process';
import { deploymentEnv } from './directus-pair';
import { readProductionEnv } from './production-env';

interface Service {
	env_file?: string;
	environment?: Record<string, string>;
	build?: { target?: string };
}

const compose = YAML.parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const directusServices = Object.entries(compose.services).filter(([, service]) => service.build?.target === 'directus');

describe('the production configuration', () => {
	it('is read from deploy/production.env by the setup job and both replicas', () => {
		expect(Object.fromEntries(directusServices.map(([name, service]) => [name, service.env_file]))).toEqual({
			setup: 'deploy/production.env',
			'directus-1': 'deploy/production.env',
			'directus-2': 'deploy/production.env',
		});
	});

	it('gets the same per-deployment settings from compose as from the topology', () => {
		const topology = deploymentEnv({
			database: { DB_HOST: '', DB_PORT: '', DB_DATABASE: '', DB_USER: '', DB_PASSWORD: '' },
			redisUrl: '',
			admin: { email: '', password: '' },
			secret: '',
			publicUrl: '',
		});
		const keys = (env: Record<string, unknown>) => Object.keys(env).sort();
		expect(directusServices.map(([, service]) => keys(service.environment ?? {}))).toEqual(
			directusServices.map(() => keys({ ...topology, PORT: '' })),
		);
	});

	it('keeps every store that holds state between requests in Redis', () => {
		const env = readProductionEnv();
		expect([env['CACHE_STORE'], env['SYNCHRONIZATION_STORE'], env['RATE_LIMITER_STORE'], env['CACHE_ENABLED'], env['CACHE_AUTO_PURGE']]).toEqual([
			'redis',
			'redis',
			'redis',
			'true',
			'true',
		]);
	});

	it('carries the product defaults that npm start and the tests get from startDirectus', () => {
		// The images start Directus without startDirectus, so production.env must name them itself.
		const env = readProductionEnv();
		expect(Object.fromEntries(Object.keys(PRODUCT_DEFAULTS).map((key) => [key, env[key]]))).toEqual(PRODUCT_DEFAULTS);
	});
});
