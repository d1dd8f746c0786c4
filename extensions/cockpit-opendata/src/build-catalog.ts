/**
 * The DCAT-AP.de 3.0 catalogue of the published districts as RDF triples (n3's DataFactory).
 * One dcat:Dataset per district, with a CSV and a JSON distribution per open-data table it
 * has rows in. Every node has an IRI (no blank nodes), so the Turtle and the JSON-LD of one
 * catalogue are the same graph, comparable triple by triple.
 */
import { OPEN_DATA_TABLES, type OpenDataTableKey } from '@cockpit/shared';
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';

const { namedNode, literal, quad } = DataFactory;

export const NS = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	dcatde: 'http://dcat-ap.de/def/dcatde/',
} as const;

const DISTRICT_KEY = 'http://dcat-ap.de/def/politicalGeocoding/districtKey/';
const LEVEL_DISTRICT = 'http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict';
const LANGUAGE_GERMAN = 'http://publications.europa.eu/resource/authority/language/DEU';
const THEME_GOVERNMENT = 'http://publications.europa.eu/resource/authority/data-theme/GOVE';
const FORMATS = {
	csv: { fileType: 'http://publications.europa.eu/resource/authority/file-type/CSV', mediaType: 'http://www.iana.org/assignments/media-types/text/csv', label: 'CSV' },
	json: { fileType: 'http://publications.europa.eu/resource/authority/file-type/JSON', mediaType: 'http://www.iana.org/assignments/media-types/application/json', label: 'JSON' },
} as const;
export type OpenDataFormat = keyof typeof FORMATS;

export interface CatalogDistrict {
	id: string;
	name: string;
	state: string;
	ags: string | null;
	strategy_title: string | null;
	/** When its data last changed (ISO timestamp). */
	modified: string;
	/** The tables it has rows in. */
	tables: OpenDataTableKey[];
}

export interface CatalogInput {
	/** Where this instance answers (PUBLIC_URL), without a trailing slash. */
	baseUrl: string;
	publisher: string;
	/** An IRI from the DCAT-AP.de licence list. */
	license: string;
	districts: CatalogDistrict[];
}

export function catalogUrl(baseUrl: string): string {
	return `${baseUrl}/opendata/catalog`;
}

export function distributionUrl(baseUrl: string, district: string, table: OpenDataTableKey, format: OpenDataFormat): string {
	return `${baseUrl}/opendata/districts/${encodeURIComponent(district)}/${OPEN_DATA_TABLES[table].file}.${format}`;
}

export function buildCatalog(input: CatalogInput): Quad[] {
	const quads: Quad[] = [];
	const catalogIri = catalogUrl(input.baseUrl);
	const node = (fragment: string) => namedNode(`${catalogIri}#${fragment}`);
	const add = (subject: NamedNode, predicate: string, object: NamedNode | Literal) => quads.push(quad(subject, namedNode(predicate), object));
	const german = (text: string) => literal(text, 'de');
	const dateTime = (iso: string) => literal(iso, namedNode(`${NS.xsd}dateTime`));
	const type = (subject: NamedNode, cls: string) => add(subject, `${NS.rdf}type`, namedNode(cls));
	const license = namedNode(input.license);
	const modifiedAll = input.districts.map((d) => d.modified).sort().at(-1);

	const catalog = namedNode(catalogIri);
	const catalogPublisher = node('herausgeber');
	type(catalog, `${NS.dcat}Catalog`);
	add(catalog, `${NS.dct}title`, german('Digitalisierungs-Cockpit: Umsetzungsstand der Digitalisierungsstrategien'));
	add(catalog, `${NS.dct}description`, german('Maßnahmen, Jahresziele und Kennzahlen der Digitalisierungsstrategien der hier veröffentlichten Kreise, mit Status, Fortschritt und Priorität.'));
	add(catalog, `${NS.dct}publisher`, catalogPublisher);
	add(catalog, `${NS.dct}language`, namedNode(LANGUAGE_GERMAN));
	add(catalog, `${NS.dct}license`, license);
	if (modifiedAll) add(catalog, `${NS.dct}modified`, dateTime(modifiedAll));
	type(catalogPublisher, `${NS.foaf}Agent`);
	add(catalogPublisher, `${NS.foaf}name`, german(input.publisher));
	type(license, `${NS.dct}LicenseDocument`);

	for (const district of input.districts) {
		const dataset = node(district.id);
		const publisher = node(`${district.id}-herausgeber`);
		add(catalog, `${NS.dcat}dataset`, dataset);
		type(dataset, `${NS.dcat}Dataset`);
		const strategy = district.strategy_title ? ` („${district.strategy_title}“)` : '';
		add(dataset, `${NS.dct}title`, german(`Digitalisierungsstrategie ${district.name}: Umsetzungsstand`));
		add(dataset, `${NS.dct}description`, german(`Umsetzungsstand der Digitalisierungsstrategie${strategy} des ${district.name} (${district.state}): Maßnahmen mit Status, Fortschritt und Priorität, Jahresziele mit Zielerreichung und Kennzahlen.`));
		add(dataset, `${NS.dct}identifier`, literal(`${catalogIri}#${district.id}`));
		add(dataset, `${NS.dct}publisher`, publisher);
		add(dataset, `${NS.dct}modified`, dateTime(district.modified));
		add(dataset, `${NS.dct}language`, namedNode(LANGUAGE_GERMAN));
		add(dataset, `${NS.dcat}theme`, namedNode(THEME_GOVERNMENT));
		for (const keyword of ['Digitalisierung', 'Digitalisierungsstrategie', 'Verwaltungsdigitalisierung', district.name]) add(dataset, `${NS.dcat}keyword`, german(keyword));
		if (district.ags) {
			const area = namedNode(`${DISTRICT_KEY}${district.ags}`);
			// DCAT-AP.de 3.0 names the area with dct:spatial; dcatde:politicalGeocodingURI (2.0, deprecated
			// in 3.0: a warning, not a violation) stays for the portals that still read only it.
			add(dataset, `${NS.dct}spatial`, area);
			type(area, `${NS.dct}Location`);
			add(dataset, `${NS.dcatde}politicalGeocodingURI`, area);
			add(dataset, `${NS.dcatde}politicalGeocodingLevelURI`, namedNode(LEVEL_DISTRICT));
		}
		type(publisher, `${NS.foaf}Agent`);
		add(publisher, `${NS.foaf}name`, german(district.name));

		for (const table of district.tables) {
			for (const format of ['csv', 'json'] as const) {
				const spec = OPEN_DATA_TABLES[table];
				const { fileType, mediaType, label } = FORMATS[format];
				const distribution = node(`${district.id}-${spec.file}-${format}`);
				const url = namedNode(distributionUrl(input.baseUrl, district.id, table, format));
				add(dataset, `${NS.dcat}distribution`, distribution);
				type(distribution, `${NS.dcat}Distribution`);
				add(distribution, `${NS.dct}title`, german(`${spec.title} (${label})`));
				add(distribution, `${NS.dct}description`, german(spec.description));
				add(distribution, `${NS.dcat}accessURL`, url);
				add(distribution, `${NS.dcat}downloadURL`, url);
				add(distribution, `${NS.dct}format`, namedNode(fileType));
				add(distribution, `${NS.dcat}mediaType`, namedNode(mediaType));
				add(distribution, `${NS.dct}license`, license);
				add(distribution, `${NS.dcatde}licenseAttributionByText`, german(`${district.name}, Digitalisierungs-Cockpit`));
				add(distribution, `${NS.dct}modified`, dateTime(district.modified));
			}
		}
	}
	return quads;
}
