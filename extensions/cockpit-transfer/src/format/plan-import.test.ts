import { describe, expect, it } from 'vitest';
import type { DistrictModel } from './model';
import { planImport, same } from './plan-import';
import { EMPTY_DISTRICT, type StoredDistrict } from './stored';

const newId = (collection: string, key: string) => `${collection}:${key}`;
const model = (overrides: Partial<DistrictModel> = {}): DistrictModel => ({
	district: { row: 2, id: 'testkreis', name: 'Kreis Test', state: 'Hessen', published: false },
	actionFields: [],
	owners: [],
	measures: [],
	successions: [],
	criteria: [],
	ratings: [],
	goals: [],
	costs: [],
	kpis: [],
	reports: [],
	snapshots: [],
	dependencies: [],
	...overrides,
});
const stored: StoredDistrict = {
	...EMPTY_DISTRICT,
	district: { id: 'testkreis', name: 'Kreis Test', state: 'Hessen', published: false, strategy_title: null, source_document: null, source_date: null, source_date_label: null, strategy_summary: null },
	measures: [{ id: 'm-1', district: 'testkreis', code: '1', title: 'E-Akte', theme: 'e-akte-dms', status: 'planned', former_titles: [], action_field: null }],
	priority_criteria: [{ id: 'c-1', name: 'Nutzen', weight: 40, description: null, sort: 1 }],
	priority_levels: [{ id: 'l-hoch', criterion: 'c-1', label: 'hoch', points: 3, sort: 1 }],
};
const measure = (row: number, code: string, title: string) => ({ row, key: code, code, title, theme: 'e-akte-dms', status: 'planned', former_titles: [], action_field: null });

describe('planImport', () => {
	it('matches a measure by its code: an unchanged row plans nothing, a changed title one update with that field', () => {
		const { plan } = planImport(model({ measures: [measure(2, '1', 'E-Akte neu')] }), stored, newId);
		expect([plan?.steps.map((s) => [s.collection, s.action, s.id, s.payload]), plan?.preview.map((p) => [p.sheet, p.created, p.changed, p.unchanged])]).toEqual([
			[['measures', 'update', 'm-1', { title: 'E-Akte neu' }]],
			[['Kreis', 0, 0, 1], ['Maßnahmen', 0, 1, 0]],
		]);
	});

	it('creates a new measure with the id derived from its Kennung, so a second import finds it', () => {
		const first = planImport(model({ measures: [measure(3, '2', 'DMS')] }), stored, newId).plan!;
		const created = { ...first.steps[0]!.payload, id: 'measures:2' } as StoredDistrict['measures'][number];
		const second = planImport(model({ measures: [measure(3, '2', 'DMS')] }), { ...stored, measures: [...stored.measures, created] }, newId).plan!;
		expect([first.steps.map((s) => [s.action, s.id]), second.steps]).toEqual([[['create', 'measures:2']], []]);
	});

	it('refuses a level that is not one of its criterion, naming the allowed ones', () => {
		const { problems } = planImport(model({ measures: [measure(2, '1', 'E-Akte')], ratings: [{ row: 2, column: 'Nutzen', measure: '1', criterion: 'Nutzen', level: 'riesig', justification: null }] }), stored, newId);
		expect(problems).toEqual([{ sheet: 'Bewertungen', row: 2, column: 'Nutzen', message: '„riesig“ ist keine Stufe des Kriteriums „Nutzen“. Erlaubt: hoch.' }]);
	});

	it('creates a parent action field before its child, whatever the row order', () => {
		const field = (row: number, code: string, parent: string | null) => ({ row, key: code, code, kind: 'leitprojekt', title: code, parent, theme: 'e-akte-dms', target_groups: [], sort: row - 1 });
		const { plan } = planImport(model({ actionFields: [field(2, '1.1', '1'), field(3, '1', null)] }), stored, newId);
		expect(plan?.steps.filter((s) => s.collection === 'action_fields').map((s) => [s.id, s.payload['parent']])).toEqual([
			['action_fields:1', null],
			['action_fields:1.1', 'action_fields:1'],
		]);
	});
});

