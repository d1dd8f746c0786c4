/**
 * Fetches from a harvest source, which is untrusted input: only the hosts of the configured
 * sources, a timeout for the whole answer, a size limit checked while the body arrives (a
 * 50 MB answer is cut off after the limit, not read first), and the content type the file
 * must have. Every refusal is a German sentence for the hub's status line.
 */
export interface FetchLimits {
	timeoutMs: number;
	maxBytes: number;
	/** Origins ("http://host:port") the harvest may fetch from. */
	allowedOrigins: ReadonlySet<string>;
}

export class HarvestFetchError extends Error {}

export async function fetchLimited(url: string, accept: string, limits: FetchLimits): Promise<string> {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new HarvestFetchError(`„${url.slice(0, 200)}“ ist keine gültige Adresse.`);
	}
	if (!['http:', 'https:'].includes(parsed.protocol) || !limits.allowedOrigins.has(parsed.origin)) {
		throw new HarvestFetchError(`${url.slice(0, 200)} liegt nicht auf einem Host der eingetragenen Quellen und wird nicht abgerufen.`);
	}
	const signal = AbortSignal.timeout(limits.timeoutMs);
	try {
		const response = await fetch(parsed, { headers: { Accept: accept }, redirect: 'error', signal });
		if (!response.ok) throw new HarvestFetchError(`${url} antwortete mit HTTP ${response.status}.`);
		const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
		if (type !== accept) throw new HarvestFetchError(`${url} lieferte „${type || 'keinen Inhaltstyp'}“ statt „${accept}“.`);
		const declared = Number(response.headers.get('content-length'));
		if (declared > limits.maxBytes) throw new HarvestFetchError(`${url} ist größer als ${formatMegabytes(limits.maxBytes)}.`);
		return await readUpTo(response, limits.maxBytes, url);
	} catch (error) {
		if (error instanceof HarvestFetchError) throw error;
		if (signal.aborted) throw new HarvestFetchError(`${url} hat nicht innerhalb von ${Math.round(limits.timeoutMs / 1000)} s geantwortet.`);
		throw new HarvestFetchError(`${url} ist nicht erreichbar (${(error as Error).message}).`);
	}
}

async function readUpTo(response: Response, maxBytes: number, url: string): Promise<string> {
	const reader = response.body?.getReader();
	if (!reader) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			throw new HarvestFetchError(`${url} ist größer als ${formatMegabytes(maxBytes)}.`);
		}
		chunks.push(value);
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

function formatMegabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}
