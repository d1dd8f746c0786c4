/**
 * Loads the transcribed documents (seed/data/*.json) through the Directus REST API, so that
 * the extensions validate every item and compute priorities, progress and attainment exactly
 * as they do for an editor's input.
 *
 * Idempotent: ids are derived from the seed keys, so a second run finds what the first one
 * created. A district is seeded once: when `seeded_at` is set, it belongs to its editors and
 * the loader leaves it alone, even items they deleted.
 *
 * Owners (the responsible units a document names) came after the first districts were loaded.
 * They have their own mark, `owners_seeded_at`: a district loaded before them gets its owners
 * once, linked only to measures that still exist and have no owner yet, so an editor's
 * assignment is never overwritten; after that the owners are the editors' like everything else.
 *
 * The re-transcription of issue 20 corrected values the first seed had forced (a status or a
 * direction the document does not give). A district seeded before gets these corrections once
 * (`seed_corrected_at`), and only where the stored value is still the one the earlier seed wrote
 * (seed/earlier-seed-values.ts), so an editor's change is never overwritten.
 */
import { COUNCIL_PAPER_FIELDS, THEMES } from '@cockpit/shared';
import { linkDemoOwners } from '../scripts/lib/apply-roles';
import type { DirectusApi } from '../scripts/lib/directus-api';
import type { SeedFile } from './format';
import { EARLIER_SEED_VALUES, type EarlierSeedValues } from './earlier-seed-values';
import { readSeedFiles } from './read-seed-files';
import { seedId } from './seed-id';

type Item = { id: string } & Record<string, unknown>;

export interface SeedResult {
	district: string;
	skipped: boolean;
	created: Record<string, number>;
	/** Of a district seeded before: reports whose council paper fields this run filled in. */
	papersFilled?: number;
}

export async function loadSeed(api: DirectusApi, log: (line: string) => void = console.log): Promise<SeedResult[]> {
	await createMissing(
		api,
		'themes',
		THEMES.map((theme, index) => ({ id: theme.id, name: theme.name, sort: index + 1 })),
	);
	const results: SeedResult[] = [];
	for (const file of readSeedFiles()) {
		const started = performance.now();
		const result = await loadDistrict(api, file);
		results.push(result);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		log(
			result.skipped
				? `  ${file.district.name}: bereits geladen, unverändert gelassen${result.papersFilled ? ` (Angaben zur Vorlage in ${result.papersFilled} Bericht(en) ergänzt)` : ''}`
				: `  ${file.district.name}: ${describe(result.created)} (${seconds} s)`,
		);
	}
	// The demo person of the Meldende role reports for one of the owners just stored (also after
	// a district was deleted and loaded again, which left the person without an owner).
	await linkDemoOwners(api);
	return results;
}

