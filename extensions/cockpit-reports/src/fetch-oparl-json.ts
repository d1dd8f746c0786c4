/**
 * Fetches one JSON object from a council information system for a URL a user typed, guarded as
 * the server of a district administration must be (the request comes from inside its network):
 *
 * - http and https only, no user name or password in the address;
 * - the host (and port, where the entry names one) must be on `COCKPIT_OPARL_HOSTS`;
 * - the address the name resolves to is checked at connection time (the check is the lookup
 *   the socket uses, so a second resolution cannot swap it, DNS rebinding): loopback, private,
 *   link-local and other internal addresses only where that very address is on the list;
 * - every redirect target passes the same checks, at most `maxRedirects` of them;
 * - one deadline for connection and answer, a size limit counted while reading, JSON only.
 *
 * Every refusal is an OparlFetchError with a German message naming what was refused.
 */
import { isInternalAddress, type AllowedHost } from '@cockpit/shared';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

export interface FetchLimits {
	hosts: AllowedHost[];
	timeoutMs: number;
	maxBytes: number;
	maxRedirects: number;
}

export class OparlFetchError extends Error {}

const fail = (message: string): never => {
	throw new OparlFetchError(message);
};

export async function fetchOparlJson(url: string, limits: FetchLimits): Promise<unknown> {
	let current = url;
	for (let hop = 0; ; hop += 1) {
		const target = checkUrl(current, limits.hosts, hop > 0);
		const answer = await request(target, limits);
		if (answer.redirect === null) return answer.json;
		if (hop >= limits.maxRedirects) fail(`Die Adresse leitet mehr als ${limits.maxRedirects}-mal weiter; abgebrochen.`);
		current = new URL(answer.redirect, target).toString();
	}
}

function checkUrl(text: string, hosts: readonly AllowedHost[], redirected: boolean): URL {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return fail(`„${text}“ ist keine vollständige Internetadresse (z. B. https://ris.kreis.de/oparl/paper/168).`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`Nur Adressen mit http:// oder https:// sind erlaubt, nicht „${url.protocol}“.`);
	if (url.username || url.password) fail('Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.');
	const host = hostOf(url);
	const port = portOf(url);
	if (!isListed(hosts, host, port)) {
		fail(
			redirected
				? `Der Server leitet auf „${url.host}“ weiter; dieser steht nicht in der Liste der freigegebenen Ratsinformationssysteme (COCKPIT_OPARL_HOSTS). Abgebrochen.`
				: `Der Server „${url.host}“ steht nicht in der Liste der freigegebenen Ratsinformationssysteme (COCKPIT_OPARL_HOSTS). Bitte wenden Sie sich an die Administration.`,
		);
	}
	return url;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
const portOf = (url: URL) => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);
const isListed = (hosts: readonly AllowedHost[], host: string, port: number) => hosts.some((h) => h.host === host && (h.port === null || h.port === port));

/**
 * The socket's own name resolution, keeping only addresses it may connect to. A literal IP in
 * the URL never reaches a lookup; it passed the list check as that very address.
 */
function guardedLookup(hosts: readonly AllowedHost[], port: number, shownHost: string) {
	return (hostname: string, options: LookupOptions, callback: (...args: any[]) => void) => {
		dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
			if (error) return callback(error);
			const usable = addresses.filter((a) => !isInternalAddress(a.address) || isListed(hosts, a.address.toLowerCase(), port));
			if (usable.length === 0) {
				return callback(
					new OparlFetchError(
						`„${shownHost}“ verweist auf eine interne Adresse (${addresses.map((a) => a.address).join(', ')}). Solche Adressen werden nur abgefragt, wenn die Administration genau diese Adresse in COCKPIT_OPARL_HOSTS einträgt.`,
					),
				);
			}
			if (options.all) callback(null, usable);
			else callback(null, usable[0]!.address, usable[0]!.family);
		});
	};
}

interface Answer {
	redirect: string | null;
	json: unknown;
}

function request(url: URL, limits: FetchLimits): Promise<Answer> {
	const seconds = (limits.timeoutMs / 1000).toLocaleString('de-DE');
	const megabytes = (limits.maxBytes / 1_048_576).toLocaleString('de-DE', { maximumFractionDigits: 2 });
	const client = url.protocol === 'https:' ? https : http;
	return new Promise<Answer>((resolve, reject) => {
		const settle = (error: unknown) => reject(error instanceof OparlFetchError ? error : new OparlFetchError(`Das Ratsinformationssystem „${url.host}“ ist nicht erreichbar (${describeNetworkError(error)}).`));
		const req = client.request(
			url,
			{
				method: 'GET',
				headers: { Accept: 'application/json', 'User-Agent': 'Digitalisierungs-Cockpit (OParl)' },
				...(isIP(hostOf(url)) ? {} : { lookup: guardedLookup(limits.hosts, portOf(url), url.host) }),
			},
			(res) => {
				const status = res.statusCode ?? 0;
				if (status >= 300 && status < 400 && res.headers.location) {
					res.resume();
					clearTimeout(timer);
					return resolve({ redirect: res.headers.location, json: null });
				}
				if (status !== 200) {
					res.resume();
					return settle(new OparlFetchError(`Das Ratsinformationssystem antwortet auf „${url.toString()}“ mit HTTP ${status}${status === 404 ? ' (nicht gefunden)' : ''}.`));
				}
				const type = String(res.headers['content-type'] ?? '');
				if (!/^application\/([a-z0-9.+-]*\+)?json\b/i.test(type)) {
					res.resume();
					return settle(new OparlFetchError(`Die Adresse liefert kein JSON (Inhaltstyp „${type || 'keiner'}“). Ein OParl-Server antwortet mit JSON; bitte die Adresse der Drucksache im OParl-Format angeben.`));
				}
				const tooLarge = () => new OparlFetchError(`Die Antwort des Ratsinformationssystems ist größer als ${megabytes} MB; abgebrochen.`);
				if (Number(res.headers['content-length'] ?? 0) > limits.maxBytes) {
					req.destroy();
					return settle(tooLarge());
				}
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > limits.maxBytes) {
						req.destroy();
						settle(tooLarge());
					} else chunks.push(chunk);
				});
				res.on('end', () => {
					clearTimeout(timer);
					try {
						resolve({ redirect: null, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
					} catch {
						settle(new OparlFetchError('Die Antwort des Ratsinformationssystems ist kein gültiges JSON.'));
					}
				});
				res.on('error', settle);
			},
		);
		const timer = setTimeout(() => {
			req.destroy();
			settle(new OparlFetchError(`Das Ratsinformationssystem „${url.host}“ hat nicht innerhalb von ${seconds} Sekunden geantwortet; abgebrochen.`));
		}, limits.timeoutMs);
		req.on('error', (error) => {
			clearTimeout(timer);
			settle(error);
		});
		req.on('close', () => clearTimeout(timer));
		req.end();
	});
}

function describeNetworkError(error: unknown): string {
	const code = (error as { code?: string } | null)?.code;
	if (code === 'ECONNREFUSED') return 'Verbindung abgelehnt';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Name unbekannt';
	if (code === 'ECONNRESET') return 'Verbindung abgebrochen';
	if (code && code.startsWith('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') return 'Zertifikat ungültig';
	return code ?? (error instanceof Error ? error.message : 'unbekannter Fehler');
}
