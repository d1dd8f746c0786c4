/**
 * What importing a workbook would do to the stored district: per row create, update (with
 * the fields that differ) or leave alone, in an order the database accepts (parents before
 * children). Rows are matched by district and Kennung (for action fields and measures the
 * code), so importing the same workbook twice plans nothing the second time. Nothing is
 * deleted: a row that only the database holds stays as it is.
 */
import { checkSuccession } from '@cockpit/shared';
import { SHEETS } from './sheets';
import { isoDate } from './cells';
import type { DistrictModel, Problem, Row } from './model';
import { keysByCode, type Rec, type StoredDistrict } from './stored';

export type Action = 'create' | 'update' | 'unchanged';

export interface PlanStep {
	collection: string;
	action: 'create' | 'update';
	id: string;
	payload: Record<string, unknown>;
	sheet: string;
	row: number | null;
}

export interface SheetPreview {
	sheet: string;
	created: number;
	changed: number;
	unchanged: number;
	/** One entry per row that is created or changed; `fields` names the changed columns. */
	items: { row: number | null; label: string; action: Action; fields: string[] }[];
}

export interface ImportPlan {
	district: string;
	districtCreated: boolean;
	steps: PlanStep[];
	preview: SheetPreview[];
}

/** Derives the id of a row created from a Kennung: stable, so a second import finds it. */
export type NewId = (collection: string, key: string) => string;

const FIELDS: Record<string, string[]> = {
	districts: ['name', 'state', 'published', 'strategy_title', 'source_document', 'source_date', 'source_date_label', 'strategy_summary'],
	action_fields: ['code', 'kind', 'title', 'parent', 'theme', 'description', 'long_term_target', 'long_term_values', 'profile_sections', 'target_groups', 'horizon', 'risks', 'sort'],
	measures: [
		'code', 'title', 'former_titles', 'action_field', 'theme', 'status', 'historical', 'other_codes', 'priority_class', 'progress_current', 'progress_approximate', 'progress_target',
		'goal', 'description', 'progress_text', 'next_steps', 'planned_label', 'planned_date', 'horizon',
		'owner', 'profile_description', 'benefit', 'addressees', 'best_practice', 'profile_empty_sections', 'profile', 'source_note',
	],
	measure_successions: ['predecessor', 'successor', 'note'],
	owners: ['name', 'email'],
	priority_criteria: ['name', 'weight', 'description', 'sort'],
	priority_levels: ['criterion', 'label', 'points', 'sort'],
	measure_ratings: ['measure', 'criterion', 'level', 'justification'],
	annual_goals: ['year', 'action_field', 'direction', 'title', 'target_value', 'target_approximate', 'unit', 'actual_value', 'cost_note', 'sort'],
	annual_goal_costs: ['annual_goal', 'kind', 'amount', 'approximate', 'years', 'year', 'funder', 'share_percent', 'attribution', 'note', 'sort'],
	kpis: ['name', 'theme', 'action_field', 'measure', 'description', 'unit', 'target_value', 'direction', 'baseline_value', 'baseline_approximate', 'baseline_date', 'baseline_note', 'deadline_date', 'deadline_label'],
	kpi_values: ['kpi', 'date', 'value', 'approximate', 'note'],
	status_reports: ['title', 'report_date', 'report_date_label', 'document_ref', 'committee', 'meeting_date', 'document_url', 'consultations', 'body', 'state'],
	progress_updates: ['status_report', 'measure', 'status', 'progress_value', 'progress_approximate', 'progress_target', 'priority_class', 'progress_text', 'next_steps'],
	action_field_snapshots: ['action_field', 'status_report', 'date', 'planned_count', 'added_count', 'total_count', 'completed_count', 'completing_soon_count', 'in_progress_count', 'ongoing_count', 'note'],
	action_field_dependencies: ['from_field', 'to_field', 'note'],
};

/** Fields held as a list on the row but written on a sheet of their own (read-sheets.ts attachList). */
const FROM_OWN_SHEET = new Set(['long_term_values', 'profile_sections', 'other_codes', 'owner']);

