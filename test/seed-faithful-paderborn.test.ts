/**
 * Kreis Paderborn's "Anhang zur Digitalisierungsstrategie: Jahresziele 2024"
 * (../shared/seeds/003_d2b2d9b6b85447d8.txt) as Directus holds it after the seed, read back over
 * the API: a direction only where a goal says "mindestens", one cost component per amount or
 * kind a cost sentence names, "ca." kept, and the numbers of the long-term targets. The line
 * numbers are those of the document.
 */
import { describe, expect, it } from 'vitest';
import { asAdmin, q } from './support/api';

type Row = Record<string, unknown>;

const COST_FIELDS = 'kind,amount,approximate,years,year,funder,share_percent,attribution,note';

async function items(collection: string, params: Record<string, string | number>): Promise<Row[]> {
	const api = await asAdmin();
	return api.get<Row[]>(`/items/${collection}${q({ limit: -1, ...params })}`);
}

/** The cost components of Paderborn's goals, in the document's order (goal, then component). */
async function costs(goalFilter: object = {}): Promise<Row[]> {
	const rows = await items('annual_goal_costs', {
		filter: JSON.stringify({ annual_goal: { district: { _eq: 'paderborn' }, ...goalFilter } }),
		fields: `annual_goal.sort,sort,${COST_FIELDS}`,
	});
	return rows
		.map((row): { goal: number; sort: number; component: Row } => {
			const { annual_goal: goal, sort, ...rest } = row;
			return { goal: Number((goal as Row)['sort']), sort: Number(sort), component: { goal: Number((goal as Row)['sort']), ...rest, amount: rest['amount'] === null ? null : Number(rest['amount']) } };
		})
		.sort((a, b) => a.goal - b.goal || a.sort - b.sort)
		.map((entry) => entry.component);
}

function component(values: Partial<Record<string, unknown>> & { kind: string }): Row {
	return { amount: null, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null, ...values };
}

