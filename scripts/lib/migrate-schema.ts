/**
 * The data changes of the issue-20 model on a database built with an earlier one, run after
 * applySchema (which only adds) on every start. Each step is idempotent and keeps every edit:
 *
 * - status and both directions become optional columns (empty = "nicht angegeben");
 * - the old single cost fields of an annual goal become cost components, then their columns go;
 * - the one Steckbrief text of a measure is split into its new fields, once per district.
 *
 * Rows are written with knex: these are not edits, and the hooks' checks were passed when the
 * values were first stored. Each district changed gets a new data version (read caches follow).
 */
import { randomUUID } from 'node:crypto';
import { costComponentsFromLegacy, splitMeasureProfile, type LegacyGoalCost } from '@cockpit/shared';
import type { Knex } from 'knex';
import type { DirectusApi } from './directus-api';

/** Columns that were required with a default and are optional now. */
const RELAXED = [
	['measures', 'status'],
	['annual_goals', 'direction'],
	['kpis', 'direction'],
] as const;

const LEGACY_COST_FIELDS = ['cost_type', 'cost_amount', 'cost_years', 'cost_funding'] as const;

export interface MigrationResult {
	relaxed: number;
	costComponents: number;
	profiles: number;
}

export async function migrateSchema(api: DirectusApi, db: Knex): Promise<MigrationResult> {
	const relaxed = await relaxColumns(api);
	const costComponents = await migrateLegacyCosts(api, db);
	const profiles = await splitProfiles(db);
	return { relaxed, costComponents, profiles };
}

interface FieldInfo {
	field: string;
	schema: { is_nullable?: boolean; default_value?: unknown } | null;
}

async function relaxColumns(api: DirectusApi): Promise<number> {
	let changed = 0;
	for (const [collection, field] of RELAXED) {
		const info = await api.get<FieldInfo>(`/fields/${collection}/${field}`);
		if (info.schema?.is_nullable === true && (info.schema.default_value ?? null) === null) continue;
		await api.patch(`/fields/${collection}/${field}`, { schema: { is_nullable: true, default_value: null } });
		changed += 1;
	}
	return changed;
}

/**
 * Old cost fields to components, for goals that have none yet (a run stopped between the copy
 * and the drop copies nothing twice); then the old columns are dropped.
 */
async function migrateLegacyCosts(api: DirectusApi, db: Knex): Promise<number> {
	const fields = new Set((await api.get<FieldInfo[]>('/fields/annual_goals')).map((f) => f.field));
	const legacy = LEGACY_COST_FIELDS.filter((field) => fields.has(field));
	if (legacy.length === 0) return 0;
	let written = 0;
	if (fields.has('cost_type')) {
		const columns = ['id', 'district', ...legacy];
		const goals: (LegacyGoalCost & { id: string; district: string })[] = (await db('annual_goals').select(columns).whereNotNull('cost_type')).map(
			(row: Record<string, unknown>) => ({ cost_amount: null, cost_years: null, cost_funding: null, ...row }) as LegacyGoalCost & { id: string; district: string },
		);
		const done = new Set((await db('annual_goal_costs').distinct('annual_goal')).map((row: { annual_goal: string }) => String(row.annual_goal)));
		const rows = goals
			.filter((goal) => !done.has(String(goal.id)))
			.flatMap((goal) => costComponentsFromLegacy(goal).map((component) => ({ id: randomUUID(), annual_goal: goal.id, ...component })));
		await db.transaction(async (trx) => {
			for (let start = 0; start < rows.length; start += 200) await trx('annual_goal_costs').insert(rows.slice(start, start + 200));
		});
		written = rows.length;
		const districts = new Set(goals.filter((goal) => !done.has(String(goal.id))).map((goal) => goal.district));
		await stamp(db, [...districts]);
	}
	for (const field of legacy) await api.delete(`/fields/annual_goals/${field}`);
	await replaceListColumn(api, 'annual_goals', 'cost_type', 'cost_note');
	return written;
}

/** The global list view of a collection that still shows a dropped column shows its successor. */
async function replaceListColumn(api: DirectusApi, collection: string, dropped: string, replacement: string): Promise<void> {
	const presets = await api.get<{ id: number; layout_query: { tabular?: { fields?: string[] } } | null }[]>(
		`/presets?filter[collection][_eq]=${collection}&filter[user][_null]=true&filter[role][_null]=true&fields=id,layout_query&limit=-1`,
	);
	for (const preset of presets) {
		const tabular = preset.layout_query?.tabular;
		if (!tabular?.fields?.includes(dropped)) continue;
		const fields = tabular.fields.map((field) => (field === dropped ? replacement : field));
		await api.patch(`/presets/${preset.id}`, { layout_query: { ...preset.layout_query, tabular: { ...tabular, fields: [...new Set(fields)] } } });
	}
}

const parseList = (value: unknown): string[] => {
	const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
	return Array.isArray(list) ? list.map(String) : [];
};

/** Each measure's Steckbrief text into its fields, for the districts stored before them; once. */
async function splitProfiles(db: Knex): Promise<number> {
	const pending: { id: string }[] = await db('districts').select('id').where('model_upgrade_pending', true);
	let changed = 0;
	for (const { id: district } of pending) {
		const measures: Record<string, unknown>[] = await db('measures as m')
			.leftJoin('owners as o', 'o.id', 'm.owner')
			.select('m.id', 'm.profile', 'm.goal', 'o.name as owner_name', 'm.profile_description', 'm.benefit', 'm.addressees', 'm.best_practice', 'm.profile_empty_sections')
			.where('m.district', district)
			.whereNotNull('m.profile');
		await db.transaction(async (trx) => {
			for (const measure of measures) {
				const split = splitMeasureProfile(measure as never);
				const { profile_empty_sections: emptySections, ...fields } = split;
				const stored = parseList(measure['profile_empty_sections']);
				const sections = [...stored, ...emptySections.filter((heading) => !stored.includes(heading))];
				const patch: Record<string, unknown> = { ...fields };
				if (sections.length !== stored.length) patch['profile_empty_sections'] = JSON.stringify(sections);
				if (Object.keys(fields).length === 1 && fields.profile === measure['profile'] && !patch['profile_empty_sections']) continue;
				await trx('measures').where('id', measure['id'] as string).update(patch);
				changed += 1;
			}
			await trx('districts').where('id', district).update({ model_upgrade_pending: false });
		});
		if (changed > 0) await stamp(db, [district]);
	}
	return changed;
}

async function stamp(db: Knex, districts: string[]): Promise<void> {
	if (districts.length === 0) return;
	await db('districts').whereIn('id', districts).update({ data_version: db.raw('coalesce(data_version, 0) + 1'), data_changed_at: new Date() });
}