async function loadDistrict(api: DirectusApi, file: SeedFile): Promise<SeedResult> {
	const districtId = file.district.id;
	const existing = await api.get<{ seeded_at: string | null; owners_seeded_at: string | null; seed_corrected_at: string | null; ags: string | null }[]>(
		`/items/districts?filter[id][_eq]=${districtId}&fields=seeded_at,owners_seeded_at,seed_corrected_at,ags`,
	);
	// The district key came later than the documents: a district seeded before gets it once, as
	// long as nobody has entered one.
	if (existing[0] && existing[0].ags === null) await api.patch(`/items/districts/${districtId}`, { ags: file.district.ags });
	if (existing[0]?.seeded_at) {
		if (!existing[0].seed_corrected_at) await applySeedCorrections(api, file);
		const papersFilled = await fillCouncilPapers(api, file);
		if (existing[0].owners_seeded_at) return { district: districtId, skipped: true, created: {}, papersFilled };
		return { district: districtId, skipped: false, created: await addOwnersLater(api, file), papersFilled };
	}

	const id = (collection: string, key: string) => seedId(districtId, collection, key);
	const optionalId = (collection: string, key: string | null) => (key === null ? null : id(collection, key));
	const created: Record<string, number> = {};
	const create = async (collection: string, items: Item[]) => {
		created[collection] = await createMissing(api, collection, items);
	};

	const { district } = file;
	if (!existing[0]) {
		await api.post('/items/districts', {
			id: district.id,
			name: district.name,
			state: district.state,
			ags: district.ags,
			published: district.published,
			strategy_title: district.strategy_title,
			strategy_summary: district.strategy_summary,
			source_document: district.source_document,
			source_date: district.source_date,
			source_date_label: district.source_date_label,
		});
	}

	await create(
		'action_fields',
		parentsFirst(file.action_fields).map(({ key, parent, ...field }) => ({
			...field,
			id: id('action_fields', key),
			district: districtId,
			parent: optionalId('action_fields', parent),
		})),
	);
	await create('owners', ownerItems(file));
	await create(
		'measures',
		file.measures.map(({ key, action_field, owner, document_score: _printedScore, ...measure }) => ({
			...measure,
			id: id('measures', key),
			district: districtId,
			action_field: optionalId('action_fields', action_field),
			owner: optionalId('owners', owner ?? null),
		})),
	);
	// After the measures: both ends of a succession are measures of this file.
	await create('measure_successions', successionItems(file));
	await create(
		'priority_criteria',
		file.priority_criteria.map(({ key, levels: _levels, ...criterion }) => ({
			...criterion,
			id: id('priority_criteria', key),
			district: districtId,
		})),
	);
	await create(
		'priority_levels',
		file.priority_criteria.flatMap((criterion) =>
			criterion.levels.map(({ key, ...level }) => ({
				...level,
				id: id('priority_levels', `${criterion.key}/${key}`),
				criterion: id('priority_criteria', criterion.key),
			})),
		),
	);
	await create(
		'measure_ratings',
		file.ratings.map((rating) => ({
			id: id('measure_ratings', `${rating.measure}/${rating.criterion}`),
			measure: id('measures', rating.measure),
			criterion: id('priority_criteria', rating.criterion),
			level: id('priority_levels', `${rating.criterion}/${rating.level}`),
			justification: rating.justification,
		})),
	);
	await create(
		'annual_goals',
		file.annual_goals.map(({ key, action_field, costs: _costs, ...goal }) => ({
			...goal,
			id: id('annual_goals', key),
			district: districtId,
			action_field: id('action_fields', action_field),
		})),
	);
	// Each cost component in the order of the document's cost sentence.
	await create(
		'annual_goal_costs',
		file.annual_goals.flatMap((goal) =>
			goal.costs.map((cost, index) => ({
				...cost,
				id: id('annual_goal_costs', `${goal.key}/${index + 1}`),
				annual_goal: id('annual_goals', goal.key),
				sort: index + 1,
			})),
		),
	);
	await create(
		'kpis',
		file.kpis.map(({ key, action_field, measure, baseline, values: _values, ...kpi }) => ({
			...kpi,
			id: id('kpis', key),
			district: districtId,
			action_field: optionalId('action_fields', action_field),
			measure: optionalId('measures', measure),
			baseline_value: baseline?.value ?? null,
			baseline_approximate: baseline?.approximate ?? false,
			baseline_date: baseline?.date ?? null,
			baseline_note: baseline?.note ?? null,
		})),
	);
	await create(
		'kpi_values',
		file.kpis.flatMap((kpi) =>
			kpi.values.map((value) => ({ ...value, id: id('kpi_values', `${kpi.key}/${value.date}`), kpi: id('kpis', kpi.key) })),
		),
	);
	// A document's report is a past, closed report. It is created closed together with its own
	// updates, which the hook takes as they are (an import) instead of freezing today's measures.
	// Each update carries the status its measure has in the same document.
	const statusOf = new Map(file.measures.map((measure) => [measure.key, measure.status]));
	await create(
		'status_reports',
		file.status_reports.map(({ key, updates, ...report }) => ({
			...report,
			id: id('status_reports', key),
			district: districtId,
			state: 'closed',
			updates: updates.map(({ measure, ...update }) => ({
				...update,
				id: id('progress_updates', `${key}/${measure}`),
				measure: id('measures', measure),
				status: statusOf.get(measure) ?? null,
			})),
		})),
	);
	created['progress_updates'] = created['status_reports'] ? file.status_reports.reduce((sum, report) => sum + report.updates.length, 0) : 0;
	await create(
		'action_field_snapshots',
		file.action_field_snapshots.map(({ key, action_field, report, ...snapshot }) => ({
			...snapshot,
			id: id('action_field_snapshots', key),
			action_field: id('action_fields', action_field),
			status_report: optionalId('status_reports', report),
		})),
	);
	await create(
		'action_field_dependencies',
		file.action_field_dependencies.map((dependency) => ({
			id: id('action_field_dependencies', `${dependency.from}->${dependency.to}`),
			from_field: id('action_fields', dependency.from),
			to_field: id('action_fields', dependency.to),
			note: dependency.note,
		})),
	);

	const now = new Date().toISOString();
	await api.patch(`/items/districts/${districtId}`, { seeded_at: now, owners_seeded_at: now, seed_corrected_at: now });
	return { district: districtId, skipped: false, created };
}

