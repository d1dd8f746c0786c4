/**
 * The hub's harvest: reads other instances' catalogues (Turtle) and their JSON files, and keeps
 * each harvested district as read-only data of its own.
 *
 * A source is read whole first (catalogue, then every file of every district, each checked as
 * untrusted input); only then are its districts replaced, in one transaction, so a source that
 * breaks off in the middle leaves the last harvest as it was. A source that fails keeps its
 * last harvest and gets the reason in `harvest_error`, which the app shows as "Quelle nicht
 * erreichbar". Computed values (priority score and rank, progress, attainment) are taken as
 * the source computed them: the ratings behind them are not published, so the hub could not
 * recompute them, and a hub's comparison then equals the sources' own.
 */
import { createHash } from 'node:crypto';
import {
	deriveDistrictId,
	OPEN_DATA_TABLE_KEYS,
	OPEN_DATA_TABLES,
	parseOpenDataFile,
	THEMES,
	type OpenDataFile,
	type OpenDataRow,
	type OpenDataTableKey,
} from '@cockpit/shared';
import type { Knex } from 'knex';
import { Parser, type Quad } from 'n3';
import { fetchLimited, HarvestFetchError, type FetchLimits } from './fetch-limited';
import type { HarvestConfig } from './harvest-config';

const DCAT = 'http://www.w3.org/ns/dcat#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const JSON_MEDIA_TYPE = 'http://www.iana.org/assignments/media-types/application/json';
/** More datasets than German districts and cities (about 400) is not a district catalogue. */
const MAX_DATASETS = 1000;

export interface SourceResult {
	source: string;
	districts: string[];
	error: string | null;
}

/** One district of a source, read whole. */
interface HarvestedDistrict {
	sourceId: string;
	files: Partial<Record<OpenDataTableKey, OpenDataFile>>;
}

export async function harvestAll(knex: Knex, config: HarvestConfig): Promise<SourceResult[]> {
	const limits: FetchLimits = { timeoutMs: config.timeoutMs, maxBytes: config.maxBytes, allowedOrigins: new Set(config.sources.flatMap(originOf)) };
	const results: SourceResult[] = [];
	// One after another: a hub of 400 sources should not open 400 connections at once.
	for (const source of config.sources) results.push(await harvestSource(knex, source, limits));
	return results;
}

export async function harvestSource(knex: Knex, source: string, limits: FetchLimits): Promise<SourceResult> {
	try {
		const districts = await readSource(source, limits);
		const ids = await replaceSource(knex, source, districts);
		return { source, districts: ids, error: null };
	} catch (error) {
		const message = error instanceof HarvestFetchError ? error.message : `Die Ernte von ${source} ist fehlgeschlagen: ${(error as Error).message}`;
		await markFailed(knex, source, message);
		return { source, districts: [], error: message };
	}
}

