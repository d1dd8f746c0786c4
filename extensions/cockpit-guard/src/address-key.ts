import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client address is counted under. An IPv4 address counts alone (IPv4-mapped IPv6
 * addresses such as `::ffff:127.0.0.2`, which Express reports for GraphQL requests, are the same
 * client). An IPv6 address counts with its whole /64: one customer line or server usually holds
 * a /64 and can pick any of its 2^64 addresses, so counting single IPv6 addresses would give an
 * attacker unlimited attempts. Anything else (no address known) shares one key.
 */
export function addressKey(ip: string | null | undefined): string {
	const address = (ip ?? '').trim().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
	if (isIPv4(address)) return address;
	if (!isIPv6(address)) return 'unbekannt';
	const [head = '', tail] = address.toLowerCase().split('::');
	const headGroups = head ? head.split(':') : [];
	const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
	// An embedded IPv4 tail (::1.2.3.4) takes two groups; only the first four groups matter here.
	const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
	const zeros = tail === undefined ? [] : Array<string>(8 - width(headGroups) - width(tailGroups)).fill('0');
	const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, 4).map((group) => (group.includes('.') ? '0' : parseInt(group, 16).toString(16)));
	return `${groups.join(':')}::/64`;
}
