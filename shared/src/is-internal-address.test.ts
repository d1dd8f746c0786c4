import { describe, expect, it } from 'vitest';
import { isInternalAddress } from './is-internal-address';

describe('isInternalAddress', () => {
	it('finds loopback, private, link-local, shared and reserved IPv4 addresses', () => {
		expect(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255'].filter((a) => !isInternalAddress(a))).toEqual([]);
	});

	it('lets public IPv4 addresses through, including neighbours of the private ranges', () => {
		expect(['93.184.216.34', '172.15.0.1', '172.32.0.1', '100.63.255.255', '192.169.0.1', '8.8.8.8'].filter((a) => isInternalAddress(a))).toEqual([]);
	});

	it('finds internal IPv6 addresses and IPv4 addresses hidden in IPv6', () => {
		expect(['::1', '::', 'fe80::1%eth0', 'fd00::1', 'fc12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', '[::1]', '::ffff:10.0.0.1'].filter((a) => !isInternalAddress(a))).toEqual([]);
	});

	it('lets public IPv6 addresses through', () => {
		expect(['2a00:1450:4001:82a::200e', '2606:4700:4700::1111', '::ffff:93.184.216.34'].filter((a) => isInternalAddress(a))).toEqual([]);
	});

	it('treats anything that is not an address as internal', () => {
		expect(['localhost', '1.2.3', '1.2.3.256', '::1::2', '', 'g::1'].map(isInternalAddress)).toEqual([true, true, true, true, true, true]);
	});
});