async function readSource(source: string, limits: FetchLimits): Promise<HarvestedDistrict[]> {
	const turtle = await fetchLimited(source, 'text/turtle', limits);
	let quads: Quad[];
	try {
		quads = new Parser({ format: 'text/turtle', baseIRI: source }).parse(turtle);
	} catch (error) {
		throw new HarvestFetchError(`${source} lieferte keinen lesbaren Katalog (Turtle): ${(error as Error).message.slice(0, 200)}`);
	}
	const objects = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
	const catalogs = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Catalog`).map((q) => q.subject.value);
	const datasets = [...new Set(catalogs.flatMap((catalog) => objects(catalog, `${DCAT}dataset`)))];
	if (catalogs.length === 0) throw new HarvestFetchError(`${source} ist kein DCAT-Katalog.`);
	if (datasets.length > MAX_DATASETS) throw new HarvestFetchError(`${source} nennt ${datasets.length} Datensätze, mehr als ${MAX_DATASETS}.`);

	const harvested: HarvestedDistrict[] = [];
	for (const dataset of datasets) {
		const files: HarvestedDistrict['files'] = {};
		let sourceId: string | null = null;
		for (const distribution of objects(dataset, `${DCAT}distribution`)) {
			if (!objects(distribution, `${DCAT}mediaType`).includes(JSON_MEDIA_TYPE)) continue;
			const url = objects(distribution, `${DCAT}downloadURL`)[0];
			const file = url ? /\/([a-z-]+)\.json$/.exec(new URL(url).pathname)?.[1] : undefined;
			const table = OPEN_DATA_TABLE_KEYS.find((key) => OPEN_DATA_TABLES[key].file === file);
			if (!url || !table) continue;
			let body: unknown;
			try {
				body = JSON.parse(await fetchLimited(url, 'application/json', limits));
			} catch (error) {
				if (error instanceof HarvestFetchError) throw error;
				throw new HarvestFetchError(`${url} ist kein lesbares JSON.`);
			}
			const parsed = parseOpenDataFile(body, table);
			if ('error' in parsed) throw new HarvestFetchError(`${url}: ${parsed.error}`);
			if (sourceId !== null && parsed.file.district.id !== sourceId) throw new HarvestFetchError(`${url} gehört zu einem anderen Kreis als der Datensatz.`);
			sourceId = parsed.file.district.id;
			files[table] = parsed.file;
		}
		if (sourceId !== null) harvested.push({ sourceId, files });
	}
	return harvested;
}

/** Replaces every district of the source in one transaction; answers the ids they have here. */
async function replaceSource(knex: Knex, source: string, districts: HarvestedDistrict[]): Promise<string[]> {
	const now = new Date();
	return knex.transaction(async (trx) => {
		// Two hub instances harvesting the same source at once take turns (PostgreSQL; SQLite has one writer).
		if (trx.client.config.client === 'pg') await trx.raw('select pg_advisory_xact_lock(?)', [lockKey(source)]);
		await ensureThemes(trx);
		const themes = new Set((await trx('themes').select('id')).map((row: { id: string }) => row.id));
		const stored: { id: string; source_url: string | null }[] = await trx('districts').select('id', 'source_url');
		const own = new Map(stored.filter((d) => d.source_url?.startsWith(`${source}#`)).map((d) => [d.source_url!, d.id]));
		const taken = new Set(stored.map((d) => d.id));
		const ids: string[] = [];
		const seen = new Set<string>();
		for (const district of districts) {
			const sourceUrl = `${source}#${district.sourceId}`;
			if (seen.has(sourceUrl)) continue;
			seen.add(sourceUrl);
			const id = own.get(sourceUrl) ?? deriveDistrictId(district.sourceId, source, taken);
			taken.add(id);
			ids.push(id);
			await writeDistrict(trx, id, sourceUrl, district, themes, now);
		}
		// A district the source no longer publishes leaves the hub too.
		for (const [sourceUrl, id] of own) if (!seen.has(sourceUrl)) await deleteRows(trx, id, true);
		return ids;
	});
}