describe('planImport: status reports and the reporting cycle', () => {
	const report = (state: string | null, updates: Record<string, unknown>[], key = 'B2023') => ({
		row: 2, key, title: 'Bericht 2023', report_date: '2023-08-31', report_date_label: null, document_ref: null, committee: null, meeting_date: null, document_url: null, consultations: [], body: null, state,
		updates: updates.map((u, i) => ({ row: 2 + i, measure: '1', status: 'in_progress', progress_value: 3, progress_approximate: false, progress_target: 10, priority_class: null, progress_text: null, next_steps: null, ...u })),
	});
	const storedReport = (state: string) => ({
		...stored,
		status_reports: [{ id: 'r-1', district: 'testkreis', title: 'Bericht 2023', report_date: '2023-08-31', report_date_label: null, document_ref: null, committee: null, meeting_date: null, document_url: null, consultations: [], body: null, state }],
		progress_updates: [{ id: 'u-1', status_report: 'r-1', measure: 'm-1', status: 'in_progress', progress_value: 3, progress_approximate: false, progress_target: 10, priority_class: null, progress_text: null, next_steps: null }],
	});
	const steps = (plan: ReturnType<typeof planImport>['plan']) => plan?.steps.map((s) => [s.collection, s.action, s.payload]);

	it('creates a new closed report in one step with its updates nested, so the hook keeps them instead of freezing today\'s measures', () => {
		const { plan } = planImport(model({ measures: [measure(2, '1', 'E-Akte')], reports: [report('closed', [{}])] }), stored, newId);
		expect([steps(plan), plan?.preview.find((p) => p.sheet === 'Sachstandsberichte')?.created]).toEqual([
			[[
				'status_reports',
				'create',
				{
					id: 'status_reports:B2023', title: 'Bericht 2023', report_date: '2023-08-31', report_date_label: null, document_ref: null, committee: null, meeting_date: null, document_url: null, consultations: [], body: null, state: 'closed', district: 'testkreis',
					updates: [{ id: 'progress_updates:status_reports:B2023/m-1', measure: 'm-1', status: 'in_progress', progress_value: 3, progress_approximate: false, progress_target: 10, priority_class: null, progress_text: null, next_steps: null }],
				},
			]],
			2,
		]);
	});

	it('creates a report without a Zustand as a draft, its updates as steps of their own', () => {
		const { plan } = planImport(model({ measures: [measure(2, '1', 'E-Akte')], reports: [report(null, [{}])] }), stored, newId);
		expect(plan?.steps.map((s) => [s.collection, s.action, s.payload['state'], 'updates' in s.payload])).toEqual([
			['status_reports', 'create', 'draft', false],
			['progress_updates', 'create', undefined, false],
		]);
	});

	it('plans nothing for an unchanged closed report, and an update for a changed one, which the hook then refuses', () => {
		const unchanged = planImport(model({ measures: [measure(2, '1', 'E-Akte')], reports: [report('closed', [{}], 'r-1')] }), storedReport('closed'), newId).plan;
		const changed = planImport(model({ measures: [measure(2, '1', 'E-Akte')], reports: [report(null, [{ status: 'completed' }], 'r-1')] }), storedReport('closed'), newId).plan;
		expect([steps(unchanged), steps(changed)]).toEqual([[], [['progress_updates', 'update', { status: 'completed' }]]]);
	});

	it('closes a stored draft after writing its updates, so they are not added to a closed report', () => {
		const { plan } = planImport(model({ measures: [measure(2, '1', 'E-Akte')], reports: [report('closed', [{ progress_value: 5 }], 'r-1')] }), storedReport('draft'), newId);
		expect(steps(plan)).toEqual([
			['progress_updates', 'update', { progress_value: 5 }],
			['status_reports', 'update', { state: 'closed' }],
		]);
	});
});

