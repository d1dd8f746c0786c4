/**
 * Whether an IP address (as DNS or a URL gives it) points inside: loopback, private networks,
 * link-local, carrier-grade NAT, unspecified, multicast, reserved ranges, and the IPv6 forms
 * that carry such an IPv4 address (mapped, NAT64). A server that fetches a URL a user typed must
 * not be steered to these. Anything that is not a well-formed address counts as internal, so
 * a parsing gap never opens the door.
 */
export function isInternalAddress(address: string): boolean {
	const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
	const v4 = parseIpv4(plain);
	if (v4 !== null) return isInternalIpv4(v4);
	const v6 = parseIpv6(plain);
	if (v6 === null) return true;
	const [a, b] = v6;
	if (v6.every((part) => part === 0)) return true; // ::
	if (v6.slice(0, 7).every((part) => part === 0) && v6[7] === 1) return true; // ::1
	if (v6.slice(0, 5).every((part) => part === 0) && (v6[5] === 0xffff || v6[5] === 0)) return isInternalIpv4(embeddedIpv4(v6)); // ::ffff:a.b.c.d, ::a.b.c.d
	if (a === 0x64 && b === 0xff9b) return isInternalIpv4(embeddedIpv4(v6)); // 64:ff9b::/96 NAT64
	if ((a! & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
	if ((a! & 0xffc0) === 0xfe80 || (a! & 0xffc0) === 0xfec0) return true; // link-local, old site-local
	if ((a! & 0xff00) === 0xff00) return true; // multicast
	if (a === 0x2001 && b === 0x0db8) return true; // documentation
	return false;
}

function parseIpv4(text: string): number[] | null {
	const parts = text.split('.');
	if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
	return parts.map(Number);
}

function isInternalIpv4([a, b, c]: number[]): boolean {
	return (
		a === 0 || a === 10 || a === 127 ||
		(a === 100 && b! >= 64 && b! <= 127) ||
		(a === 169 && b === 254) ||
		(a === 172 && b! >= 16 && b! <= 31) ||
		(a === 192 && b === 0 && (c === 0 || c === 2)) ||
		(a === 192 && b === 168) ||
		(a === 198 && (b === 18 || b === 19)) ||
		(a === 198 && b === 51 && c === 100) ||
		(a === 203 && b === 0 && c === 113) ||
		a! >= 224
	);
}

/** Eight 16-bit groups, with "::" expanded and a trailing dotted IPv4 part folded in. */
function parseIpv6(text: string): number[] | null {
	let rest = text;
	const tail: number[] = [];
	const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
	if (dotted) {
		const v4 = parseIpv4(dotted[1]!);
		if (v4 === null) return null;
		tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
		rest = rest.slice(0, -dotted[1]!.length);
		// "::ffff:" loses its separating colon, "::" stays the gap it is.
		if (!rest.endsWith('::')) rest = rest.replace(/:$/, '');
	}
	const halves = rest.split('::');
	if (halves.length > 2) return null;
	const group = (s: string) => (s === '' ? [] : s.split(':'));
	const head = group(halves[0]!);
	const back = halves.length === 2 ? group(halves[1]!) : [];
	if (![...head, ...back].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
	const known = head.length + back.length + tail.length;
	if (halves.length === 1 ? known !== 8 : known > 7) return null;
	const zeros = Array<number>(8 - known).fill(0);
	return [...head.map((g) => parseInt(g, 16)), ...(halves.length === 2 ? zeros : []), ...back.map((g) => parseInt(g, 16)), ...tail];
}

function embeddedIpv4(v6: number[]): number[] {
	const [hi, lo] = [v6[6]!, v6[7]!];
	return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
}
