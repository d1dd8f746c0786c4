/**
 * The issue-20 migration on a database built with the earlier model: old cost fields on the
 * annual goals, required status and directions, one Steckbrief text per measure. The next
 * start turns them into cost components, optional columns and the profile fields, loses no
 * value and no edit, and a second start changes nothing.
 *
 * Runs on its own Directus (schema and roles only), on the database the test run was asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../scripts/lib/database';
import { loginApi, type DirectusApi } from '../scripts/lib/directus-api';
import { setupInstance } from '../scripts/lib/setup-instance';
import { requestedDatabase, startTemporaryInstance, type TemporaryInstance } from '../scripts/lib/temporary-instance';
import type { SeedFile } from '../seed/format';
import { applySeedCorrections } from '../seed/load-seed';
import { seedId } from '../seed/seed-id';
import { q } from './support/api';

type Row = Record<string, unknown>;

let instance: TemporaryInstance;
let admin: DirectusApi;
const DISTRICT = 'altkreis';

const goalText = 'Der allgemeine Informationsgrad soll erhöht werden.';
const ownerName = 'Amt für Personal und Organisation';
const profile = [
	`Hintergrund / Ziel: ${goalText}`,
	'Beschreibung: Regelmäßige Rückmeldungen.',
	'• Mitteilungen im Intranet\n• Dienstbesprechungen',
	'Nutzen: Mehr Transparenz',
	'Adressaten: Führungskräfte',
	'Best Practice / interkommunaler Ansatz: Stadt Soest',
	'Zeitplan: 2023',
	`Verantwortliche: ${ownerName}`,
].join('\n\n');

/** The earlier model's shape, created directly: required status and directions, the old cost fields. */
async function makeOldModel(api: DirectusApi): Promise<void> {
	await api.patch('/fields/measures/status', { schema: { is_nullable: false, default_value: 'planned' } });
	await api.patch('/fields/annual_goals/direction', { schema: { is_nullable: false, default_value: 'at_least' } });
	await api.patch('/fields/kpis/direction', { schema: { is_nullable: false, default_value: 'at_least' } });
	await api.post('/fields/annual_goals', { field: 'cost_type', type: 'string', meta: { interface: 'select-dropdown' }, schema: { max_length: 32 } });
	await api.post('/fields/annual_goals', { field: 'cost_amount', type: 'decimal', meta: {}, schema: { numeric_precision: 14, numeric_scale: 2 } });
	await api.post('/fields/annual_goals', { field: 'cost_years', type: 'integer', meta: {}, schema: {} });
	await api.post('/fields/annual_goals', { field: 'cost_funding', type: 'json', meta: { special: ['cast-json'] }, schema: {} });
}

const goals = {
	fibre: { title: 'Glasfaser', cost_type: 'funded', cost_amount: 71_600_000, cost_funding: [{ funder: 'Bund', share_percent: 50 }, { funder: 'Land', share_percent: 40 }] },
	funding: { title: 'Förderung', cost_type: 'funded', cost_amount: 20_000, cost_funding: [] },
	years: { title: 'Mehrjährig', cost_type: 'over_years', cost_amount: 30_000, cost_years: 3 },
	open: { title: 'Offen', cost_type: 'not_calculable', cost_amount: null },
	silent: { title: 'Ohne Kostenangabe', cost_type: null },
};

async function readState(api: DirectusApi): Promise<Row> {
	const costs = await api.get<Row[]>(`/items/annual_goal_costs${q({ 'filter[annual_goal][district][_eq]': DISTRICT, fields: 'annual_goal.title,kind,amount,years,funder,share_percent,attribution,sort', sort: 'annual_goal.title,sort', limit: -1 })}`);
	const measures = await api.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': DISTRICT, fields: 'title,status,goal,profile_description,benefit,addressees,best_practice,profile,profile_empty_sections', sort: 'title', limit: -1 })}`);
	const goalFields = (await api.get<{ field: string }[]>('/fields/annual_goals')).map((f) => f.field);
	const [district] = await api.get<Row[]>(`/items/districts${q({ 'filter[id][_eq]': DISTRICT, fields: 'model_upgrade_pending' })}`);
	return {
		costs: costs.map((c) => ({ ...c, goal: (c['annual_goal'] as Row)['title'], annual_goal: undefined, amount: c['amount'] === null ? null : Number(c['amount']) })),
		measures,
		oldCostFields: goalFields.filter((field) => field.startsWith('cost_') && field !== 'cost_note'),
		pending: district?.['model_upgrade_pending'],
	};
}

