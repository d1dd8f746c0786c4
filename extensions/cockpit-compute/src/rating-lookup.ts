/**
 * What checking a rating needs to know (its measure, criterion and level, and whether the
 * measure is already rated on the criterion), read once per transaction and district instead
 * of four queries per rating. An import creates thousands of ratings in one transaction; each
 * still passes every check, against this snapshot.
 *
 * The snapshot is taken inside the writing transaction, so it sees that transaction's own
 * earlier writes. Ratings accepted in the transaction are added to it; ids it does not know
 * (rows created after it was taken) are looked up one by one. Any update or delete of
 * measures, criteria, levels or ratings anywhere (`invalidate`) discards all snapshots, since
 * update filters do not get the transaction and a level might move to another criterion.
 */
import type { Key } from '@cockpit/shared';
import type { Knex } from 'knex';

export interface RatingRefs {
	measure: { id: Key; district: Key } | undefined;
	criterion: { id: Key; district: Key; name: string } | undefined;
	level: { id: Key; criterion: Key; label: string } | undefined;
}

interface Snapshot {
	generation: number;
	districts: Set<string>;
	measures: Map<string, { id: Key; district: Key }>;
	criteria: Map<string, { id: Key; district: Key; name: string }>;
	levels: Map<string, { id: Key; criterion: Key; label: string }>;
	/** `${measure}|${criterion}` of stored ratings and of ratings accepted in this transaction. */
	rated: Set<string>;
}

let generation = 0;
const snapshots = new WeakMap<Knex, Snapshot>();

export function invalidateRatingLookups(): void {
	generation++;
}

function snapshotOf(database: Knex): Snapshot {
	// Outside a transaction (update filters get the plain connection) nothing is kept between
	// calls: a snapshot must never outlive the request that read it.
	if (!database.isTransaction) return { generation, districts: new Set(), measures: new Map(), criteria: new Map(), levels: new Map(), rated: new Set() };
	let snapshot = snapshots.get(database);
	if (!snapshot || snapshot.generation !== generation) {
		snapshot = { generation, districts: new Set(), measures: new Map(), criteria: new Map(), levels: new Map(), rated: new Set() };
		snapshots.set(database, snapshot);
	}
	return snapshot;
}

async function loadDistrict(database: Knex, snapshot: Snapshot, district: Key): Promise<void> {
	if (snapshot.districts.has(String(district))) return;
	snapshot.districts.add(String(district));
	const [measures, criteria, levels, rated] = await Promise.all([
		database('measures').select('id', 'district').where('district', district),
		database('priority_criteria').select('id', 'district', 'name').where('district', district),
		database('priority_levels as l').join('priority_criteria as c', 'c.id', 'l.criterion').select('l.id', 'l.criterion', 'l.label').where('c.district', district),
		database('measure_ratings as r').join('measures as m', 'm.id', 'r.measure').select('r.measure', 'r.criterion').where('m.district', district),
	]);
	for (const m of measures) snapshot.measures.set(String(m.id), m);
	for (const c of criteria) snapshot.criteria.set(String(c.id), c);
	for (const l of levels) snapshot.levels.set(String(l.id), l);
	for (const r of rated) snapshot.rated.add(`${r.measure}|${r.criterion}`);
}

/** The rating's measure, criterion and level; undefined where none exists. */
export async function ratingRefs(database: Knex, rating: Record<string, unknown>): Promise<RatingRefs> {
	const snapshot = snapshotOf(database);
	const one = async <T>(map: Map<string, T>, table: string, columns: string[], id: unknown): Promise<T | undefined> => {
		if (id === null || id === undefined) return undefined;
		const known = map.get(String(id));
		if (known) return known;
		const row = await database(table).select(...columns).where('id', id as Key).first();
		if (row) map.set(String(id), row);
		return row;
	};
	let measure = await one(snapshot.measures, 'measures', ['id', 'district'], rating['measure']);
	if (measure && !snapshot.districts.has(String(measure.district))) {
		await loadDistrict(database, snapshot, measure.district);
		measure = snapshot.measures.get(String(measure.id)) ?? measure;
	}
	const [criterion, level] = await Promise.all([
		one(snapshot.criteria, 'priority_criteria', ['id', 'district', 'name'], rating['criterion']),
		one(snapshot.levels, 'priority_levels', ['id', 'criterion', 'label'], rating['level']),
	]);
	return { measure, criterion, level };
}

/** Whether the measure is rated on the criterion by another rating than `ownId`. */
export async function isRated(database: Knex, measure: Key, criterion: Key, ownId: Key | null): Promise<boolean> {
	if (ownId !== null) {
		// Changing a rating: rare, and its own row must not count, so ask the database.
		return Boolean(await database('measure_ratings').where({ measure, criterion }).whereNot('id', ownId).first());
	}
	const snapshot = snapshotOf(database);
	if (snapshot.districts.size > 0 && snapshot.measures.has(String(measure))) return snapshot.rated.has(`${measure}|${criterion}`);
	return Boolean(await database('measure_ratings').where({ measure, criterion }).first());
}

/** Notes a rating accepted in this transaction, so a second one for the same pair is refused. */
export function noteRated(database: Knex, measure: Key, criterion: Key): void {
	snapshotOf(database).rated.add(`${measure}|${criterion}`);
}
