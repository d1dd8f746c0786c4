/**
 * Kreis Viersen, Digitalisierungsstrategie 2021 (`shared/seeds/002_ea3e1cb1950617fb.txt`), read back
 * over the API after the seed: what the re-transcription of issue 20 made expressible. Each case
 * names the lines of the text version it comes from; the values are the document's own.
 */
import { describe, expect, it } from 'vitest';
import { asAdmin, q } from './support/api';

type Row = Record<string, unknown>;

async function items(collection: string, params: Record<string, string | number> = {}): Promise<Row[]> {
	const api = await asAdmin();
	return api.get<Row[]>(`/items/${collection}${q({ limit: -1, ...params })}`);
}

const viersen = (filter: object = {}) => JSON.stringify({ district: { _eq: 'viersen' }, ...filter });
const byCode = (a: Row, b: Row) => Number(a['code']) - Number(b['code']);

describe('seed faithful: Kreis Viersen', () => {
	it('Steckbrief fields: Beschreibung, Nutzen, Adressaten and Best Practice in their own fields, empty headings recorded, no profile text left over', async () => {
		const fields = 'code,goal,profile_description,benefit,addressees,best_practice,profile_empty_sections,profile,owner.name';
		const profiled = (await items('measures', { filter: viersen({ code: { _in: ['12', '43'] } }), fields })).sort(byCode);
		const all = await items('measures', { filter: viersen(), fields: 'code,profile,profile_empty_sections,best_practice' });
		expect({
			profiled,
			// Lines 625-796: eight Steckbriefe print "Best Practice / interkommunaler Ansatz" with nothing under it.
			emptyBestPractice: all
				.filter((m) => (m['profile_empty_sections'] as string[] | null)?.includes('Best Practice / interkommunaler Ansatz'))
				.map((m) => m['code'])
				.sort((a, b) => Number(a) - Number(b)),
			bestPractice: all.filter((m) => m['best_practice'] !== null).map((m) => m['code']).sort((a, b) => Number(a) - Number(b)),
			leftInProfile: all.filter((m) => m['profile'] !== null).map((m) => m['code']),
		}).toEqual({
			profiled: [
				{
					// Lines 628-645: the Steckbrief of ID 12 prints "Titel" empty.
					code: '12',
					goal: 'Die Kreisverwaltung lässt nicht außer Acht, dass hinter allen Maßnahmen und Projekten im Zuge der Digitalisierung letztlich einzelne Menschen stehen. Um überhaupt nachhaltige Entwicklungen anstoßen zu können, bedarf es insofern einer digitalen Kompetenz innerhalb der Verwaltung selbst. Ziel ist dabei, motivierte und technikaffine Mitarbeiterinnen und Mitarbeiter zu finden, die Digitalisierung als Chance und Gestaltungsaufgabe wahrnehmen. Die fachlich zuständigen Kolleginnen und Kollegen kennen sich in ihrem eigenen Gestaltungsfeld am besten aus und können den Nutzen sowie die Wirkung einzelner Projekte beurteilen.',
					profile_description:
						'Pro Amt und Einrichtung soll mindestens ein Digitallotse bestimmt werden, dem entsprechende Freiräume und Entwicklungsperspektiven angeboten werden.\n\n' +
						'• Gezielte Fortbildungsangebote zu den Themen Change-Management, E-Government und Open Data sowie agile Methoden\n' +
						'• Vernetzung und regelmäßiger Austausch zwischen den Digitallotsen\n' +
						'• Intensive Auseinandersetzung mit jeweiligen Fachverfahren in Zusammenarbeit mit den zuständigen Stellen des KRZN, um Potentiale zu identifizieren\n' +
						'• Initiatives Aufgreifen digitaler Themen in allen Bereichen',
					benefit: 'Die Digitallotsen entwickeln Begeisterung für die Gestaltung des digitalen Wandels auch im kleineren fachthematischen Kontext. Als Multiplikatoren setzen sie Impulse innerhalb der Kreisverwaltung und können so ihre jeweiligen Kolleginnen und Kollegen mitnehmen.',
					addressees: 'Mitarbeiterinnen und Mitarbeiter',
					best_practice: 'Kommunale Landesverbände in Baden-Württemberg (Digitalakademie@bw).',
					profile_empty_sections: ['Titel'],
					profile: null,
					owner: { name: 'Amt für Personal und Organisation, Organisations- und Personalentwicklung, E-Government; Führungskräfte in den Organisationseinheiten, Digitallotsen selbst.' },
				},
				{
					// Lines 685-702.
					code: '43',
					goal: 'Seit einigen Jahren setzt die Kreisverwaltung verstärkt auf mobiles Arbeiten – eine Ausrichtung, die sich in der Corona-Pandemie bewährt hat. Zum aktuellen Zeitpunkt sind rd. 60 Prozent aller Arbeitsplätze für mobiles Arbeiten ausgestattet worden (Notebook und Docking-Station). Diese Entwicklung soll kontinuierlich auch im Bereich der eingesetzten Smartphones und Tablets fortgeführt werden.',
					profile_description:
						'Die individuelle Ausstattung mit mobilen Endgeräten ermöglicht die Ausschöpfung der durch interne Regelungen geschaffenen flexiblen Formen des Arbeitens.\n\n' +
						'• Bedarfsgerechte Ausstattung aller Mitarbeiterinnen und Mitarbeiter\n' +
						'• Erreichung eines Ausstattungsgrads für mobile Arbeitsplätze von 75 Prozent bis zum Jahresende 2021\n' +
						'• Schaffung einer möglichst hohen Kompatibilität der eingesetzten Systeme',
					benefit: 'Höhere Mitarbeiterzufriedenheit bei gleichzeitigem Effizienzgewinn.',
					addressees: 'Mitarbeiterinnen und Mitarbeiter, Führungskräfte',
					best_practice: null,
					profile_empty_sections: ['Best Practice / interkommunaler Ansatz'],
					profile: null,
					owner: { name: 'Amt für Personal und Organisation, Informations- und Kommunikationstechnik' },
				},
			],
			emptyBestPractice: ['9', '14', '15', '33', '34', '43', '44', '46'],
			bestPractice: ['1', '12', '32'],
			leftInProfile: [],
		});
	});

	it('other numbers: the chapter 7.1 IDs of measures 12-19 beside the table\'s, and the notes that explain them', async () => {
		const measures = (await items('measures', { filter: viersen(), fields: 'code,title,other_codes,source_note' })).sort(byCode);
		expect(
			measures
				.filter((m) => (m['other_codes'] as unknown[] | null)?.length)
				.map((m) => ({ code: m['code'], title: m['title'], other_codes: m['other_codes'], noted: String(m['source_note']).startsWith(`In Kapitel 7.1 unter ID ${(m['other_codes'] as { code: string }[])[0]!.code} geführt`) })),
		).toEqual(
			// Chapter 7.1 (lines 523-538) against the appendix table (lines 929-964).
			[
				['12', 'Digitallotsen', '13'],
				['13', 'Schulungsräume', '14'],
				['14', 'Agile Methoden', '15'],
				['15', 'Führung', '16'],
				['16', 'Soft Skills', '17'],
				['17', 'Expertensuche', '18'],
				['18', 'Portal', '19'],
				['19', 'Werbung', '12'],
			].map(([code, title, other]) => ({ code, title, other_codes: [{ code: other, source: 'Kapitel 7.1 (Vorstellung der Maßnahmen)' }], noted: true })),
		);
	});

	it('the KPI: baseline "rd. 60 Prozent" undated, deadline "bis zum Jahresende 2021", stated in the Steckbrief of measure 43', async () => {
		const kpis = await items('kpis', {
			filter: viersen(),
			fields: 'name,target_value,unit,baseline_value,baseline_approximate,baseline_date,baseline_note,deadline_date,deadline_label,measure.code,action_field.title',
		});
		expect(kpis).toEqual([
			{
				// Lines 687-688 (and 275 for the baseline).
				name: 'Ausstattungsgrad für mobile Arbeitsplätze',
				target_value: 75,
				unit: '%',
				baseline_value: 60,
				baseline_approximate: true,
				baseline_date: null,
				baseline_note:
					'„Zum aktuellen Zeitpunkt sind rd. 60 Prozent aller Arbeitsplätze für mobiles Arbeiten ausgestattet worden (Notebook und Docking-Station).“ (Steckbrief der Maßnahme 43, Hintergrund / Ziel, Zeile 687); ebenso Kapitel 4.2.2: „Inzwischen sind rd. 60 Prozent aller Arbeitsplätze auf Notebook mit Dockingstation umgerüstet worden.“ (Zeile 275). Ungefähr („rd.“) und ohne Stichtag: die Strategie (2021) nennt keinen.',
				deadline_date: '2021-12-31',
				deadline_label: 'bis zum Jahresende 2021',
				measure: { code: '43' },
				action_field: { title: 'Ausstattung' },
			},
		]);
	});

	it('forced values: the KPI has no direction ("Erreichung … von 75 Prozent" says no "mindestens"); statuses only as chapters 7.1 and 7.3 give them', async () => {
		const kpis = await items('kpis', { filter: viersen(), fields: 'description,direction' });
		const measures = await items('measures', { filter: viersen(), fields: 'code,status' });
		const codes = (status: string | null) => measures.filter((m) => m['status'] === status).map((m) => m['code']).sort((a, b) => Number(a) - Number(b));
		expect({ kpis, planned: codes('planned'), idea: codes('idea').length, other: measures.length - codes('planned').length - codes('idea').length }).toEqual({
			kpis: [{ description: 'Erreichung eines Ausstattungsgrads für mobile Arbeitsplätze von 75 Prozent bis zum Jahresende 2021', direction: null }],
			// Chapter 7.3 "Auswahl" (line 607): the eleven Steckbriefe; the other 35 of chapter 7.1 are proposals.
			planned: ['1', '9', '12', '14', '15', '32', '33', '34', '43', '44', '46'],
			idea: 35,
			other: 0,
		});
	});

	it('approximate readings: "rd." marks the KPI baseline; the "ca." figures of the justifications stay in their words, as the document has no field for them', async () => {
		const kpis = await items('kpis', { filter: viersen(), fields: 'baseline_value,baseline_approximate' });
		const ratings = await items('measure_ratings', {
			filter: JSON.stringify({ measure: { district: { _eq: 'viersen' } }, justification: { _contains: 'ca.' } }),
			fields: 'measure.code,criterion.name,justification',
		});
		const measures = await items('measures', { filter: viersen({ progress_approximate: { _eq: true } }), fields: 'code' });
		expect({ kpis, ratings: ratings.sort((a, b) => Number((a['measure'] as Row)['code']) - Number((b['measure'] as Row)['code'])), approximateProgress: measures }).toEqual({
			kpis: [{ baseline_value: 60, baseline_approximate: true }],
			ratings: [
				// Line 771.
				{ measure: { code: '33' }, criterion: { name: 'Fallzahlen' }, justification: 'Die Kreisverwaltung hat ein Volumen von ca. 30.000 Rechnungen / Jahr.' },
				// Line 659.
				{ measure: { code: '46' }, criterion: { name: 'Aufwand' }, justification: 'Im Jahr 2020 wurden ca. 9 Mio. Blatt Papier verbraucht.' },
			],
			approximateProgress: [],
		});
	});

	it('nothing the document does not tell: no successions, no history, no annual goals or costs, no long-term target numbers', async () => {
		const [successions, history, goals, fields] = await Promise.all([
			items('measure_successions', { filter: JSON.stringify({ predecessor: { district: { _eq: 'viersen' } } }), fields: 'id' }),
			items('measures', { filter: viersen({ historical: { _eq: true } }), fields: 'code' }),
			items('annual_goals', { filter: viersen(), fields: 'id' }),
			items('action_fields', { filter: viersen(), fields: 'code,long_term_values,profile_sections', sort: 'code' }),
		]);
		expect({ successions, history, goals, fields }).toEqual({
			successions: [],
			history: [],
			goals: [],
			fields: ['6.1', '6.2', '6.3', '6.4', '6.5'].map((code) => ({ code, long_term_values: [], profile_sections: [] })),
		});
	});
});