/** The column header of a field on its sheet, for the preview. */
function headerOf(sheet: string, field: string): string {
	for (const definition of Object.values(SHEETS)) {
		if (definition.name !== sheet) continue;
		const column = definition.columns.find((c) => c.field === field);
		if (column) return column.header;
	}
	return (
		{
			criterion: 'Kriterium',
			label: 'Stufe',
			name: 'Name',
			level: 'Stufe',
			kpi: 'Kennzahl',
			status_report: 'Sachstandsbericht',
			sort: 'Reihenfolge',
			long_term_values: 'Langfristige Zielwerte',
			profile_sections: 'Steckbrief-Abschnitte',
			other_codes: 'Weitere Nummern',
		} as Record<string, string>
	)[field] ?? field;
}

export function planImport(model: DistrictModel, stored: StoredDistrict, newId: NewId): { plan: ImportPlan | null; problems: Problem[] } {
	const problems: Problem[] = [];
	const steps: PlanStep[] = [];
	const previews = new Map<string, SheetPreview>();
	const districtId = String(model.district['id']);

	const record = (collection: string, sheet: string, row: number | null, label: string, id: string, payload: Record<string, unknown>, existing: Record<string, unknown> | undefined) => {
		const preview = previews.get(sheet) ?? { sheet, created: 0, changed: 0, unchanged: 0, items: [] };
		previews.set(sheet, preview);
		if (!existing) {
			preview.created++;
			preview.items.push({ row, label, action: 'create', fields: [] });
			const step: PlanStep = { collection, action: 'create', id, payload: { id, ...payload }, sheet, row };
			steps.push(step);
			return step;
		}
		const changed = FIELDS[collection]!.filter((field) => field in payload && !same(payload[field], existing[field]));
		if (changed.length === 0) {
			preview.unchanged++;
			return null;
		}
		preview.changed++;
		preview.items.push({ row, label, action: 'update', fields: changed.map((f) => headerOf(sheet, f)) });
		const step: PlanStep = { collection, action: 'update', id, payload: Object.fromEntries(changed.map((f) => [f, payload[f]])), sheet, row };
		steps.push(step);
		return step;
	};
	// A list that comes from its own sheet is only written where the workbook has that sheet.
	const pick = (row: Row, collection: string, extra: Record<string, unknown> = {}) =>
		Object.fromEntries(FIELDS[collection]!.filter((f) => f in extra || f in row || !FROM_OWN_SHEET.has(f)).map((f) => [f, f in extra ? extra[f] : (row[f] ?? null)]));

	// --- Kreis
	record('districts', SHEETS.district.name, model.district.row, String(model.district['name']), districtId, pick(model.district, 'districts'), stored.district ?? undefined);

	// --- Handlungsfelder: resolve every Kennung to an id first, so parents can point at rows created in this import.
	const fields = resolver('action_fields', stored.action_fields, keysByCode(stored.action_fields), model.actionFields, newId);
	const fieldRef = (sheet: string, row: Row, column: string, key: unknown): string | null => {
		if (key === null || key === undefined) return null;
		const id = fields.idOf(String(key));
		if (id === null) problems.push({ sheet, row: row.row, column, message: `Das Handlungsfeld „${String(key)}“ gibt es weder im Blatt „Handlungsfelder“ noch im gespeicherten Kreis.` });
		return id;
	};
	const depth = new Map<Row, number>();
	const depthOf = (field: Row, seen: Set<Row>): number => {
		if (depth.has(field)) return depth.get(field)!;
		const parent = model.actionFields.find((f) => f['key'] === field['parent']);
		if (!parent) return 0;
		if (seen.has(parent)) {
			problems.push({ sheet: SHEETS.actionFields.name, row: field.row, column: 'Übergeordnet', message: 'Die übergeordneten Felder bilden einen Kreis; ein Feld kann nicht (mittelbar) sich selbst übergeordnet sein.' });
			return 0;
		}
		const d = depthOf(parent, new Set([...seen, field])) + 1;
		depth.set(field, d);
		return d;
	};
	const fieldsInOrder = model.actionFields.map((f) => ({ f, d: depthOf(f, new Set([f])) })).sort((a, b) => a.d - b.d).map(({ f }) => f);
	for (const field of fieldsInOrder) {
		const sheet = SHEETS.actionFields.name;
		const parent = fieldRef(sheet, field, 'Übergeordnet', field['parent']);
		const { id, existing } = fields.match(String(field['key']));
		record('action_fields', sheet, field.row, label(field['code'], field['title']), id, { ...pick(field, 'action_fields', { parent }), district: districtId }, existing);
	}

	// --- Verantwortliche Stellen, matched by name within the district
	const storedOwners = new Map(stored.owners.map((o) => [String(o['name']).trim().toLowerCase(), o]));
	const ownerIds = new Map(stored.owners.map((o) => [String(o['name']).trim().toLowerCase(), o.id]));
	for (const owner of model.owners) {
		const name = String(owner['name']).trim().toLowerCase();
		const existing = storedOwners.get(name);
		const id = existing?.id ?? newId('owners', name);
		ownerIds.set(name, id);
		record('owners', SHEETS.owners.name, owner.row, String(owner['name']), id, { ...pick(owner, 'owners'), district: districtId }, existing);
	}
	const ownerRef = (row: Row): Record<string, unknown> => {
		if (!('owner' in row)) return {};
		if (row['owner'] === null || row['owner'] === undefined) return { owner: null };
		const id = ownerIds.get(String(row['owner']).trim().toLowerCase());
		if (id === undefined) problems.push({ sheet: SHEETS.measures.name, row: row.row, column: 'Verantwortliche Stelle', message: `Die Stelle „${String(row['owner'])}“ gibt es weder im Blatt „Verantwortliche Stellen“ noch im gespeicherten Kreis.` });
		return { owner: id ?? null };
	};

	// --- Maßnahmen
	const measures = resolver('measures', stored.measures, keysByCode(stored.measures), model.measures, newId);
	const measureRef = (sheet: string, row: Row, column: string, key: unknown): string | null => {
		const id = measures.idOf(String(key));
		if (id === null) problems.push({ sheet, row: row.row, column, message: `Die Maßnahme „${String(key)}“ gibt es weder im Blatt „Maßnahmen“ noch im gespeicherten Kreis.` });
		return id;
	};
	for (const measure of model.measures) {
		const sheet = SHEETS.measures.name;
		const { id, existing } = measures.match(String(measure['key']));
		record('measures', sheet, measure.row, label(measure['code'], measure['title']), id, { ...pick(measure, 'measures', { action_field: fieldRef(sheet, measure, 'Handlungsfeld', measure['action_field']), ...ownerRef(measure) }), district: districtId }, existing);
	}

	// --- Nachfolge, matched by both measures
	for (const succession of model.successions) {
		const sheet = SHEETS.successions.name;
		const predecessor = measureRef(sheet, succession, 'Vorgänger', succession['predecessor']);
		const successor = measureRef(sheet, succession, 'Nachfolger', succession['successor']);
		if (predecessor === null || successor === null) continue;
		// Both resolve within this district; a pair twice is refused by read-sheets, a stored pair is matched below.
		const refused = checkSuccession({ id: predecessor, district: districtId }, { id: successor, district: districtId }, false);
		if (refused) {
			problems.push({ sheet, row: succession.row, column: 'Nachfolger', message: refused });
			continue;
		}
		const existing = stored.measure_successions.find((s) => s['predecessor'] === predecessor && s['successor'] === successor);
		const id = existing?.id ?? newId('measure_successions', `${predecessor}->${successor}`);
		record('measure_successions', sheet, succession.row, `${String(succession['predecessor'])} → ${String(succession['successor'])}`, id, pick(succession, 'measure_successions', { predecessor, successor }), existing);
	}

	// --- Kriterien und Stufen, matched by name and by label within the criterion.
	const storedCriteria = new Map(stored.priority_criteria.map((c) => [String(c['name']).toLowerCase(), c]));
	/** Per criterion (lower-case name): its id and its levels by lower-case label. */
	const criteria = new Map<string, { id: string; levels: Map<string, { id: string; label: string }> }>();
	for (const c of stored.priority_criteria) {
		const levels = stored.priority_levels.filter((l) => l['criterion'] === c.id).map((l) => [String(l['label']).toLowerCase(), { id: l.id, label: String(l['label']) }] as const);
		criteria.set(String(c['name']).toLowerCase(), { id: c.id, levels: new Map(levels) });
	}
	for (const criterion of model.criteria) {
		const sheet = SHEETS.criteria.name;
		const name = String(criterion['name']);
		const existing = storedCriteria.get(name.toLowerCase());
		const id = existing?.id ?? newId('priority_criteria', name);
		record('priority_criteria', sheet, criterion.row, name, id, { ...pick(criterion, 'priority_criteria'), district: districtId }, existing);
		const levels = new Map<string, { id: string; label: string }>();
		for (const level of criterion.levels) {
			const levelLabel = String(level['label']);
			const storedLevel = stored.priority_levels.find((l) => l['criterion'] === id && String(l['label']).toLowerCase() === levelLabel.toLowerCase());
			const levelId = storedLevel?.id ?? newId('priority_levels', `${name}/${levelLabel}`);
			levels.set(levelLabel.toLowerCase(), { id: levelId, label: levelLabel });
			record('priority_levels', sheet, level.row, `${name}: ${levelLabel}`, levelId, pick(level, 'priority_levels', { criterion: id }), storedLevel);
		}
		// The workbook lists the criterion's levels; a stored level it leaves out is still a level of it.
		criteria.set(name.toLowerCase(), { id, levels: new Map([...(criteria.get(name.toLowerCase())?.levels ?? []), ...levels]) });
	}

	// --- Bewertungen
	const storedRatings = new Map(stored.measure_ratings.map((r) => [`${r['measure']}|${r['criterion']}`, r]));
	for (const rating of model.ratings) {
		const sheet = SHEETS.ratings.name;
		const criterion = criteria.get(String(rating['criterion']).toLowerCase());
		const measure = measureRef(sheet, rating, 'Maßnahme', rating['measure']);
		if (!criterion) {
			problems.push({ sheet, row: 1, column: String(rating['column']), message: `Das Kriterium „${String(rating['criterion'])}“ gibt es weder im Blatt „Kriterien und Stufen“ noch im gespeicherten Kreis.` });
			continue;
		}
		const level = criterion.levels.get(String(rating['level']).toLowerCase());
		if (!level) {
			const allowed = [...criterion.levels.values()].map((l) => l.label).join(', ');
			problems.push({ sheet, row: rating.row, column: String(rating['column']), message: `„${String(rating['level'])}“ ist keine Stufe des Kriteriums „${String(rating['criterion'])}“. Erlaubt: ${allowed || 'keine Stufen angelegt'}.` });
			continue;
		}
		if (measure === null) continue;
		const existing = storedRatings.get(`${measure}|${criterion.id}`);
		const id = existing?.id ?? newId('measure_ratings', `${measure}/${criterion.id}`);
		record('measure_ratings', sheet, rating.row, `${String(rating['measure'])}: ${String(rating['criterion'])}`, id, { measure, criterion: criterion.id, level: level.id, justification: rating['justification'] ?? null }, existing);
	}

	// --- Jahresziele
	const goals = resolver('annual_goals', stored.annual_goals, null, model.goals, newId);
	for (const goal of model.goals) {
		const sheet = SHEETS.goals.name;
		const { id, existing } = goals.match(String(goal['key']));
		record('annual_goals', sheet, goal.row, `${String(goal['year'])}: ${String(goal['title'])}`, id, { ...pick(goal, 'annual_goals', { action_field: fieldRef(sheet, goal, 'Strategisches Ziel', goal['action_field']) }), district: districtId }, existing);
	}

	// --- Kosten: a component by its Kennung (the id after an export); a new one without Kennung
	// gets an id from its goal and its place there, so the same workbook finds it again.
	const storedCosts = new Map(stored.annual_goal_costs.map((c) => [c.id, c]));
	for (const cost of model.costs) {
		const sheet = SHEETS.costs.name;
		const goal = goals.idOf(String(cost['annual_goal']));
		if (goal === null) {
			problems.push({ sheet, row: cost.row, column: 'Jahresziel', message: `Das Jahresziel „${String(cost['annual_goal'])}“ gibt es weder im Blatt „Jahresziele“ noch im gespeicherten Kreis.` });
			continue;
		}
		const key = cost['key'] === null ? `${goal}#${String(cost['sort'])}` : String(cost['key']);
		const existing = storedCosts.get(key) ?? storedCosts.get(newId('annual_goal_costs', key));
		if (existing && existing['annual_goal'] !== goal) {
			problems.push({ sheet, row: cost.row, column: 'Jahresziel', message: `Der Bestandteil „${key}“ gehört zu einem anderen Jahresziel. Einen Bestandteil bitte nicht verschieben, sondern beim neuen Ziel ohne Kennung neu eintragen.` });
			continue;
		}
		record('annual_goal_costs', sheet, cost.row, `${String(cost['annual_goal'])}: ${String(cost['kind'])}`, existing?.id ?? newId('annual_goal_costs', key), pick(cost, 'annual_goal_costs', { annual_goal: goal }), existing);
	}

	// --- Kennzahlen und Messwerte
	const kpis = resolver('kpis', stored.kpis, null, model.kpis, newId);
	for (const kpi of model.kpis) {
		const sheet = SHEETS.kpis.name;
		const { id, existing } = kpis.match(String(kpi['key']));
		const measure = kpi['measure'] === null || kpi['measure'] === undefined ? null : measureRef(sheet, kpi, 'Maßnahme', kpi['measure']);
		record('kpis', sheet, kpi.row, String(kpi['name']), id, { ...pick(kpi, 'kpis', { action_field: fieldRef(sheet, kpi, 'Handlungsfeld', kpi['action_field']), measure }), district: districtId }, existing);
		for (const value of kpi.values) {
			const storedValue = stored.kpi_values.find((v) => v['kpi'] === id && sameDate(value['date'], v['date']));
			const valueId = storedValue?.id ?? newId('kpi_values', `${id}/${String(value['date'])}`);
			record('kpi_values', sheet, value.row, `${String(kpi['name'])} ${String(value['date'])}`, valueId, pick(value, 'kpi_values', { kpi: id }), storedValue);
		}
	}

	// --- Sachstandsberichte. A report's state decides how it is written (see the reporting cycle in
	// cockpit-compute/src/reports.ts): a new closed report is created closed with its updates nested
	// in the same payload, which the hook keeps as given (a past report), instead of freezing today's
	// measures; a stored closed report is only written where the workbook differs, which the hook
	// refuses; a draft that the workbook closes gets its updates first and is closed last.
	const reports = resolver('status_reports', stored.status_reports, null, model.reports, newId);
	for (const report of model.reports) {
		const sheet = SHEETS.reports.name;
		const { id, existing } = reports.match(String(report['key']));
		const payload: Record<string, unknown> = { ...pick(report, 'status_reports'), district: districtId };
		// An empty Zustand: a new report is a draft, a stored one keeps its state.
		if (payload['state'] === null) {
			if (existing) delete payload['state'];
			else payload['state'] = 'draft';
		}
		const reportStep = record('status_reports', sheet, report.row, String(report['title']), id, payload, existing);
		const createdClosed = !existing && payload['state'] === 'closed';
		let closing: PlanStep | null = null;
		if (existing && existing['state'] !== 'closed' && reportStep?.payload['state'] === 'closed') {
			const { state, ...rest } = reportStep.payload;
			reportStep.payload = rest;
			if (Object.keys(rest).length === 0) steps.splice(steps.indexOf(reportStep), 1);
			closing = { ...reportStep, payload: { state } };
		}
		const nested: Record<string, unknown>[] = [];
		for (const update of report.updates) {
			const measure = measureRef(sheet, update, 'Maßnahme', update['measure']);
			if (measure === null) continue;
			const storedUpdate = stored.progress_updates.find((u) => u['status_report'] === id && u['measure'] === measure);
			const updateId = storedUpdate?.id ?? newId('progress_updates', `${id}/${measure}`);
			const step = record('progress_updates', sheet, update.row, `${String(report['title'])}: ${String(update['measure'])}`, updateId, pick(update, 'progress_updates', { status_report: id, measure }), storedUpdate);
			if (createdClosed && step) {
				steps.splice(steps.indexOf(step), 1);
				const { status_report: _report, ...rest } = step.payload;
				nested.push(rest);
			}
		}
		if (createdClosed && reportStep) reportStep.payload['updates'] = nested;
		if (closing) steps.push(closing);
	}

	// --- Stände der Projektfelder, matched by field and date
	for (const snapshot of model.snapshots) {
		const sheet = SHEETS.snapshots.name;
		const field = fieldRef(sheet, snapshot, 'Projektfeld', snapshot['action_field']);
		const report = snapshot['status_report'] === null ? null : reports.idOf(String(snapshot['status_report']));
		if (snapshot['status_report'] !== null && report === null) {
			problems.push({ sheet, row: snapshot.row, column: 'Sachstandsbericht', message: `Den Bericht „${String(snapshot['status_report'])}“ gibt es weder im Blatt „Sachstandsberichte“ noch im gespeicherten Kreis.` });
		}
		if (field === null) continue;
		const existing = stored.action_field_snapshots.find((s) => s['action_field'] === field && sameDate(snapshot['date'], s['date']));
		const id = existing?.id ?? newId('action_field_snapshots', `${field}/${String(snapshot['date'])}`);
		record('action_field_snapshots', sheet, snapshot.row, `${String(snapshot['action_field'])} ${String(snapshot['date'])}`, id, pick(snapshot, 'action_field_snapshots', { action_field: field, status_report: report }), existing);
	}

	// --- Abhängigkeiten, matched by both ends
	for (const dependency of model.dependencies) {
		const sheet = SHEETS.dependencies.name;
		const from = fieldRef(sheet, dependency, 'Von', dependency['from_field']);
		const to = fieldRef(sheet, dependency, 'Bezieht sich auf', dependency['to_field']);
		if (from === null || to === null) continue;
		const existing = stored.action_field_dependencies.find((d) => d['from_field'] === from && d['to_field'] === to);
		const id = existing?.id ?? newId('action_field_dependencies', `${from}->${to}`);
		record('action_field_dependencies', sheet, dependency.row, `${String(dependency['from_field'])} → ${String(dependency['to_field'])}`, id, pick(dependency, 'action_field_dependencies', { from_field: from, to_field: to }), existing);
	}

	if (problems.length > 0) return { plan: null, problems };
	const order = Object.values(SHEETS).map((s) => s.name);
	const preview = [...previews.values()].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
	return { plan: { district: districtId, districtCreated: !stored.district, steps, preview }, problems };
}