describe('seed faithful to the document: Kreis Paderborn', () => {
	it('gives a direction only to the nine goals that say "mindestens"; the other 24, 15 of them without a target, have none', async () => {
		const goals = await items('annual_goals', { 'filter[district][_eq]': 'paderborn', fields: 'sort,direction,target_value', sort: 'sort' });
		expect({
			atLeast: goals.filter((g) => g['direction'] === 'at_least').map((g) => g['sort']),
			atMost: goals.filter((g) => g['direction'] === 'at_most').length,
			notStated: goals.filter((g) => g['direction'] === null).length,
			notStatedWithoutTarget: goals.filter((g) => g['direction'] === null && g['target_value'] === null).length,
			notStatedWithTarget: goals.filter((g) => g['direction'] === null && g['target_value'] !== null).map((g) => [g['sort'], Number(g['target_value'])]),
		}).toEqual({
			// lines 15, 60, 80, 121, 143, 160, 175, 177, 179
			atLeast: [1, 9, 12, 16, 19, 23, 27, 28, 29],
			atMost: 0,
			notStated: 24,
			notStatedWithoutTarget: 15,
			// "3 Besprechungsräume" (17), "100 %" (26), "10 großen Anwendungen" (64), "zu 70 %" (68), "4 Events" (90),
			// "Weitere 60 Prozesse" (132), "5 weitere interne Workflows" (154), "6 Kommunen" (171), "90 Verwaltungsleistungen" (173)
			notStatedWithTarget: [[2, 3], [3, 100], [10, 10], [11, 70], [13, 4], [17, 60], [21, 5], [25, 6], [26, 90]],
		});
	});

	it('splits "einmalige Kosten in Höhe von 150€ und jährliche Kosten in Höhe von 6.000€" into two components (line 163)', async () => {
		expect(await costs({ title: { _contains: 'Bibliotheksverwaltung' } })).toEqual([
			component({ goal: 24, kind: 'one_off', amount: 150 }),
			component({ goal: 24, kind: 'per_year', amount: 6000 }),
		]);
	});

	it('keeps the funding pots used only "zum Teil" as partial and "ca." (lines 176, 178)', async () => {
		expect(await costs({ title: { _contains: 'wurden mindestens' } })).toEqual([
			component({ goal: 27, kind: 'funding', amount: 430_000, approximate: true, attribution: 'partial', note: 'Fördersumme zur Digitalisierung der Ausländerbehörden' }),
			component({ goal: 28, kind: 'funding', amount: 575_000, approximate: true, attribution: 'partial', note: 'Fördersumme zur Digitalisierung des Gesundheitsamtes' }),
		]);
	});

	it('marks the 582.000 € of the whole project "Digitale Wewelsburg" and its 80 % funding as not attributable, with no funder invented (line 217)', async () => {
		expect(await costs({ title: { _contains: 'Digitale Wewelsburg' } })).toEqual([
			component({ goal: 32, kind: 'total', amount: 582_000, attribution: 'not_attributable', note: 'Kosten für das Gesamtprojekt „Digitale Wewelsburg“' }),
			component({ goal: 32, kind: 'share', share_percent: 80, attribution: 'not_attributable', note: 'gefördert' }),
		]);
	});

	it('gives the fibre volumes their funders\' shares, and the grey spots their funders without a share and no volume yet (lines 27, 29, 32)', async () => {
		const shares = (total: number, goal: number) => [
			component({ goal, kind: 'total', amount: total, note: 'Finanzvolumen' }),
			component({ goal, kind: 'share', funder: 'Bund', share_percent: 50 }),
			component({ goal, kind: 'share', funder: 'Land', share_percent: 40 }),
			component({ goal, kind: 'share', funder: 'Kommunen', share_percent: 10, note: 'Eigenanteil' }),
		];
		expect(await costs({ action_field: { code: { _eq: 'I.2' } } })).toEqual([
			...shares(71_600_000, 3),
			...shares(3_600_000, 4),
			component({ goal: 5, kind: 'not_calculable', note: 'Finanzvolumen' }),
			component({ goal: 5, kind: 'share', funder: 'Bund', note: 'Der vorläufige Bewilligungsbescheid des Bundes liegt vor.' }),
			component({ goal: 5, kind: 'share', funder: 'Land', note: 'Das kofinanzierende Land hat den Maßnahmenbeginn ebenfalls zugelassen.' }),
		]);
	});

	it('keeps the budget year of "für das Jahr 2024" and "im Haushaltsjahr 2024" without calling the amount one-off or yearly (lines 113, 226)', async () => {
		expect((await costs()).filter((c) => c['year'] !== null)).toEqual([
			component({ goal: 15, kind: 'total', amount: 20_000, year: 2024 }),
			component({ goal: 33, kind: 'total', amount: 13_000, year: 2024 }),
		]);
	});

	it('marks exactly the four "ca." amounts approximate, and the pilot\'s next steps as not yet calculable (lines 18, 176, 178, 191)', async () => {
		const all = await costs();
		expect({
			approximate: all.filter((c) => c['approximate'] === true).map((c) => [c['goal'], c['amount']]),
			pilot: all.filter((c) => c['goal'] === 30),
		}).toEqual({
			approximate: [[2, 20_000], [27, 430_000], [28, 575_000], [30, 27_000]],
			pilot: [
				component({ goal: 30, kind: 'total', amount: 27_000, approximate: true, note: 'Pilotumgebung' }),
				component({ goal: 30, kind: 'not_calculable', note: 'Kosten für den nächsten Schritte' }),
			],
		});
	});

	it('holds the numbers of the long-term targets, "maximal" as at most and the others without direction (lines 11, 128, 167, 186)', async () => {
		const fields = await items('action_fields', { 'filter[district][_eq]': 'paderborn', fields: 'code,long_term_values', sort: 'sort' });
		expect(Object.fromEntries(fields.filter((f) => (f['long_term_values'] as unknown[] | null)?.length).map((f) => [f['code'], f['long_term_values']]))).toEqual({
			'I.1': [{ value: 0.8, unit: null, direction: 'at_most', approximate: false, wording: 'maximal 0,8 betragen' }],
			'III.1': [{ value: 200, unit: 'Prozesse', direction: null, approximate: false, wording: 'die wichtigsten 200 Prozesse dokumentiert' }],
			'III.4': [
				{ value: 40, unit: 'Verwaltungsleistungen', direction: null, approximate: false, wording: '40 priorisierte Verwaltungsleistungen medienbruchfrei digitalisiert' },
				{ value: 120, unit: 'Verwaltungsleistungen', direction: null, approximate: false, wording: '120 Verwaltungsleistungen mit dem OZG-Reifegrad 2 oder höher zur Verfügung gestellt' },
			],
			'IV.1': [{ value: 5, unit: 'Anwendungsfälle', direction: null, approximate: false, wording: 'in fünf Anwendungsfällen' }],
		});
	});
});
