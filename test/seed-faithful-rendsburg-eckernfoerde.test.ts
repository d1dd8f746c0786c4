/**
 * Kreis Rendsburg-Eckernförde's Strategie "Digitale Kreisverwaltung" (VO/2018/638) as Directus
 * holds it after the seed, one case per kind of reading that issue 20 made expressible: the
 * Leitprojekt-Steckbriefe' sections without a field of their own (an empty one told apart from
 * one not transcribed), the KPIs ("Beleg für die Zielerreichung") with a direction only where
 * the wording gives one, and statuses and dates as the Maßnahmenliste gives them.
 */
import { describe, expect, it } from 'vitest';
import { asAdmin, q } from './support/api';

type Row = Record<string, unknown>;
type Section = { heading: string; text: string | null };

async function items(collection: string, params: Record<string, string | number> = {}): Promise<Row[]> {
	const api = await asAdmin();
	return api.get<Row[]>(`/items/${collection}${q({ limit: -1, ...params })}`);
}

async function field(code: string): Promise<Row> {
	const [row] = await items('action_fields', {
		filter: JSON.stringify({ district: { _eq: 'rendsburg-eckernfoerde' }, code: { _eq: code } }),
		fields: 'code,profile_sections,risks',
	});
	return row!;
}

describe('seed, faithful to the Rendsburg-Eckernförde document', () => {
	it('keeps the Steckbrief sections of Leitprojekt 4.2 as headed, the ones printed empty with text null', async () => {
		const organisation = await field('4.2');
		const sections = organisation['profile_sections'] as Section[];
		expect({
			sections: sections.map((s) => [s.heading, s.text === null ? null : s.text.split('\n')[0]]),
			risks: organisation['risks'],
		}).toEqual({
			sections: [
				['1.1 Ausgangssituation', 'Die Organisationsentwicklung ist ein wesentlicher Baustein der Digitalisierungsstrategie. Sie ist übergreifend relevant und mitentscheidend für den grundsätzlichen Erfolg der Digitalisierungsstrategie. Ziel ist es, die Organisation so aufzustellen, dass eine dauerhafte und nachhaltige Gestaltung der digitalen Kreisverwaltung ermöglicht wird. Dies ist kein einmaliger sondern ein beständiger Veränderungsprozess.'],
				['1.2 Kurzbeschreibung Projekthinhalte', '- Organisatorische Verankerung'],
				['1.4 Beleg für die Zielerreichung', null],
				['2.1 Projektleiter', null],
				['2.1 Projektteam', null],
				['2.2 Externe Dienstleister', null],
				['3.1 Beteiligte Ressorts/Gremien', '- Landrat / Landratsrunde'],
				['3.2 Rechtliche Aspekte', '- Überprüfung der Dienstanweisungen, Allgemeine Geschäftsanweisung, etc.'],
				['3.3 Voraussetzungen (insbes. technische Komponenten)', null],
				['4.1 Projektaufgaben (technisch, organisatorisch, rechtlich etc.)', 'Kurzfristig:'],
				['4.2 Meilensteine', '1. Stellenbesetzung Digitalisierungsmanager (inkl. Verankerung)'],
				['4.4 Projektrisiken', null],
				['4.5 Projektbudget', null],
				['5.1 Projekte anderer Kommunalverwaltungen', 'Düsseldorf:'],
				['5.2 Links / Quellen', '- Trendreport 2018 von PROGROS'],
			],
			risks: null,
		});
	});

	it('splits the shared Steckbrief of 1.1 and 1.2 at "Stand der Maßnahmenumsetzung", each Leitprojekt with its own part', async () => {
		const stand = async (code: string) => ((await field(code))['profile_sections'] as Section[]).find((s) => s.heading === '3.5 Stand der Maßnahmenumsetzung')?.text;
		expect({ dms: await stand('1.1'), eAkte: await stand('1.2') }).toEqual({
			dms: 'Leitprojekt 1.1 „DMS“\n\nNeue Maßnahmen:\n- Nr. 2: Einführung eines zentralen DMS für alle Fachbereiche, Mitarbeiter und Außenstellen\n\nGeplante Maßnahmen:\n- Nr. 1: Digitalisierung Bauleitplanung\n\nBereits umgesetzte Maßnahmen:',
			eAkte:
				'Leitprojekt 1.2 „E-Akte“\n\nNeue Maßnahmen:\n- Nr. 5: E-Akte mit Aktenplan, Aktenzeichen, Handhabung von Vorgängen, Schriftstücken, etc. Funktionen DMS, inkl. umfassende Suchfunktionen (Metadaten, Volltext- und semantische Suche).\n- Nr. 6: Digitale Vorgangsbearbeitung, Standardvorgänge, ad-hoc Vorgänge, Checklisten, etc.\n- Nr. 7: Integration von Fachverfahren.\n- Nr. 8: Digitalisierte Poststelle, Scannen, TR-Resiscan, digitale Signaturen, TR-ESOR (Langzeitarchivierung) etc.\n- Nr. 9: Digitales Archiv, Registratur\n\nGeplante Maßnahmen:\n- Nr. 3: Digitalisierung der Bauakten (E-Akte)\n- Nr. 4: Digitalisierung Vertragsverwaltung - IT-Management (E-Akte)\n\nBereits umgesetzte Maßnahmen:',
		});
	});

	it('gives the five KPIs no direction (no "mindestens" in their wording), and no baseline, deadline or measure (the Steckbriefe state none)', async () => {
		const kpis = await items('kpis', {
			'filter[district][_eq]': 'rendsburg-eckernfoerde',
			fields: 'action_field.code,description,target_value,unit,direction,baseline_value,baseline_date,deadline_date,deadline_label,measure',
		});
		expect(
			kpis
				.map((k) => [(k['action_field'] as Row)['code'], k['description'], k['target_value'], k['unit'], k['direction'], k['baseline_value'], k['baseline_date'], k['deadline_date'], k['deadline_label'], k['measure']])
				.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
		).toEqual([
			['1.2', '100% Umstellung aller relevanten / geeigneten Vorgänge (Massengeschäft)', 100, '%', null, null, null, null, null, null],
			['2.1', 'Prozentuales Verhältnis von Mitarbeiter in Telearbeit zu festen Arbeitsplätzen, Ziel 20%', 20, '%', null, null, null, null, null, null],
			['2.2', 'Datum der Einführung', null, null, null, null, null, null, null, null],
			['3.1', '25% aller Anträge werden über Online-Services umgesetzt', 25, '%', null, null, null, null, null, null],
			['4.1', '50% aller Prozesse im Massengeschäft abbilden', 50, '%', null, null, null, null, null, null],
		]);
	});

	it('takes status and planned implementation of every dated measure from the Maßnahmenliste (6.2)', async () => {
		const measures = await items('measures', {
			filter: JSON.stringify({ district: { _eq: 'rendsburg-eckernfoerde' }, planned_label: { _nnull: true } }),
			fields: 'code,status,planned_date,planned_label',
		});
		expect(measures.map((m) => [m['code'], m['status'], m['planned_date'], m['planned_label']]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
			['1', 'planned', null, '2018'],
			['15', 'planned', '2018-06-30', '30.06.2018'],
			['26', 'planned', '2018-08-01', '01.08.2018'],
			['27', 'planned', '2018-03-30', '30.03.2018'],
			['28', 'planned', '2018-03-31', '31.03.2018'],
			['29', 'planned', null, '2018'],
			['30', 'completed', '2018-01-01', '01.01.2018'],
			['32', 'planned', '2018-03-31', '31.03.2018'],
			['33', 'planned', '2018-06-30', '30.06.2018'],
			['34', 'planned', null, 'kurzfristig'],
			['55', 'idea', '2018-03-01', '01.03.2018'],
		]);
	});
});
