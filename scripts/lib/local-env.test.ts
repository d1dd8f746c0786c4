import { describe, expect, it } from 'vitest';
import { defaultEnvFile, parseEnvFile, resolveLocalEnv } from './local-env';

const file = parseEnvFile(defaultEnvFile('geheim', '5173'));

describe('resolveLocalEnv', () => {
	it('moves the generated PUBLIC_URL along with a PORT from the shell', () => {
		const env = resolveLocalEnv(file, { PORT: '18055' });
		expect([env['PORT'], env['PUBLIC_URL']]).toEqual(['18055', 'http://127.0.0.1:18055']);
	});

	it('keeps a PUBLIC_URL that names another address, and one the shell sets', () => {
		const behindProxy = resolveLocalEnv({ ...file, PUBLIC_URL: 'https://cockpit.kreis.de' }, { PORT: '18055' });
		const fromShell = resolveLocalEnv(file, { PORT: '18055', PUBLIC_URL: 'http://127.0.0.1:9000' });
		expect([behindProxy['PUBLIC_URL'], fromShell['PUBLIC_URL']]).toEqual(['https://cockpit.kreis.de', 'http://127.0.0.1:9000']);
	});

	it('leaves the file as it is without shell overrides', () => {
		expect(resolveLocalEnv(file, {})).toEqual(file);
	});
});