function successionItems(file: SeedFile): Item[] {
	const id = (key: string) => seedId(file.district.id, 'measures', key);
	return (file.measure_successions ?? []).map((succession) => ({
		id: seedId(file.district.id, 'measure_successions', `${succession.predecessor}->${succession.successor}`),
		predecessor: id(succession.predecessor),
		successor: id(succession.successor),
		note: succession.note,
	}));
}

function ownerItems(file: SeedFile): Item[] {
	return (file.owners ?? []).map(({ key, ...owner }) => ({ ...owner, id: seedId(file.district.id, 'owners', key), district: file.district.id }));
}

/** A district seeded before owners existed: its owners, linked to its own measures where free. */
async function addOwnersLater(api: DirectusApi, file: SeedFile): Promise<Record<string, number>> {
	const districtId = file.district.id;
	const owners = await createMissing(api, 'owners', ownerItems(file));
	let linked = 0;
	const byOwner = new Map<string, string[]>();
	for (const measure of file.measures) {
		if (measure.owner) byOwner.set(measure.owner, [...(byOwner.get(measure.owner) ?? []), seedId(districtId, 'measures', measure.key)]);
	}
	for (const [owner, measureIds] of byOwner) {
		const free = await api.get<{ id: string }[]>(
			`/items/measures?filter[id][_in]=${measureIds.join(',')}&filter[owner][_null]=true&fields=id&limit=-1`,
		);
		if (free.length === 0) continue;
		await api.patch('/items/measures', { keys: free.map((row) => row.id), data: { owner: seedId(districtId, 'owners', owner) } });
		linked += free.length;
	}
	await api.patch(`/items/districts/${districtId}`, { owners_seeded_at: new Date().toISOString() });
	return { owners, measures_linked: linked };
}

/**
 * Status and directions the re-transcription corrected, for a district seeded before: only where
 * the stored value still equals the one the earlier seed wrote. Once per district.
 */
export async function applySeedCorrections(
	api: DirectusApi,
	file: Pick<SeedFile, 'district' | 'measures' | 'annual_goals' | 'kpis'>,
	earlierValues: EarlierSeedValues = EARLIER_SEED_VALUES,
): Promise<number> {
	const districtId = file.district.id;
	const earlier = earlierValues[districtId];
	let corrected = 0;
	const plan: [collection: 'measures' | 'annual_goals' | 'kpis', field: 'status' | 'direction', items: { key: string; value: string | null }[]][] = [
		['measures', 'status', file.measures.map((m) => ({ key: m.key, value: m.status }))],
		['annual_goals', 'direction', file.annual_goals.map((g) => ({ key: g.key, value: g.direction }))],
		['kpis', 'direction', file.kpis.map((k) => ({ key: k.key, value: k.direction }))],
	];
	for (const [collection, field, items] of earlier ? plan : []) {
		const changed = items.filter((item) => item.key in earlier![collection] && earlier![collection][item.key] !== item.value);
		for (const item of changed) {
			const id = seedId(districtId, collection, item.key);
			const [stored] = await api.get<Record<string, unknown>[]>(`/items/${collection}?filter[id][_eq]=${id}&fields=${field}`);
			if (!stored || stored[field] !== earlier![collection][item.key]) continue;
			await api.patch(`/items/${collection}/${id}`, { [field]: item.value });
			corrected += 1;
		}
	}
	await api.patch(`/items/districts/${districtId}`, { seed_corrected_at: new Date().toISOString() });
	return corrected;
}

