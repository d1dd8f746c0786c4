/**
 * Applies the data model of schema/model.ts to a running Directus over its REST API.
 * Idempotent: creates what is missing and updates labels, notes and inputs (field `meta`) that
 * differ; it never drops a column, so nothing an editor stored is lost.
 */
import { COLLECTIONS, FOLDERS, LIST_VIEWS, RELATIONS, SYSTEM_FIELDS } from '../../schema/model';
import type { FieldDefinition } from '../../schema/fields';
import type { DirectusApi } from './directus-api';

/**
 * The value a field added later takes in rows that already exist, where its default would be
 * wrong for them: status reports stored before the reporting cycle are past reports (the seed's
 * documents), so they are closed, not drafts. Writing it through the column default touches no
 * hook, so nothing is frozen for them.
 */
const EXISTING_ROWS: Record<string, unknown> = {
	'status_reports.state': 'closed',
	// Districts stored before the profile fields have their Steckbrief text in one field; the
	// migration (migrate-schema.ts) splits it once and clears the mark.
	'districts.model_upgrade_pending': true,
};

interface ExistingCollection {
	collection: string;
	meta: Record<string, unknown> | null;
}
interface ExistingField {
	field: string;
	meta: Record<string, unknown> | null;
}
interface ExistingRelation {
	collection: string;
	field: string;
	meta: { one_field: string | null } | null;
}

export async function applySchema(api: DirectusApi): Promise<{ created: number; updated: number }> {
	let created = 0;
	let updated = 0;
	const existing = new Map((await api.get<ExistingCollection[]>('/collections')).map((c) => [c.collection, c]));

	for (const definition of [...FOLDERS, ...COLLECTIONS]) {
		const fields = definition.fields?.map(withSort);
		const current = existing.get(definition.collection);
		if (!current) {
			await api.post('/collections', {
				collection: definition.collection,
				meta: definition.meta,
				schema: fields ? {} : null,
				...(fields ? { fields } : {}),
			});
			created++;
			continue;
		}
		if (differs(definition.meta, current.meta)) {
			await api.patch(`/collections/${definition.collection}`, { meta: definition.meta });
			updated++;
		}
		if (!fields) continue;
		const counts = await applyFields(api, definition.collection, fields);
		created += counts.created;
		updated += counts.updated;
	}
	// Directus' own collections exist already; only the product's fields are added to them.
	for (const { collection, fields } of SYSTEM_FIELDS) {
		const counts = await applyFields(api, collection, fields);
		created += counts.created;
		updated += counts.updated;
	}

	const relations = await api.get<ExistingRelation[]>('/relations');
	for (const relation of RELATIONS) {
		const current = relations.find((r) => r.collection === relation.collection && r.field === relation.field);
		if (!current) {
			await api.post('/relations', relation);
			created++;
		} else if ((current.meta?.one_field ?? null) !== relation.meta.one_field) {
			await api.patch(`/relations/${relation.collection}/${relation.field}`, { meta: relation.meta });
			updated++;
		}
	}
	created += await applyListViews(api);
	return { created, updated };
}

/** Creates the missing fields of a collection and updates the meta of those that differ. */
async function applyFields(api: DirectusApi, collection: string, fields: FieldDefinition[]): Promise<{ created: number; updated: number }> {
	let created = 0;
	let updated = 0;
	const currentFields = new Map((await api.get<ExistingField[]>(`/fields/${collection}`)).map((field) => [field.field, field]));
	for (const field of fields) {
		const currentField = currentFields.get(field.field);
		if (!currentField) {
			const existingRows = EXISTING_ROWS[`${collection}.${field.field}`];
			if (existingRows === undefined) {
				await api.post(`/fields/${collection}`, field);
			} else {
				// Rows stored before the field existed get their value through a temporary default.
				await api.post(`/fields/${collection}`, { ...field, schema: { ...field.schema, default_value: existingRows } });
				await api.patch(`/fields/${collection}/${field.field}`, { schema: { default_value: field.schema?.['default_value'] ?? null } });
			}
			created++;
		} else if (field.field !== 'id' && differs(field.meta, currentField.meta)) {
			await api.patch(`/fields/${collection}/${field.field}`, { meta: field.meta });
			updated++;
		}
	}
	return { created, updated };
}

/** Global presets for the list views; an existing preset is the editors' and stays as it is. */
async function applyListViews(api: DirectusApi): Promise<number> {
	const presets = await api.get<{ collection: string }[]>('/presets?filter[user][_null]=true&filter[role][_null]=true&filter[bookmark][_null]=true&fields=collection&limit=-1');
	const missing = LIST_VIEWS.filter((view) => !presets.some((preset) => preset.collection === view.collection));
	for (const view of missing) {
		await api.post('/presets', {
			collection: view.collection,
			layout: 'tabular',
			layout_query: { tabular: { fields: view.fields, sort: view.sort, limit: 50 } },
		});
	}
	return missing.length;
}

function withSort(field: FieldDefinition, index: number): FieldDefinition {
	return { ...field, meta: { ...field.meta, sort: index + 1 } };
}

/** True when any key we define has another value in Directus (keys we do not define are left alone). */
function differs(wanted: Record<string, unknown>, current: Record<string, unknown> | null): boolean {
	if (!current) return true;
	return Object.entries(wanted).some(([key, value]) => !sameJson(value, current[key]));
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Directus returns objects with keys in its own order and `null` for absent options. */
function normalise(value: unknown): unknown {
	if (value === undefined) return null;
	if (Array.isArray(value)) return value.map(normalise);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((key) => [key, normalise((value as Record<string, unknown>)[key])]),
		);
	}
	return value;
}