async function writeDistrict(trx: Knex.Transaction, id: string, sourceUrl: string, district: HarvestedDistrict, themes: Set<string>, now: Date): Promise<void> {
	const files = Object.values(district.files);
	const head = files[0]!.district;
	const modified = files.map((f) => f.modified).filter((m): m is string => m !== null).sort().at(-1);
	const rowsOf = (table: OpenDataTableKey): OpenDataRow[] => district.files[table]?.rows ?? [];
	const uuid = (table: string, sourceKey: unknown) => (sourceKey === null || sourceKey === undefined ? null : derivedUuid(id, table, String(sourceKey)));
	const theme = (value: OpenDataValueLike) => {
		if (typeof value !== 'string' || !themes.has(value)) throw new HarvestFetchError(`${sourceUrl}: unbekanntes Thema „${String(value)}“.`);
		return value;
	};

	await deleteRows(trx, id, false);
	const row = {
		name: head.name.slice(0, 255),
		state: head.state.slice(0, 255),
		ags: head.ags,
		published: true,
		strategy_title: head.strategy_title?.slice(0, 255) ?? null,
		source_document: head.source_document?.slice(0, 255) ?? null,
		source_date_label: head.source_date_label?.slice(0, 255) ?? null,
		source_url: sourceUrl,
		harvested_at: now,
		harvest_error: null,
		data_changed_at: modified ? new Date(modified) : now,
	};
	const updated = await trx('districts').where('id', id).update({ ...row, data_version: trx.raw('coalesce(data_version, 0) + 1') });
	if (updated === 0) await trx('districts').insert({ id, ...row, data_version: 1 });

	const fields = rowsOf('action_fields');
	const fieldIds = new Set(fields.map((f) => String(f['id'])));
	const field = (value: unknown) => (value !== null && fieldIds.has(String(value)) ? uuid('action_fields', value) : null);
	await insert(trx, 'action_fields', fields.map((f) => ({
		id: uuid('action_fields', f['id']), district: id, code: f['code'], title: f['title'], kind: f['kind'], theme: theme(f['theme']),
		long_term_target: f['long_term_target'] ?? null, long_term_values: f['long_term_values'] ?? '[]', sort: f['sort'],
	})));
	// Parents second, once every field of the district exists.
	for (const f of fields) if (f['parent'] !== null && fieldIds.has(String(f['parent']))) await trx('action_fields').where('id', uuid('action_fields', f['id'])).update({ parent: uuid('action_fields', f['parent']) });
	await insert(trx, 'measures', rowsOf('measures').map((m) => ({
		id: uuid('measures', m['id']), district: id, action_field: field(m['action_field']), code: m['code'], title: m['title'], theme: theme(m['theme']), status: m['status'],
		historical: m['historical'] ?? false, other_codes: m['other_codes'] ?? '[]',
		priority_class: m['priority_class'], priority_score: m['priority_score'], priority_rank: m['priority_rank'],
		progress_current: m['progress_current'], progress_approximate: m['progress_approximate'] ?? false, progress_target: m['progress_target'], progress_percent: m['progress_percent'],
	})));
	const measureIds = new Set(rowsOf('measures').map((m) => String(m['id'])));
	// A source that gives no direction gives none: the hub does not make one up.
	const goals = rowsOf('annual_goals');
	const goalIds = new Set(goals.map((g) => String(g['id'])));
	await insert(trx, 'annual_goals', goals.map((g) => ({
		id: uuid('annual_goals', g['id']), district: id, action_field: field(g['action_field']), year: g['year'], title: g['title'], direction: g['direction'],
		target_value: g['target_value'], target_approximate: g['target_approximate'] ?? false, actual_value: g['actual_value'], unit: g['unit'], attainment_percent: g['attainment_percent'],
		cost_note: g['cost_note'], sort: g['sort'],
	})));
	await insert(trx, 'annual_goal_costs', rowsOf('cost_components').filter((c) => goalIds.has(String(c['annual_goal']))).map((c) => ({
		id: uuid('annual_goal_costs', c['id']), annual_goal: uuid('annual_goals', c['annual_goal']), kind: c['kind'], amount: c['amount'], approximate: c['approximate'] ?? false,
		years: c['years'], year: c['year'], funder: c['funder'], share_percent: c['share_percent'], attribution: c['attribution'] ?? 'goal', note: c['note'], sort: c['sort'],
	})));
	await insert(trx, 'measure_successions', rowsOf('measure_successions')
		.filter((x) => measureIds.has(String(x['predecessor'])) && measureIds.has(String(x['successor'])) && x['predecessor'] !== x['successor'])
		.map((x) => ({ id: uuid('measure_successions', `${x['predecessor']}/${x['successor']}`), predecessor: uuid('measures', x['predecessor']), successor: uuid('measures', x['successor']), note: x['note'] })));
	const kpiRows = rowsOf('kpi_values');
	const kpis = new Map(kpiRows.map((k) => [String(k['kpi']), k]));
	await insert(trx, 'kpis', [...kpis.values()].map((k) => ({
		id: uuid('kpis', k['kpi']), district: id, theme: theme(k['theme']), name: k['kpi_name'], description: k['description'], unit: k['unit'], target_value: k['target_value'], direction: k['direction'],
		measure: k['measure'] !== null && k['measure'] !== undefined && measureIds.has(String(k['measure'])) ? uuid('measures', k['measure']) : null,
		baseline_value: k['baseline_value'] ?? null, baseline_approximate: k['baseline_approximate'] ?? false, baseline_date: k['baseline_date'] ?? null, baseline_note: k['baseline_note'] ?? null,
		deadline_date: k['deadline_date'] ?? null, deadline_label: k['deadline_label'] ?? null,
	})));
	await insert(trx, 'kpi_values', kpiRows.filter((v) => v['date'] !== null && v['value'] !== null).map((v) => ({ id: uuid('kpi_values', `${v['kpi']}/${v['date']}`), kpi: uuid('kpis', v['kpi']), date: v['date'], value: v['value'], approximate: v['approximate'] ?? false })));
	await insert(trx, 'action_field_snapshots', rowsOf('field_counts').filter((s) => fieldIds.has(String(s['action_field']))).map((s) => ({
		id: uuid('action_field_snapshots', `${s['action_field']}/${s['date']}`), action_field: uuid('action_fields', s['action_field']), date: s['date'],
		planned_count: s['planned_count'], added_count: s['added_count'], total_count: s['total_count'], completed_count: s['completed_count'],
		completing_soon_count: s['completing_soon_count'], in_progress_count: s['in_progress_count'], ongoing_count: s['ongoing_count'], note: s['note'],
	})));
}

