/**
 * The open-data catalogue of the seeded instance as GovData would harvest it: valid DCAT-AP.de
 * 3.0 by GovData's own shapes (test/support/shacl.ts says which checks cannot run offline),
 * the same graph in Turtle and JSON-LD, only published districts, and files that a CSV reader
 * opens with the right columns and the German text intact.
 */
import { parseString } from '@fast-csv/parse';
import { OPEN_DATA_TABLES } from '@cockpit/shared';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { readSeedFile, SEED_DISTRICTS } from '../seed/read-seed-files';
import { asAdmin, asRedaktion, directus, failure } from './support/api';
import { canonicalLines, parseTurtle, validateDcatApDe } from './support/shacl';

const DCAT = 'http://www.w3.org/ns/dcat#';
const GEOCODING = 'http://dcat-ap.de/def/dcatde/politicalGeocodingURI';

async function fetchText(path: string, accept?: string, attempt = 1): Promise<{ status: number; type: string; body: string }> {
	try {
		const response = await fetch(directus().url + path, { headers: accept ? { Accept: accept } : {} });
		return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
	} catch (error) {
		// The shape validation takes longer than Node's keep-alive timeout (5 s), so the next request
		// may be sent on a connection the server is just closing; that request never reached it.
		if (attempt === 1 && (error as { cause?: { code?: string } }).cause?.code === 'UND_ERR_SOCKET') return fetchText(path, accept, 2);
		throw error;
	}
}

const catalogTurtle = async () => parseTurtle((await fetchText('/opendata/catalog')).body);
const datasets = (quads: ReturnType<typeof parseTurtle>) =>
	quads.filter((q) => q.predicate.value === `${DCAT}dataset`).map((q) => q.object.value.split('#')[1]).sort();

function parseCsv(text: string): Promise<string[][]> {
	return new Promise((resolve, reject) => {
		const rows: string[][] = [];
		parseString(text, { headers: false, strictColumnHandling: true })
			.on('error', reject)
			.on('data', (row: string[]) => rows.push(row))
			.on('end', () => resolve(rows));
	});
}

describe('open data: the DCAT-AP.de catalogue', () => {
	it('answers Turtle by default that validates against the DCAT-AP.de 3.0 shapes without a violation', async () => {
		const answer = await fetchText('/opendata/catalog');
		const report = await validateDcatApDe(parseTurtle(answer.body));
		expect({
			type: answer.type.split(';')[0],
			violations: report.violations,
			// The one warning: dcatde:politicalGeocodingURI is deprecated in 3.0 (dct:spatial is also given).
			warnings: [...new Set(report.warnings.map((w) => w.message))],
			leftOut: report.leftOut,
		}).toEqual({ type: 'text/turtle', violations: [], warnings: ['Deprecated: dcatde:politicalGeocodingURI soll nicht mehr verwendet werden.'], leftOut: 23 });
	});

	it('answers JSON-LD on request, and it is the same graph as the Turtle', async () => {
		const answer = await fetchText('/opendata/catalog', 'application/ld+json');
		const nquads = (await jsonld.toRDF(JSON.parse(answer.body), { format: 'application/n-quads' })) as unknown as string;
		const fromJsonLd = new Parser({ format: 'application/n-quads' }).parse(nquads);
		const fromTurtle = await catalogTurtle();
		expect({ type: answer.type.split(';')[0], same: canonicalLines(fromJsonLd).join('\n') === canonicalLines(fromTurtle).join('\n'), triples: fromJsonLd.length > 100 }).toEqual({
			type: 'application/ld+json',
			same: true,
			triples: true,
		});
	});

	it('has one dataset per published district, located by its official district key', async () => {
		const quads = await catalogTurtle();
		const keys = Object.fromEntries(quads.filter((q) => q.predicate.value === GEOCODING).map((q) => [q.subject.value.split('#')[1], q.object.value]));
		expect({ datasets: datasets(quads), keys }).toEqual({
			datasets: [...SEED_DISTRICTS].sort(),
			keys: Object.fromEntries(SEED_DISTRICTS.map((id) => [id, `http://dcat-ap.de/def/politicalGeocoding/districtKey/${readSeedFile(id).district.ags}`])),
		});
	});

	it('leaves an unpublished district out of the catalogue and refuses its files, and lists it again once published', async () => {
		const admin = await asAdmin();
		await admin.patch('/items/districts/paderborn', { published: false });
		try {
			const hidden = await catalogTurtle();
			const file = await fetchText('/opendata/districts/paderborn/jahresziele.csv');
			expect({ datasets: datasets(hidden).includes('paderborn'), mentions: hidden.some((q) => q.object.value.includes('paderborn')), file: file.status }).toEqual({
				datasets: false,
				mentions: false,
				file: 404,
			});
		} finally {
			await admin.patch('/items/districts/paderborn', { published: true });
		}
		expect(datasets(await catalogTurtle())).toContain('paderborn');
	});
});