describe('planImport: cost components and successions', () => {
	const goal = { row: 2, key: 'g-1', year: 2024, action_field: null, direction: null, title: 'Ziel', target_value: null, target_approximate: false, unit: null, actual_value: null, cost_note: null, sort: 1 };
	const storedGoal = { id: 'g-1', district: 'testkreis', year: 2024, action_field: null, direction: null, title: 'Ziel', target_value: null, target_approximate: false, unit: null, actual_value: null, cost_note: null, sort: 1 };
	const cost = (row: number, key: string | null, sort: number, fields: Record<string, unknown>) => ({
		row, key, annual_goal: 'g-1', kind: 'one_off', amount: null, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null, sort, ...fields,
	});
	const storedCost = { id: 'c-1', annual_goal: 'g-1', kind: 'one_off', amount: 150, approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null, sort: 1 };
	const withGoal: StoredDistrict = { ...stored, annual_goals: [storedGoal], annual_goal_costs: [storedCost] };

	it('matches a component by its Kennung and creates a new one without Kennung under an id from its goal and place, which a second import finds', () => {
		const workbook = model({ goals: [goal], costs: [cost(2, 'c-1', 1, { amount: 150 }), cost(3, null, 2, { kind: 'per_year', amount: 6000 })] });
		const first = planImport(workbook, withGoal, newId).plan!;
		const created = first.steps.find((s) => s.action === 'create')!.payload as StoredDistrict['annual_goal_costs'][number];
		const second = planImport(workbook, { ...withGoal, annual_goal_costs: [storedCost, created] }, newId).plan!;
		expect([first.steps.map((s) => [s.collection, s.action, s.id, s.payload['kind'], s.payload['amount']]), second.steps]).toEqual([
			[['annual_goal_costs', 'create', 'annual_goal_costs:g-1#2', 'per_year', 6000]],
			[],
		]);
	});

	it('refuses a component of an unknown goal and one moved to another goal, naming sheet and row', () => {
		const other = { ...goal, row: 3, key: 'g-2', title: 'Anderes Ziel' };
		const { problems } = planImport(model({ goals: [goal, other], costs: [cost(2, 'c-1', 1, { annual_goal: 'g-2', amount: 150 }), cost(3, null, 1, { annual_goal: 'g-9' })] }), withGoal, newId);
		expect(problems).toEqual([
			{ sheet: 'Kosten', row: 2, column: 'Jahresziel', message: 'Der Bestandteil „c-1“ gehört zu einem anderen Jahresziel. Einen Bestandteil bitte nicht verschieben, sondern beim neuen Ziel ohne Kennung neu eintragen.' },
			{ sheet: 'Kosten', row: 3, column: 'Jahresziel', message: 'Das Jahresziel „g-9“ gibt es weder im Blatt „Jahresziele“ noch im gespeicherten Kreis.' },
		]);
	});

	it('links a history entry and the current measure of the same number by their Kennungen, and finds the stored link again', () => {
		const friesland: StoredDistrict = {
			...stored,
			measures: [
				{ id: 'm-15', district: 'testkreis', code: '15', title: 'Neu', historical: false },
				{ id: 'm-h15', district: 'testkreis', code: '15', title: 'Alt', historical: true },
			],
		};
		const workbook = model({ successions: [{ row: 2, predecessor: 'historie-15', successor: '15', note: 'abgeleitet' }] });
		const first = planImport(workbook, friesland, newId).plan!;
		const again = planImport(workbook, { ...friesland, measure_successions: [{ id: 'x', predecessor: 'm-h15', successor: 'm-15', note: 'abgeleitet' }] }, newId).plan!;
		expect([first.steps.map((s) => [s.collection, s.action, s.payload]), again.steps]).toEqual([
			[['measure_successions', 'create', { id: 'measure_successions:m-h15->m-15', predecessor: 'm-h15', successor: 'm-15', note: 'abgeleitet' }]],
			[],
		]);
	});

	it('refuses a succession naming a measure that is neither in the workbook nor stored, and a measure as its own successor', () => {
		const { problems } = planImport(model({ successions: [{ row: 4, predecessor: '1', successor: '99', note: null }, { row: 5, predecessor: '1', successor: '1', note: null }] }), stored, newId);
		expect(problems).toEqual([
			{ sheet: 'Nachfolge', row: 4, column: 'Nachfolger', message: 'Die Maßnahme „99“ gibt es weder im Blatt „Maßnahmen“ noch im gespeicherten Kreis.' },
			{ sheet: 'Nachfolge', row: 5, column: 'Nachfolger', message: 'Eine Maßnahme kann nicht ihre eigene Nachfolgerin sein. Bitte wählen Sie eine andere Maßnahme.' },
		]);
	});

	it('leaves a measure\'s other numbers alone when the workbook has no sheet for them, and replaces them when it has', () => {
		const storedWithCodes: StoredDistrict = { ...stored, measures: [{ ...stored.measures[0]!, other_codes: [{ source: 'Kapitel 7.1', code: '13' }] }] };
		const without = planImport(model({ measures: [measure(2, '1', 'E-Akte')] }), storedWithCodes, newId).plan!;
		const withSheet = planImport(model({ measures: [{ ...measure(2, '1', 'E-Akte'), other_codes: [{ code: '13', source: 'Kapitel 7.1' }, { code: '14', source: 'Anlage' }] }] }), storedWithCodes, newId).plan!;
		expect([without.steps.map((s) => s.payload), withSheet.steps.map((s) => s.payload)]).toEqual([[], [{ other_codes: [{ code: '13', source: 'Kapitel 7.1' }, { code: '14', source: 'Anlage' }] }]]);
	});
});

describe('planImport: owners', () => {
	it('creates a new owner before the measure that names it, and leaves a measure\'s owner alone when the workbook has no such column', () => {
		const withOwner = { ...measure(2, '1', 'E-Akte'), owner: 'Amt 10' };
		const planned = planImport(model({ owners: [{ row: 2, name: 'Amt 10', email: null }], measures: [withOwner] }), stored, newId).plan!;
		const untouched = planImport(model({ measures: [measure(2, '1', 'E-Akte')] }), { ...stored, measures: [{ ...stored.measures[0]!, owner: 'o-1' }] }, newId).plan!;
		expect([planned.steps.map((s) => [s.collection, s.action, s.payload['owner'] ?? s.payload['name']]), untouched.steps]).toEqual([
			[['owners', 'create', 'Amt 10'], ['measures', 'update', 'owners:amt 10']],
			[],
		]);
	});
});

describe('same', () => {
	it('treats the databases\' representations of one value as equal and a real change as different', () => {
		expect([same(0.1, 0.10000000149), same(true, 1), same('2024-01-31', '2024-01-31T00:00:00'), same([], null), same([{ a: 1 }], '[{"a":1}]'), same(20000, '20000.00'), same([{ code: '1', source: 'a' }], [{ source: 'a', code: '1' }]), same('a', 'b')]).toEqual([
			true, true, true, true, true, true, true, false,
		]);
	});
});