/**
 * Matches workbook rows to stored rows of one collection: by Kennung (the code where it
 * identifies the row), by id, or by the id an earlier import derived from the Kennung.
 */
function resolver(collection: string, rows: Rec[], codeKeys: Map<string, string> | null, workbookRows: Row[], newId: NewId) {
	const byKey = new Map<string, Rec>();
	for (const row of rows) byKey.set(row.id, row);
	if (codeKeys) for (const row of rows) byKey.set(codeKeys.get(row.id)!, row);
	const find = (key: string) => byKey.get(key) ?? byKey.get(newId(collection, key));
	const inWorkbook = new Set(workbookRows.map((r) => String(r['key'])));
	return {
		match(key: string): { id: string; existing: Rec | undefined } {
			const existing = find(key);
			return { id: existing?.id ?? newId(collection, key), existing };
		},
		/** The id a reference points to: a row of the workbook or one only the database holds. */
		idOf(key: string): string | null {
			const existing = find(key);
			if (existing) return existing.id;
			return inWorkbook.has(key) ? newId(collection, key) : null;
		},
	};
}

function label(code: unknown, title: unknown): string {
	return code === null || code === undefined ? String(title) : `${String(code)} ${String(title)}`;
}

function sameDate(a: unknown, b: unknown): boolean {
	return normaliseDate(a) === normaliseDate(b);
}

function normaliseDate(value: unknown): unknown {
	if (value instanceof Date) return isoDate(value);
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	return value;
}

/** Whether the workbook's value equals the stored one, across the databases' representations. */
export function same(wanted: unknown, stored: unknown): boolean {
	const empty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);
	if (typeof stored === 'string' && (stored.startsWith('[') || stored.startsWith('{'))) {
		try {
			stored = JSON.parse(stored);
		} catch {
			// a text that merely starts with a bracket
		}
	}
	if (empty(wanted) || empty(stored)) return empty(wanted) && empty(stored);
	if (typeof wanted === 'number') {
		const number = Number(stored);
		// PostgreSQL `real` columns come back with float noise.
		return Number.isFinite(number) && Math.abs(number - wanted) <= 1e-4 * Math.max(1, Math.abs(wanted));
	}
	if (typeof wanted === 'boolean') return wanted === (stored === true || stored === 1 || stored === '1' || stored === 'true');
	if (typeof wanted === 'string') return wanted === normaliseDate(stored) || wanted === String(stored);
	return canonical(wanted) === canonical(stored);
}

/** JSON with the keys of every object sorted: a list the seed wrote in another key order is the same list. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
	);
}
