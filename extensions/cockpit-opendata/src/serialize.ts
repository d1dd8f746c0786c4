/**
 * The catalogue's triples as Turtle (n3's Writer) or JSON-LD (jsonld, from the N-Quads n3
 * writes), both produced by the libraries, never by string concatenation.
 */
import jsonld from 'jsonld';
import { Writer, type Quad } from 'n3';
import { NS } from './build-catalog';

const PREFIXES = { ...NS, xsd: NS.xsd };

function write(quads: Quad[], options: ConstructorParameters<typeof Writer>[0]): Promise<string> {
	return new Promise((resolve, reject) => {
		const writer = new Writer(options);
		writer.addQuads(quads);
		writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
	});
}

export function toTurtle(quads: Quad[]): Promise<string> {
	return write(quads, { prefixes: PREFIXES, format: 'text/turtle' });
}

export async function toJsonLd(quads: Quad[]): Promise<object> {
	const nquads = await write(quads, { format: 'application/n-quads' });
	const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
	// An inline context only: the compaction never loads a remote document.
	return jsonld.compact(expanded, { ...PREFIXES }, { documentLoader: refuseRemoteDocuments });
}

async function refuseRemoteDocuments(url: string): Promise<never> {
	throw new Error(`JSON-LD: entfernte Dokumente werden nicht geladen (${url}).`);
}