/**
 * Values an earlier seed wrote that the transcription no longer holds: Friesland's document
 * names no paper number, the earlier seed composed one from its header.
 */
const SUPERSEDED: Record<string, Partial<Record<(typeof COUNCIL_PAPER_FIELDS)[number], string>>> = {
	'friesland/sachstand-2022-08': { document_ref: 'Sachstandsbericht FB 10 / SGB IT-Steuerung' },
};

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The council paper fields came after many databases were seeded, and a seeded district belongs
 * to its editors. So for such a district this fills only what is still empty in a seeded report
 * (paper number, committee, meeting, deliberations), and replaces a superseded value only while
 * it stands unchanged; nothing an editor wrote is overwritten, and a report the editors deleted
 * is not brought back. A report added to a transcription later (Rendsburg-Eckernförde's
 * VO/2018/638) is not created: closed today it would freeze today's measures under a 2018 date.
 */
async function fillCouncilPapers(api: DirectusApi, file: SeedFile): Promise<number> {
	let filled = 0;
	for (const report of file.status_reports) {
		const reportId = seedId(file.district.id, 'status_reports', report.key);
		const [stored] = await api.get<Record<string, unknown>[]>(`/items/status_reports?filter[id][_eq]=${reportId}&fields=${COUNCIL_PAPER_FIELDS.join(',')}`);
		if (!stored) continue;
		const superseded = SUPERSEDED[`${file.district.id}/${report.key}`] ?? {};
		const patch: Record<string, unknown> = {};
		for (const field of COUNCIL_PAPER_FIELDS) {
			const wanted = report[field];
			if (superseded[field] !== undefined && stored[field] === superseded[field]) patch[field] = wanted;
			else if (isEmpty(stored[field]) && !isEmpty(wanted)) patch[field] = wanted;
		}
		if (Object.keys(patch).length === 0) continue;
		await api.patch(`/items/status_reports/${reportId}`, patch);
		filled += 1;
	}
	return filled;
}

/** Creates the items whose id is not stored yet, in one request per collection; returns how many. */
export async function createMissing(api: DirectusApi, collection: string, items: Item[]): Promise<number> {
	if (items.length === 0) return 0;
	const stored = new Set<string>();
	for (let start = 0; start < items.length; start += 100) {
		const ids = items.slice(start, start + 100).map((item) => item.id);
		const found = await api.get<{ id: string }[]>(
			`/items/${collection}?filter[id][_in]=${ids.map(encodeURIComponent).join(',')}&fields=id&limit=-1`,
		);
		for (const row of found) stored.add(String(row.id));
	}
	const missing = items.filter((item) => !stored.has(item.id));
	if (missing.length > 0) await api.post(`/items/${collection}`, missing);
	return missing.length;
}

/** Orders action fields so that every parent is created before its children. */
function parentsFirst<T extends { key: string; parent: string | null }>(fields: T[]): T[] {
	const byKey = new Map(fields.map((field) => [field.key, field]));
	const depth = (field: T): number => (field.parent ? 1 + depth(byKey.get(field.parent)!) : 0);
	return [...fields].sort((a, b) => depth(a) - depth(b));
}

const COLLECTION_LABELS: Record<string, string> = {
	action_fields: 'Handlungsfelder',
	owners: 'verantwortliche Stellen',
	measures_linked: 'Maßnahmen mit ihrer Stelle verknüpft',
	measures: 'Maßnahmen',
	priority_criteria: 'Kriterien',
	priority_levels: 'Stufen',
	measure_ratings: 'Bewertungen',
	annual_goals: 'Jahresziele',
	annual_goal_costs: 'Kostenbestandteile',
	measure_successions: 'Nachfolgen',
	kpis: 'Kennzahlen',
	kpi_values: 'Messwerte',
	status_reports: 'Berichte',
	progress_updates: 'Fortschrittsmeldungen',
	action_field_snapshots: 'Projektfeld-Stände',
	action_field_dependencies: 'Abhängigkeiten',
};

function describe(created: Record<string, number>): string {
	const parts = Object.entries(created)
		.filter(([, count]) => count > 0)
		.map(([collection, count]) => `${count} ${COLLECTION_LABELS[collection] ?? collection}`);
	return parts.length > 0 ? parts.join(', ') : 'nichts Neues';
}
