/**
 * The defaults a fresh clone runs with: the .env that `npm start` writes lets only the dashboard
 * app's own origin read Directus' answers across origins (CORS), not any page a user happens to
 * open. Checked on a second Directus on the test database that runs with exactly the CORS
 * settings of the generated file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDirectus } from '../scripts/lib/directus-process';
import { defaultEnvFile, parseEnvFile } from '../scripts/lib/local-env';
import { startSiblingDirectus } from '../scripts/lib/temporary-instance';
import { directus } from './support/api';

describe('the .env that npm start writes', () => {
	let generated: RunningDirectus;

	beforeAll(async () => {
		const cors = Object.fromEntries(Object.entries(parseEnvFile(defaultEnvFile('0'.repeat(64)))).filter(([key]) => key.startsWith('CORS_')));
		const { CORS_ENABLED: _enabled, CORS_ORIGIN: _origin, ...testEnv } = directus().env;
		generated = await startSiblingDirectus({ ...testEnv, ...cors });
	});

	afterAll(async () => {
		await generated?.stop();
	});

	it("answers the app's own origin with Access-Control-Allow-Origin, a foreign origin without it", async () => {
		const allowed = async (origin: string) => {
			const simple = await fetch(`${generated.url}/server/ping`, { headers: { Origin: origin } });
			const preflight = await fetch(`${generated.url}/auth/login`, {
				method: 'OPTIONS',
				headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
			});
			return [simple.headers.get('access-control-allow-origin'), preflight.headers.get('access-control-allow-origin')];
		};
		expect({
			app: await allowed('http://127.0.0.1:5173'),
			appAsLocalhost: await allowed('http://localhost:5173'),
			foreign: await allowed('https://angreifer.example'),
			otherPort: await allowed('http://127.0.0.1:8080'),
		}).toEqual({
			app: ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
			appAsLocalhost: ['http://localhost:5173', 'http://localhost:5173'],
			foreign: [null, null],
			otherPort: [null, null],
		});
	});
});
