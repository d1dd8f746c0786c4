import { describe, expect, it } from 'vitest';
import { instanceSlug, parseInstanceConfig, parseInstanceUrls } from './parse-instances';

describe('parseInstanceUrls', () => {
	it('returns null when the variable is unset, so config.json applies', () => {
		expect([parseInstanceUrls(undefined), parseInstanceUrls(' ')]).toEqual([null, null]);
	});

	it('reads comma-separated URLs with optional labels and drops trailing slashes and duplicates', () => {
		expect(parseInstanceUrls('http://127.0.0.1:8055/, Friesland = https://cockpit.friesland.de ,http://127.0.0.1:8055')).toEqual([
			{ url: 'http://127.0.0.1:8055', label: '127.0.0.1:8055' },
			{ url: 'https://cockpit.friesland.de', label: 'Friesland' },
		]);
	});

	it('refuses something that is not an http address, with a German message', () => {
		expect(() => parseInstanceUrls('ftp://example.org')).toThrow('„ftp://example.org“ ist keine gültige Adresse (http:// oder https://).');
	});
});

describe('parseInstanceConfig', () => {
	it('reads the instances of config.json and fills a missing label from the host', () => {
		expect(parseInstanceConfig({ instances: [{ url: 'http://127.0.0.1:8055', label: 'Lokal' }, { url: 'http://localhost:8056/' }] })).toEqual([
			{ url: 'http://127.0.0.1:8055', label: 'Lokal' },
			{ url: 'http://localhost:8056', label: 'localhost:8056' },
		]);
	});

	it('refuses a configuration without instances', () => {
		expect(() => parseInstanceConfig({ instances: [] })).toThrow('mindestens eine Directus-Instanz');
	});
});

describe('instanceSlug', () => {
	it('drops the scheme and the trailing slash', () => {
		expect(instanceSlug('https://cockpit.example.org/directus/')).toBe('cockpit.example.org/directus');
	});
});