describe('open data: the files', () => {
	it('Viersen: the measures CSV opens with the header row, one record per measure and the German titles intact', async () => {
		const seed = readSeedFile('viersen');
		const answer = await fetchText('/opendata/districts/viersen/massnahmen.csv');
		const [header, ...records] = await parseCsv(answer.body);
		const column = (name: string) => header!.indexOf(name);
		const byCode = new Map(records.map((r) => [r[column('code')], r]));
		const workSpace = byCode.get('44')!;
		expect({
			type: answer.type.split(';')[0],
			header,
			count: records.length,
			titles: records.map((r) => r[column('title')]).sort(),
			workSpace: [workSpace[column('title')], workSpace[column('priority_score')], workSpace[column('priority_rank')]],
		}).toEqual({
			type: 'text/csv',
			header: [...OPEN_DATA_TABLES.measures.columns],
			count: seed.measures.length,
			titles: seed.measures.map((m) => m.title).sort(),
			workSpace: ['Work Space', '2.85', '1'],
		});
	});

	it('Paderborn: the annual goals as JSON carry the same rows as the CSV, attainment empty where the document gives no actual value', async () => {
		const csv = await parseCsv((await fetchText('/opendata/districts/paderborn/jahresziele.csv')).body);
		const json = JSON.parse((await fetchText('/opendata/districts/paderborn/jahresziele.json')).body) as { columns: string[]; data: Record<string, unknown>[]; district: { ags: string } };
		const asText = (value: unknown) => (value === null ? '' : String(value));
		expect({ ags: json.district.ags, rows: json.data.map((row) => json.columns.map((c) => asText(row[c]))), goals: json.data.length, attainment: [...new Set(json.data.map((row) => row['attainment_percent']))] }).toEqual({
			ags: '05774',
			rows: csv.slice(1),
			goals: readSeedFile('paderborn').annual_goals.length,
			// Paderborn states targets only; without an actual value there is no attainment, never 0.
			attainment: [null],
		});
	});

	it('Paderborn: the cost components as JSON, each goal with the parts its cost sentence names, "ca." and "zum Teil" kept', async () => {
		const seed = readSeedFile('paderborn');
		const goals = JSON.parse((await fetchText('/opendata/districts/paderborn/jahresziele.json')).body) as { data: Record<string, unknown>[] };
		const costs = JSON.parse((await fetchText('/opendata/districts/paderborn/jahresziel-kosten.json')).body) as { data: Record<string, unknown>[] };
		const titleOf = new Map(goals.data.map((g) => [g['id'], g['title']]));
		const { id: _id, annual_goal: _goal, sort: _sort, ...part } = Object.fromEntries(OPEN_DATA_TABLES.cost_components.columns.map((c) => [c, null]));
		const published = costs.data.map(({ id: _i, annual_goal, sort: _s, ...component }) => [titleOf.get(annual_goal), component]);
		expect(published).toEqual(seed.annual_goals.flatMap((g) => g.costs.map((c) => [g.title, { ...part, ...c }])));
	});

	it('answers an unknown file with a German 404', async () => {
		const answer = await fetchText('/opendata/districts/viersen/geheim.csv');
		expect([answer.status, (JSON.parse(answer.body) as { errors: { message: string }[] }).errors[0]!.message]).toEqual([
			404,
			'Die Datei „geheim.csv“ gibt es nicht. Angeboten werden: massnahmen, jahresziele, jahresziel-kosten, kennzahlen, handlungsfelder, projektfeld-staende und massnahmen-nachfolge, jeweils als .csv oder .json.',
		]);
	});
});

describe('districts.ags', () => {
	it('refuses a district key that is not five digits, in German, and keeps the stored one', async () => {
		const redaktion = await asRedaktion();
		const refused = await failure(redaktion.patch('/items/districts/unna', { ags: '5978' }));
		const stored = await redaktion.get<{ ags: string }>('/items/districts/unna?fields=ags');
		expect([refused, stored.ags]).toEqual([{ status: 400, message: 'Der Kreisschlüssel besteht aus genau fünf Ziffern, z. B. „05166“ (angegeben: „5978“).' }, '05978']);
	});
});
