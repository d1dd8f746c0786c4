/**
 * Validates RDF against GovData's SHACL shapes for DCAT-AP.de 3.0 and the DCAT-AP 3.0.0 base
 * shapes they build on (test/fixtures/dcat-ap-de-shacl, vendored with their notices), with
 * rdf-validate-shacl.
 *
 * Left out, because it cannot be checked offline: the property shapes of
 * dcat-ap-de-controlledvocabularies.ttl whose path is skos:inScheme (23 of them). Each checks
 * that a vocabulary concept the data names (a language, licence, file type, data theme,
 * geocoding level, ...) is a member of its EU or DCAT-AP.de concept scheme, which only the
 * vocabularies themselves say; dcat-ap-de-imports.ttl loads them with owl:imports from the web,
 * which a test does not follow. Every other shape of the five files, including the IANA
 * pattern for media types in the same file, is checked. dcat-ap-de-imports.ttl holds no shapes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rdf from '@zazuko/env-node';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const FIXTURES = join(import.meta.dirname, '../fixtures/dcat-ap-de-shacl');
export const SHAPE_FILES = [
	'dcat-ap-SHACL.ttl',
	'dcat-ap-SHACL-DE.ttl',
	'dcat-ap-spec-german-additions.ttl',
	'dcat-ap-de-controlledvocabularies.ttl',
	'dcat-ap-de-deprecated.ttl',
];
const SH = 'http://www.w3.org/ns/shacl#';
const IN_SCHEME = 'http://www.w3.org/2004/02/skos/core#inScheme';

export interface ShaclResult {
	severity: string;
	message: string;
	focusNode: string;
	path: string | null;
	shape: string;
}

export interface ShaclReport {
	violations: ShaclResult[];
	warnings: ShaclResult[];
	/** How many shapes were left out (the scheme-membership checks). */
	leftOut: number;
}

function shapes(): { dataset: ReturnType<typeof rdf.dataset>; leftOut: number } {
	const quads = SHAPE_FILES.flatMap((file) => new Parser({ baseIRI: `file:///${file}` }).parse(readFileSync(join(FIXTURES, file), 'utf8')));
	const membership = new Set(quads.filter((q) => q.predicate.value === `${SH}path` && q.object.value === IN_SCHEME).map((q) => q.subject.value));
	const kept = quads.filter((q) => !membership.has(q.subject.value) && !(q.predicate.value === `${SH}property` && membership.has(q.object.value)));
	return { dataset: rdf.dataset(kept as never), leftOut: membership.size };
}

export async function validateDcatApDe(data: Quad[]): Promise<ShaclReport> {
	const { dataset, leftOut } = shapes();
	const validator = new SHACLValidator(dataset, { factory: rdf });
	const report = await validator.validate(rdf.dataset(data as never));
	const results: ShaclResult[] = report.results.map((r) => ({
		severity: r.severity?.value.replace(SH, '') ?? '',
		message: r.message.map((m) => m.value).join(' / '),
		focusNode: r.focusNode?.value ?? '',
		path: r.path?.value ?? null,
		shape: r.sourceShape?.value ?? '',
	}));
	return { violations: results.filter((r) => r.severity === 'Violation'), warnings: results.filter((r) => r.severity !== 'Violation'), leftOut };
}

export function parseTurtle(text: string): Quad[] {
	return new Parser({ format: 'text/turtle' }).parse(text);
}

/** A graph without blank nodes as a sorted list of N-Triples lines, for comparing two serialisations. */
export function canonicalLines(quads: Quad[]): string[] {
	const term = (t: Quad['object']): string =>
		t.termType === 'Literal' ? `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}` : `<${t.value}>`;
	return [...new Set(quads.map((q) => `<${q.subject.value}> <${q.predicate.value}> ${term(q.object)} .`))].sort();
}
