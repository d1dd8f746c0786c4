/**
 * Applies the data model of schema/model.ts to a running Directus over its REST API.
 * Idempotent: creates what is missing and updates labels, notes and inputs (field `meta`) that
 * differ; it never drops a column, so nothing an editor stored is lost.
 */
import { COLLECTIONS, FOLDERS, RELATIONS } from '../../schema/model';
import type { FieldDefinition } from '../../schema/fields';
import type { DirectusApi } from './directus-api';

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
		const currentFields = new Map(
			(await api.get<ExistingField[]>(`/fields/${definition.collection}`)).map((field) => [field.field, field]),
		);
		for (const field of fields) {
			const currentField = currentFields.get(field.field);
			if (!currentField) {
				await api.post(`/fields/${definition.collection}`, field);
				created++;
			} else if (field.field !== 'id' && differs(field.meta, currentField.meta)) {
				await api.patch(`/fields/${definition.collection}/${field.field}`, { meta: field.meta });
				updated++;
			}
		}
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
	return { created, updated };
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
