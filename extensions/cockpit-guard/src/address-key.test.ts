import { describe, expect, it } from 'vitest';
import { addressKey } from './address-key';

describe('addressKey', () => {
	it('counts an IPv4 address alone, also when it comes IPv4-mapped', () => {
		expect([addressKey('127.0.0.2'), addressKey('::ffff:127.0.0.2'), addressKey('::FFFF:203.0.113.7')]).toEqual(['127.0.0.2', '127.0.0.2', '203.0.113.7']);
	});

	it('counts every IPv6 address of one /64 as one client, however it is written', () => {
		expect([
			addressKey('2001:db8:1:2:3:4:5:6'),
			addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'),
			addressKey('2001:DB8:1:2::1'),
			addressKey('fe80::1%eth0'),
			addressKey('::1'),
			addressKey('2001:db8::'),
			addressKey('2001:db8:0:0:1::'),
		]).toEqual(['2001:db8:1:2::/64', '2001:db8:1:2::/64', '2001:db8:1:2::/64', 'fe80:0:0:0::/64', '0:0:0:0::/64', '2001:db8:0:0::/64', '2001:db8:0:0::/64']);
	});

	it('keeps neighbouring /64 networks apart', () => {
		expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
	});

	it('counts requests without a usable address under one key', () => {
		expect([addressKey(null), addressKey(undefined), addressKey(''), addressKey('kein-ip')]).toEqual(['unbekannt', 'unbekannt', 'unbekannt', 'unbekannt']);
	});
});
