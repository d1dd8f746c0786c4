import { describe, expect, it } from 'vitest';
import { parseHostList } from './parse-host-list';

describe('parseHostList', () => {
	it('reads host names, IPv4 and bracketed IPv6 addresses with and without a port', () => {
		expect(parseHostList(' RIS.Kreis-Unna.de, 10.0.4.7:8080,[fd00::7]:443 ')).toEqual([
			{ host: 'ris.kreis-unna.de', port: null },
			{ host: '10.0.4.7', port: 8080 },
			{ host: 'fd00::7', port: 443 },
		]);
	});

	it('takes a list Directus already split and leaves out what is no host', () => {
		expect(parseHostList(['ris.example.org', 'http://x.de/', 'a:99999', ''])).toEqual([{ host: 'ris.example.org', port: null }]);
	});

	it('is empty without a setting', () => {
		expect([parseHostList(undefined), parseHostList('')]).toEqual([[], []]);
	});
});