type OpenDataValueLike = OpenDataRow[string] | undefined;

/** Everything stored for the district, children before parents; the district row itself only when asked. */
async function deleteRows(trx: Knex.Transaction, id: string, andDistrict: boolean): Promise<void> {
	const fields = trx('action_fields').select('id').where('district', id);
	const measures = trx('measures').select('id').where('district', id);
	await trx('kpi_values').whereIn('kpi', trx('kpis').select('id').where('district', id)).delete();
	await trx('kpis').where('district', id).delete();
	await trx('annual_goal_costs').whereIn('annual_goal', trx('annual_goals').select('id').where('district', id)).delete();
	await trx('annual_goals').where('district', id).delete();
	await trx('measure_successions').whereIn('predecessor', measures.clone()).orWhereIn('successor', measures.clone()).delete();
	await trx('measure_ratings').whereIn('measure', measures.clone()).delete();
	await trx('progress_updates').whereIn('measure', measures.clone()).delete();
	await trx('measures').where('district', id).delete();
	await trx('action_field_snapshots').whereIn('action_field', fields.clone()).delete();
	await trx('action_field_dependencies').whereIn('from_field', fields.clone()).orWhereIn('to_field', fields.clone()).delete();
	await trx('action_fields').where('district', id).update({ parent: null });
	await trx('action_fields').where('district', id).delete();
	if (andDistrict) await trx('districts').where('id', id).delete();
}

async function insert(trx: Knex.Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
	// SQLite takes at most 999 bound values per statement.
	for (let start = 0; start < rows.length; start += 50) await trx(table).insert(rows.slice(start, start + 50));
}

/** The shared themes, which harvested items refer to; a hub without its own seed has none yet. */
async function ensureThemes(trx: Knex.Transaction): Promise<void> {
	const stored = new Set((await trx('themes').select('id')).map((row: { id: string }) => row.id));
	const missing = THEMES.map((theme, index) => ({ id: theme.id, name: theme.name, sort: index + 1 })).filter((theme) => !stored.has(theme.id));
	if (missing.length > 0) await trx('themes').insert(missing);
}

async function markFailed(knex: Knex, source: string, message: string): Promise<void> {
	// A new data version: the pages of these districts now say that their source did not answer.
	const stored: { id: string; source_url: string | null }[] = await knex('districts').select('id', 'source_url').whereNotNull('source_url');
	const ids = stored.filter((d) => d.source_url!.startsWith(`${source}#`)).map((d) => d.id);
	if (ids.length === 0) return;
	await knex('districts').whereIn('id', ids).update({ harvest_error: message.slice(0, 2000), data_version: knex.raw('coalesce(data_version, 0) + 1') });
}

/** A stable UUID for a harvested row: the same source row gets the same id at every harvest. */
function derivedUuid(district: string, table: string, sourceKey: string): string {
	const hex = createHash('sha256').update(`${district}\u0000${table}\u0000${sourceKey}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function lockKey(source: string): number {
	return createHash('sha256').update(`cockpit-harvest:${source}`).digest().readInt32BE(0);
}

function originOf(url: string): string[] {
	try {
		return [new URL(url).origin];
	} catch {
		return [];
	}
}