describe('migration of a database built with the earlier model', () => {
	beforeAll(async () => {
		instance = await startTemporaryInstance({ database: requestedDatabase(), seed: false });
		admin = await loginApi(instance.url, instance.admin.email, instance.admin.password);
		await makeOldModel(admin);
		await admin.post('/items/districts', { id: DISTRICT, name: 'Altkreis', state: 'Hessen' });
		const owner = await admin.post<Row>('/items/owners', { district: DISTRICT, name: ownerName });
		const field = await admin.post<Row>('/items/action_fields', { district: DISTRICT, title: 'Feld', theme: 'organisation' });
		await admin.post('/items/measures', [
			{ district: DISTRICT, title: 'A Steckbrief', theme: 'organisation', goal: goalText, owner: owner['id'], profile },
			// An editor filled "Nutzen" by hand already: it stays, and the document's differing text stays in the profile.
			{ district: DISTRICT, title: 'B bearbeitet', theme: 'organisation', status: 'in_progress', goal: 'Anderes Ziel', benefit: 'Von Hand', profile },
		]);
		await admin.post('/items/annual_goals', Object.values(goals).map((goal, index) => ({ district: DISTRICT, action_field: field['id'], year: 2024, sort: index + 1, ...goal })));
		// Stored before the profile fields existed (applySchema marks such districts when it adds the mark).
		const db = connectDatabase(instance.env);
		try {
			await db('districts').where('id', DISTRICT).update({ model_upgrade_pending: true });
		} finally {
			await db.destroy();
		}
		await setupInstance(instance.url, instance.admin, () => {}, instance.env, { seed: false });
	}, 900_000);

	afterAll(async () => {
		await instance?.stop();
	});

	it('turns the old cost fields into components and drops them', async () => {
		const state = await readState(admin);
		const component = { years: null, funder: null, share_percent: null, attribution: 'goal' };
		expect({ costs: state['costs'], oldCostFields: state['oldCostFields'] }).toEqual({
			costs: [
				{ ...component, goal: 'Förderung', kind: 'funding', amount: 20_000, sort: 1 },
				{ ...component, goal: 'Glasfaser', kind: 'total', amount: 71_600_000, sort: 1 },
				{ ...component, goal: 'Glasfaser', kind: 'share', amount: null, funder: 'Bund', share_percent: 50, sort: 2 },
				{ ...component, goal: 'Glasfaser', kind: 'share', amount: null, funder: 'Land', share_percent: 40, sort: 3 },
				{ ...component, goal: 'Mehrjährig', kind: 'over_years', amount: 30_000, years: 3, sort: 1 },
				{ ...component, goal: 'Offen', kind: 'not_calculable', amount: null, sort: 1 },
			].map((c) => ({ ...c, annual_goal: undefined })),
			oldCostFields: [],
		});
	});

	it('splits each Steckbrief into its fields, keeps what an editor wrote and what fits no field', async () => {
		const state = await readState(admin);
		expect({ measures: state['measures'], pending: state['pending'] }).toEqual({
			measures: [
				{
					title: 'A Steckbrief',
					status: 'planned',
					goal: goalText,
					profile_description: 'Regelmäßige Rückmeldungen.\n\n• Mitteilungen im Intranet\n• Dienstbesprechungen',
					benefit: 'Mehr Transparenz',
					addressees: 'Führungskräfte',
					best_practice: 'Stadt Soest',
					profile: 'Zeitplan: 2023',
					profile_empty_sections: null,
				},
				{
					title: 'B bearbeitet',
					status: 'in_progress',
					goal: 'Anderes Ziel',
					profile_description: 'Regelmäßige Rückmeldungen.\n\n• Mitteilungen im Intranet\n• Dienstbesprechungen',
					benefit: 'Von Hand',
					addressees: 'Führungskräfte',
					best_practice: 'Stadt Soest',
					// Its goal differs and it has no owner: those paragraphs stay, as does the document's "Nutzen".
					profile: `Hintergrund / Ziel: ${goalText}\n\nNutzen: Mehr Transparenz\n\nZeitplan: 2023\n\nVerantwortliche: ${ownerName}`,
					profile_empty_sections: null,
				},
			],
			pending: false,
		});
	});

	it('makes status and directions optional, so an editor can clear them', async () => {
		const [measure] = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': DISTRICT, fields: 'id', limit: 1 })}`);
		await admin.patch(`/items/measures/${measure!['id']}`, { status: null });
		const goal = await admin.post<Row>('/items/annual_goals', { district: DISTRICT, year: 2024, title: 'Ohne Richtung', target_value: 5, actual_value: 5 });
		const stored = await admin.get<Row>(`/items/measures/${measure!['id']}?fields=status`);
		const storedGoal = await admin.get<Row>(`/items/annual_goals/${goal['id']}?fields=direction,attainment_percent`);
		await admin.patch(`/items/measures/${measure!['id']}`, { status: 'planned' });
		await admin.delete(`/items/annual_goals/${goal['id']}`);
		expect({ stored, storedGoal }).toEqual({ stored: { status: null }, storedGoal: { direction: null, attainment_percent: null } });
	});

	it('a second start changes nothing', async () => {
		const before = await readState(admin);
		await setupInstance(instance.url, instance.admin, () => {}, instance.env, { seed: false });
		expect(await readState(admin)).toEqual(before);
	});

	it('corrects what an earlier seed forced, once, and only where the stored value is still the seeded one', async () => {
		const id = (collection: string, key: string) => seedId('korrekturkreis', collection, key);
		await admin.post('/items/districts', { id: 'korrekturkreis', name: 'Korrekturkreis', state: 'Hessen' });
		const field = await admin.post<Row>('/items/action_fields', { district: 'korrekturkreis', title: 'Feld', theme: 'organisation' });
		await admin.post('/items/measures', [
			{ id: id('measures', 'unberuehrt'), district: 'korrekturkreis', title: 'Unberührt', theme: 'organisation', status: 'planned' },
			{ id: id('measures', 'bearbeitet'), district: 'korrekturkreis', title: 'Bearbeitet', theme: 'organisation', status: 'in_progress' },
		]);
		await admin.post('/items/annual_goals', { id: id('annual_goals', 'ziel'), district: 'korrekturkreis', action_field: field['id'], year: 2024, title: 'Ziel', target_value: 10, actual_value: 5, direction: 'at_least' });
		// The earlier seed wrote "planned" twice and "at_least"; the editors changed the second measure since.
		const earlier = { korrekturkreis: { measures: { unberuehrt: 'planned', bearbeitet: 'planned' }, annual_goals: { ziel: 'at_least' }, kpis: {} } };
		const file = {
			district: { id: 'korrekturkreis' },
			measures: [{ key: 'unberuehrt', status: null }, { key: 'bearbeitet', status: null }],
			annual_goals: [{ key: 'ziel', direction: null }],
			kpis: [],
		} as unknown as Pick<SeedFile, 'district' | 'measures' | 'annual_goals' | 'kpis'>;
		const corrected = await applySeedCorrections(admin, file, earlier);
		const measures = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'korrekturkreis', fields: 'title,status', sort: 'title' })}`);
		const goal = await admin.get<Row>(`/items/annual_goals/${id('annual_goals', 'ziel')}?fields=direction,attainment_percent`);
		const [district] = await admin.get<Row[]>(`/items/districts${q({ 'filter[id][_eq]': 'korrekturkreis', fields: 'seed_corrected_at' })}`);
		await admin.delete('/items/districts/korrekturkreis');
		expect({ corrected, measures, goal, marked: Boolean(district?.['seed_corrected_at']) }).toEqual({
			corrected: 2,
			measures: [
				{ title: 'Bearbeitet', status: 'in_progress' },
				{ title: 'Unberührt', status: null },
			],
			goal: { direction: null, attainment_percent: null },
			marked: true,
		});
	});
});
