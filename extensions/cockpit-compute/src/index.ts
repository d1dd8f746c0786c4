/**
 * Keeps every computed value true and refuses bad input. Filters validate each write before
 * Directus stores it and note the districts whose computed values it changes; the scheduler
 * then recomputes those districts from committed data before the response is sent (see
 * recompute-scheduler.ts for why). Progress percent and attainment are also set on the
 * written item itself, so the item a write answers with is already right; whatever a client
 * sends for a computed field is replaced.
 */
import { defineHook } from '@directus/extensions-sdk';
import { createError } from '@directus/errors';
import {
	checkCostComponent,
	checkDirection,
	checkDistrictKey,
	checkKpiMeasure,
	checkNotNegative,
	checkNumber,
	checkPositive,
	checkPriorityClass,
	checkProgress,
	checkRequired,
	checkStatus,
	checkSuccession,
	computeAttainmentPercent,
	computeProgressPercent,
	type GoalDirection,
	type Key,
} from '@cockpit/shared';
import type { Knex } from 'knex';
import { readIntegritySweep } from './read-integrity-sweep';
import { listDistricts, recomputeAllDistricts, recomputeDistrict } from './recompute-district';
import { RecomputeScheduler } from './recompute-scheduler';
import { registerReportCycle } from './reports';
import { registerSubmissionReview } from './submissions';
import { invalidateRatingLookups, isRated, noteRated, ratingRefs } from './rating-lookup';

type Payload = Record<string, unknown>;
interface Meta {
	keys?: Key[];
}
interface Context {
	database: Knex;
}

/** Collections whose writes change computed values, with the path from an item to its district. */
const DISTRICT_OF: Record<string, { via: string | null; parent: string | null }> = {
	measures: { via: null, parent: null },
	priority_criteria: { via: null, parent: null },
	annual_goals: { via: null, parent: null },
	measure_ratings: { via: 'measure', parent: 'measures' },
	priority_levels: { via: 'criterion', parent: 'priority_criteria' },
	progress_updates: { via: 'status_report', parent: 'status_reports' },
	// These change no computed value, but every write stamps its district's data version
	// (the dashboard's read cache and the open-data catalogue's modified date follow it).
	action_fields: { via: null, parent: null },
	kpis: { via: null, parent: null },
	status_reports: { via: null, parent: null },
	kpi_values: { via: 'kpi', parent: 'kpis' },
	action_field_snapshots: { via: 'action_field', parent: 'action_fields' },
	action_field_dependencies: { via: 'from_field', parent: 'action_fields' },
	annual_goal_costs: { via: 'annual_goal', parent: 'annual_goals' },
	measure_successions: { via: 'predecessor', parent: 'measures' },
};

/** What a district's row says about its data: set by this hook and the harvest, never by a client. */
const DISTRICT_STAMPS = ['data_version', 'data_changed_at', 'source_url', 'harvested_at', 'harvest_error'];

const InvalidInput = createError<{ message: string }>('INVALID_PAYLOAD', ({ message }) => message, 400);

function fail(message: string): never {
	throw new InvalidInput({ message });
}

/** Throws the first problem found, if any. */
function refuse(...problems: (string | null)[]): void {
	const message = problems.find((problem) => problem !== null);
	if (message) fail(message);
}

const COMPUTED_FIELDS: Record<string, string[]> = {
	districts: DISTRICT_STAMPS,
	measures: ['priority_score', 'priority_rank', 'progress_percent'],
	annual_goals: ['attainment_percent'],
	progress_updates: ['progress_percent'],
};

const REQUIRED: Record<string, Record<string, string>> = {
	measures: { district: 'Kreis', title: 'Titel', theme: 'Thema' },
	action_fields: { district: 'Kreis', title: 'Titel', theme: 'Thema' },
	priority_criteria: { district: 'Kreis', name: 'Name', weight: 'Gewichtung' },
	priority_levels: { criterion: 'Kriterium', label: 'Bezeichnung', points: 'Punkte' },
	measure_ratings: { measure: 'Maßnahme', criterion: 'Kriterium', level: 'Stufe' },
	annual_goals: { district: 'Kreis', year: 'Jahr', title: 'Ziel' },
	kpis: { district: 'Kreis', name: 'Name', theme: 'Thema' },
	kpi_values: { kpi: 'Kennzahl', date: 'Stichtag', value: 'Wert' },
	status_reports: { district: 'Kreis', title: 'Titel', report_date: 'Stichtag' },
	progress_updates: { status_report: 'Sachstandsbericht', measure: 'Maßnahme' },
	progress_submissions: { status_report: 'Sachstandsbericht', measure: 'Maßnahme' },
	owners: { district: 'Kreis', name: 'Name' },
	action_field_snapshots: { action_field: 'Projektfeld', date: 'Stichtag' },
	action_field_dependencies: { from_field: 'Von', to_field: 'Bezieht sich auf' },
	annual_goal_costs: { annual_goal: 'Jahresziel', kind: 'Art' },
	measure_successions: { predecessor: 'Vorgänger', successor: 'Nachfolger' },
	districts: { id: 'Kennung', name: 'Name', state: 'Bundesland' },
	themes: { id: 'Kennung', name: 'Name' },
};

export default defineHook(({ filter: onFilter, action, init, schedule }, { database: knex, env, logger, services, getSchema, emitter }) => {
	// Create checks are also offered on the extensions' shared emitter, so that the workbook
	// import (cockpit-transfer) runs exactly these checks on rows it writes in bulk.
	const filter: typeof onFilter = (event, handler) => {
		onFilter(event, handler);
		if (event.endsWith('.items.create')) emitter.onFilter(event, handler);
	};
	// Rating checks read a snapshot per transaction (rating-lookup.ts); changes to its inputs discard it.
	for (const collection of ['measures', 'priority_criteria', 'priority_levels', 'measure_ratings']) {
		for (const event of ['update', 'delete']) onFilter(`${collection}.items.${event}`, (input: unknown) => (invalidateRatingLookups(), input));
	}
	// Directus purges its response cache after its own writes only; ours come later.
	const purgeCache = async () => {
		if (env['CACHE_ENABLED'] === true && env['CACHE_AUTO_PURGE'] === true) {
			await new services.UtilsService({ schema: await getSchema(), accountability: { admin: true } as never }).clearCache({ system: false });
		}
	};
	const scheduler = new RecomputeScheduler(
		// A harvested district's computed values are its source's, taken as harvested: its ratings
		// are not published, so recomputing here would only empty its priorities.
		async (district) => ((await listDistricts(knex, { only: district })).length === 0 ? [] : recomputeDistrict(knex, district)),
		async (district, drift) => {
			await stampDistrict(knex, district);
			if (drift.length > 0) await purgeCache();
		},
		(district, error) => logger.error(error, `Neuberechnung des Kreises „${district}“ fehlgeschlagen; die nächste regelmäßige Prüfung holt sie nach.`),
	);
	const touch = async (database: Knex, collection: string, keys: Key[]) => scheduler.touch(await districtsOf(database, collection, keys));

	init('routes.before', ({ app }) => (app as { use: (handler: unknown) => void }).use(scheduler.middleware));
	// Heals what a crash between an edit's commit and its recompute left stale: at start, before
	// the first request, and then every few minutes, since the instance that crashed is not
	// necessarily the one that keeps serving (with two replicas the other one would serve the
	// stale values until its own restart).
	const checkAllDistricts = async (when: string) => {
		try {
			const { drifted } = await recomputeAllDistricts(knex, (district, drift) => {
				if (drift.length > 0) logger.warn(`Kreis „${district}“: ${drift.length} berechnete Werte ${when} korrigiert.`);
			});
			if (drifted > 0) await purgeCache();
		} catch (error) {
			logger.error(error, `Prüfung der berechneten Werte ${when} fehlgeschlagen.`);
		}
	};
	init('app.after', () => checkAllDistricts('beim Start'));
	// Without SYNCHRONIZATION_STORE=redis every instance runs the sweep on each tick; that is
	// safe, since each district's recompute holds its lock and a second run finds no drift, and
	// merely costs the reads twice. deploy/production.env sets the store, so one replica sweeps.
	// A tick that comes while the last sweep still runs (a short interval, a slow database) skips.
	const sweep = readIntegritySweep(env);
	let sweeping = false;
	if (sweep) {
		schedule(sweep, async () => {
			if (sweeping) return;
			sweeping = true;
			await checkAllDistricts('bei der regelmäßigen Prüfung').finally(() => (sweeping = false));
		});
	}
	// Writes outside an HTTP request (scripts, schedules) are recomputed once they committed.
	for (const collection of Object.keys(DISTRICT_OF)) {
		for (const event of ['create', 'update', 'delete']) action(`${collection}.items.${event}`, () => scheduler.flushOutsideRequest());
	}

	// Every write notes its districts: harvested ones refuse it (one rule for every collection),
	// the others are recomputed and get a new data version before the response is sent.
	for (const collection of [...Object.keys(DISTRICT_OF), 'districts']) {
		filter(`${collection}.items.create`, async (payload: Payload, _meta: Meta, { database }: Context) => {
			const districts = await districtsOfNewItem(database, collection, payload);
			await refuseHarvested(database, districts);
			scheduler.touch(districts);
			return payload;
		});
		for (const event of ['update', 'delete'] as const) {
			onFilter(`${collection}.items.${event}`, async (input: unknown, { keys = [] }: Meta, { database }: Context) => {
				const ids = event === 'delete' ? (input as Key[]) : keys;
				const districts = collection === 'districts' ? ids : await districtsOf(database, collection, ids);
				await refuseHarvested(database, districts);
				scheduler.touch(districts);
				return input;
			});
		}
	}
	// The shared themes are in every comparison: a change to one is a change to every district.
	for (const event of ['create', 'update', 'delete']) {
		onFilter(`themes.items.${event}`, async (input: unknown, _meta: Meta, { database }: Context) => (scheduler.touch(await listDistricts(database, { harvested: true })), input));
	}

	// Computed fields are never taken from a client; required fields get a German message.
	for (const collection of Object.keys(REQUIRED)) {
		filter(`${collection}.items.create`, (payload: Payload) => {
			stripComputed(collection, payload);
			refuse(checkRequired(REQUIRED[collection]!, payload));
			return payload;
		});
		filter(`${collection}.items.update`, (payload: Payload) => {
			stripComputed(collection, payload);
			const cleared = Object.fromEntries(Object.keys(REQUIRED[collection]!).filter((f) => f in payload).map((f) => [f, REQUIRED[collection]![f]!]));
			refuse(checkRequired(cleared, payload));
			return payload;
		});
	}

	// --- Measures: status, progress, action field of the same district; ranks on delete.
	filter('measures.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		refuse(checkStatus(payload['status']), checkPriorityClass(payload['priority_class']), checkProgress(payload['progress_current'], payload['progress_target']));
		refuse(await checkActionFieldDistrict(database, payload['action_field'], payload['district'], 'Das Handlungsfeld'));
		refuse(await checkOwnerDistrict(database, payload['owner'], payload['district']));
		payload['progress_percent'] = computeProgressPercent(num(payload['progress_current']), num(payload['progress_target']));
		payload['priority_score'] = null;
		payload['priority_rank'] = null;
		scheduler.touch([payload['district'] as Key]);
		return payload;
	});
	filter('measures.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		refuse(checkStatus(payload['status']), checkPriorityClass(payload['priority_class']));
		const touchesProgress = 'progress_current' in payload || 'progress_target' in payload;
		if (!touchesProgress && !('action_field' in payload) && !('district' in payload) && !('owner' in payload)) return payload;
		const stored = await database('measures').select('id', 'district', 'progress_current', 'progress_target').whereIn('id', keys);
		const percents = new Set<number | null>();
		for (const row of stored) {
			const merged = { ...row, ...payload };
			if ('district' in payload && String(payload['district']) !== String(row.district)) {
				fail('Eine Maßnahme kann nicht in einen anderen Kreis verschoben werden, weil ihre Bewertungen zu den Kriterien ihres Kreises gehören. Bitte legen Sie sie im anderen Kreis neu an.');
			}
			refuse(checkProgress(merged.progress_current, merged.progress_target));
			refuse(await checkActionFieldDistrict(database, merged.action_field, row.district, 'Das Handlungsfeld'));
			if ('owner' in payload) refuse(await checkOwnerDistrict(database, payload['owner'], row.district));
			percents.add(computeProgressPercent(num(merged.progress_current), num(merged.progress_target)));
		}
		if (touchesProgress) {
			if (percents.size > 1) fail('Fortschritt bitte je Maßnahme einzeln ändern: die gewählten Maßnahmen haben unterschiedliche Werte für „Abschluss bei“.');
			payload['progress_percent'] = [...percents][0] ?? null;
			scheduler.touch(stored.map((row) => row.district));
		}
		return payload;
	});
	filter('measures.items.delete', async (keys: Key[], _meta: Meta, { database }: Context) => {
		await touch(database, 'measures', keys);
		return keys;
	});

	// --- Ratings: one per measure and criterion, with a level of that criterion, in the measure's district.
	filter('measure_ratings.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		scheduler.touch([await checkRating(database, payload, null)]);
		return payload;
	});
	filter('measure_ratings.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		const stored = await database('measure_ratings').select('id', 'measure', 'criterion', 'level').whereIn('id', keys);
		for (const row of stored) scheduler.touch([await checkRating(database, { ...row, ...payload }, row.id)]);
		return payload;
	});
	filter('measure_ratings.items.delete', async (keys: Key[], _meta: Meta, { database }: Context) => {
		await touch(database, 'measure_ratings', keys);
		return keys;
	});

	// --- Criteria: weight > 0; adding, changing or removing one recomputes the whole district.
	filter('priority_criteria.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		refuse(checkPositive(payload['weight'], 'Gewichtung'));
		scheduler.touch([payload['district'] as Key]);
		return payload;
	});
	filter('priority_criteria.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		if ('weight' in payload) refuse(checkPositive(payload['weight'], 'Gewichtung'), payload['weight'] === null ? 'Bitte „Gewichtung“ angeben.' : null);
		const stored = await database('priority_criteria').select('id', 'district', 'weight').whereIn('id', keys);
		if ('district' in payload && stored.some((row) => String(row.district) !== String(payload['district']))) {
			fail('Ein Kriterium kann nicht in einen anderen Kreis verschoben werden. Bitte legen Sie es dort neu an.');
		}
		if ('weight' in payload) scheduler.touch(stored.map((row) => row.district));
		return payload;
	});
	filter('priority_criteria.items.delete', async (keys: Key[], _meta: Meta, { database }: Context) => {
		await touch(database, 'priority_criteria', keys);
		return keys;
	});

	// --- Levels: points >= 0; changed points recompute every measure rated with them.
	filter('priority_levels.items.create', (payload: Payload) => {
		refuse(checkNotNegative(payload['points'], 'Punkte'));
		return payload;
	});
	filter('priority_levels.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		if ('points' in payload) refuse(checkNotNegative(payload['points'], 'Punkte'), payload['points'] === null ? 'Bitte „Punkte“ angeben.' : null);
		if ('criterion' in payload) {
			const used = await database('measure_ratings').whereIn('level', keys).whereNot('criterion', payload['criterion'] as Key).count({ n: '*' });
			if (Number(used[0]?.['n']) > 0) fail('Diese Stufe wird in Bewertungen verwendet und kann deshalb keinem anderen Kriterium zugeordnet werden.');
		}
		if ('points' in payload) await touch(database, 'priority_levels', keys);
		return payload;
	});
	filter('priority_levels.items.delete', async (keys: Key[], _meta: Meta, { database }: Context) => {
		const used = await database('measure_ratings').whereIn('level', keys).count({ n: '*' });
		const count = Number(used[0]?.['n']);
		if (count > 0) fail(`Diese Stufe wird noch in ${count} Bewertung(en) verwendet. Bitte ändern Sie zuerst diese Bewertungen.`);
		return keys;
	});

	// --- Annual goals: target > 0, attainment computed.
	filter('annual_goals.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		refuse(...goalProblems(payload));
		refuse(await checkActionFieldDistrict(database, payload['action_field'], payload['district'], 'Das strategische Ziel'));
		payload['attainment_percent'] = attainment(payload);
		scheduler.touch([payload['district'] as Key]);
		return payload;
	});
	filter('annual_goals.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		const stored = await database('annual_goals').select('id', 'district', 'action_field', 'target_value', 'actual_value', 'direction').whereIn('id', keys);
		const results = new Set<number | null>();
		for (const row of stored) {
			const merged = { ...row, ...payload };
			refuse(...goalProblems(merged));
			refuse(await checkActionFieldDistrict(database, merged.action_field, merged.district, 'Das strategische Ziel'));
			results.add(attainment(merged));
		}
		if (results.size > 1) fail('Istwerte bitte je Jahresziel einzeln ändern: die gewählten Ziele haben unterschiedliche Zielwerte.');
		if (results.size === 1) payload['attainment_percent'] = [...results][0] ?? null;
		scheduler.touch(stored.map((row) => row.district));
		return payload;
	});

	// --- Cost components of an annual goal: kind, amount, years, share, attribution.
	filter('annual_goal_costs.items.create', (payload: Payload) => {
		refuse(checkCostComponent(payload));
		return payload;
	});
	filter('annual_goal_costs.items.update', (payload: Payload) => {
		refuse(checkCostComponent(payload, { partial: true }));
		return payload;
	});

	// --- Successions: two different measures of one district, each pair once.
	filter('measure_successions.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		refuse(await successionProblem(database, payload, null));
		return payload;
	});
	filter('measure_successions.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		if (!('predecessor' in payload) && !('successor' in payload)) return payload;
		const stored = await database('measure_successions').select('id', 'predecessor', 'successor').whereIn('id', keys);
		for (const row of stored) refuse(await successionProblem(database, { ...row, ...payload }, row.id));
		return payload;
	});

	// --- KPIs and their values.
	filter('kpis.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		refuse(checkPositive(payload['target_value'], 'Zielwert'), checkDirection(payload['direction']));
		if (payload['action_field'] && payload['district']) {
			refuse(await checkActionFieldDistrict(database, payload['action_field'], payload['district'], 'Das Handlungsfeld'));
		}
		refuse(await kpiMeasureProblem(database, payload['measure'], payload['district']));
		return payload;
	});
	filter('kpis.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		refuse(checkPositive(payload['target_value'], 'Zielwert'), checkDirection(payload['direction']));
		if (payload['action_field'] && payload['district']) {
			refuse(await checkActionFieldDistrict(database, payload['action_field'], payload['district'], 'Das Handlungsfeld'));
		}
		if (('measure' in payload && !isEmptyKey(payload['measure'])) || 'district' in payload) {
			const stored = await database('kpis').select('id', 'district', 'measure').whereIn('id', keys);
			for (const row of stored) {
				const merged = { ...row, ...payload };
				refuse(await kpiMeasureProblem(database, merged.measure, merged.district));
			}
		}
		return payload;
	});
	for (const event of ['kpi_values.items.create', 'kpi_values.items.update']) {
		filter(event, (payload: Payload) => {
			refuse(checkNumber(payload['value'], 'Wert'));
			return payload;
		});
	}

	// --- Progress updates in a status report: the same bounds as a measure's progress.
	filter('progress_updates.items.create', async (payload: Payload, _meta: Meta, { database }: Context) => {
		refuse(checkPriorityClass(payload['priority_class']), checkProgress(payload['progress_value'], payload['progress_target']));
		payload['progress_percent'] = computeProgressPercent(num(payload['progress_value']), num(payload['progress_target']));
		await touch(database, 'status_reports', [payload['status_report'] as Key]);
		return payload;
	});
	filter('progress_updates.items.update', async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
		refuse(checkPriorityClass(payload['priority_class']));
		if (!('progress_value' in payload) && !('progress_target' in payload)) return payload;
		const stored = await database('progress_updates').select('progress_value', 'progress_target').whereIn('id', keys);
		const results = new Set<number | null>();
		for (const row of stored) {
			const merged = { ...row, ...payload };
			refuse(checkProgress(merged.progress_value, merged.progress_target));
			results.add(computeProgressPercent(num(merged.progress_value), num(merged.progress_target)));
		}
		if (results.size > 1) fail('Fortschritt bitte je Meldung einzeln ändern.');
		payload['progress_percent'] = [...results][0] ?? null;
		await touch(database, 'progress_updates', keys);
		return payload;
	});

	// --- Districts: the official key, which the open-data catalogue turns into a geocoding URI.
	for (const event of ['districts.items.create', 'districts.items.update']) {
		filter(event, (payload: Payload) => {
			refuse(checkDistrictKey(payload['ags']));
			return payload;
		});
	}

	// --- Action fields: a parent of the same district.
	for (const event of ['action_fields.items.create', 'action_fields.items.update']) {
		filter(event, async (payload: Payload, { keys = [] }: Meta, { database }: Context) => {
			if (!payload['parent']) return payload;
			if (keys.some((key) => String(key) === String(payload['parent']))) fail('Ein Handlungsfeld kann nicht sich selbst übergeordnet sein.');
			const district = payload['district'] ?? (await database('action_fields').select('district').whereIn('id', keys).first())?.district;
			refuse(await checkActionFieldDistrict(database, payload['parent'], district, 'Das übergeordnete Feld'));
			return payload;
		});
	}

	// Last, so that accepting a submission and closing a report (each commits its own
	// transaction) follow every other check.
	registerSubmissionReview({ filter }, services.ItemsService as never, getSchema);
	registerReportCycle({ filter, action });
});

function stripComputed(collection: string, payload: Payload): void {
	for (const field of COMPUTED_FIELDS[collection] ?? []) delete payload[field];
}

function num(value: unknown): number | null {
	return value === null || value === undefined || value === '' ? null : Number(value);
}

function goalProblems(goal: Payload): (string | null)[] {
	return [checkPositive(goal['target_value'], 'Zielwert'), checkNumber(goal['actual_value'], 'Istwert'), checkDirection(goal['direction'])];
}

function attainment(goal: Payload): number | null {
	return computeAttainmentPercent(num(goal['target_value']), num(goal['actual_value']), (goal['direction'] ?? null) as GoalDirection | null);
}

function isEmptyKey(value: unknown): boolean {
	return value === null || value === undefined || value === '';
}

/** The measure of an edited succession end: a key, or a nested object with its key (Studio o2m). */
function keyOf(value: unknown): unknown {
	return value && typeof value === 'object' ? (value as { id?: unknown }).id : value;
}

async function measureRef(database: Knex, key: unknown): Promise<{ id: unknown; district: unknown } | null> {
	if (isEmptyKey(key)) return null;
	return (await database('measures').select('id', 'district').where('id', key as Key).first()) ?? null;
}

async function successionProblem(database: Knex, succession: Payload, ownId: Key | null): Promise<string | null> {
	const predecessor = await measureRef(database, keyOf(succession['predecessor']));
	const successor = await measureRef(database, keyOf(succession['successor']));
	let duplicate = false;
	if (predecessor && successor) {
		const query = database('measure_successions').where({ predecessor: predecessor.id, successor: successor.id });
		if (ownId !== null) query.whereNot('id', ownId);
		duplicate = Boolean(await query.first('id'));
	}
	return checkSuccession(predecessor, successor, duplicate);
}

async function kpiMeasureProblem(database: Knex, measure: unknown, district: unknown): Promise<string | null> {
	if (isEmptyKey(measure)) return null;
	return checkKpiMeasure(await measureRef(database, measure), district);
}

async function checkActionFieldDistrict(database: Knex, actionField: unknown, district: unknown, label: string): Promise<string | null> {
	if (actionField === null || actionField === undefined || actionField === '') return null;
	const row = await database('action_fields').select('district').where('id', actionField as Key).first();
	if (!row) return `${label} wurde nicht gefunden.`;
	if (district !== undefined && String(row.district) !== String(district)) {
		return `${label} gehört zu einem anderen Kreis. Bitte wählen Sie ein Feld des Kreises „${String(district)}“.`;
	}
	return null;
}

/** A measure's owner is a unit of the measure's own district. */
async function checkOwnerDistrict(database: Knex, owner: unknown, district: unknown): Promise<string | null> {
	if (owner === null || owner === undefined || owner === '') return null;
	const row = await database('owners').select('district').where('id', owner as Key).first();
	if (!row) return 'Die verantwortliche Stelle wurde nicht gefunden.';
	if (district !== undefined && String(row.district) !== String(district)) {
		return `Die verantwortliche Stelle gehört zu einem anderen Kreis. Bitte wählen Sie eine Stelle des Kreises „${String(district)}“.`;
	}
	return null;
}

/** Validates a rating and returns the district whose priorities it changes. */
async function checkRating(database: Knex, rating: Payload, ownId: Key | null): Promise<Key> {
	const { measure, criterion, level } = await ratingRefs(database, rating);
	if (!measure) fail('Die Maßnahme der Bewertung wurde nicht gefunden.');
	if (!criterion) fail('Das Kriterium der Bewertung wurde nicht gefunden.');
	if (!level) fail('Die Stufe der Bewertung wurde nicht gefunden.');
	if (String(criterion.district) !== String(measure.district)) {
		fail(`Das Kriterium „${criterion.name}“ gehört zu einem anderen Kreis als die Maßnahme. Bitte ein Kriterium des Kreises der Maßnahme wählen.`);
	}
	if (String(level.criterion) !== String(criterion.id)) {
		fail(`Die Stufe „${level.label}“ gehört nicht zum Kriterium „${criterion.name}“. Bitte eine Stufe dieses Kriteriums wählen.`);
	}
	if (await isRated(database, measure.id, criterion.id, ownId)) {
		fail(`Diese Maßnahme ist nach dem Kriterium „${criterion.name}“ bereits bewertet. Je Kriterium ist nur eine Bewertung möglich; bitte ändern Sie die vorhandene.`);
	}
	if (ownId === null) noteRated(database, measure.id, criterion.id);
	return measure.district;
}

/** A new data version for the district, after its edit committed: cached reads of it are then stale. */
async function stampDistrict(knex: Knex, district: Key): Promise<void> {
	await knex('districts').where('id', district).update({ data_version: knex.raw('coalesce(data_version, 0) + 1'), data_changed_at: new Date() });
}

const HarvestedReadOnly = createError<{ name: string; source: string }>(
	'INVALID_PAYLOAD',
	({ name, source }) =>
		`„${name}“ wurde aus einem anderen Cockpit geerntet (${source}) und kann hier nicht geändert werden. Bitte ändern Sie die Daten dort; die nächste Ernte übernimmt sie.`,
	400,
);

/** Harvested districts are copies of another instance's catalogue: only the harvest writes them. */
async function refuseHarvested(database: Knex, districts: Key[]): Promise<void> {
	const ids = districts.filter((id) => id !== null && id !== undefined && id !== '');
	if (ids.length === 0) return;
	const harvested = await database('districts').select('name', 'source_url').whereIn('id', ids).whereNotNull('source_url').first();
	if (harvested) throw new HarvestedReadOnly({ name: String(harvested.name), source: String(harvested.source_url) });
}

/** The district a new item will belong to, from its own district or the parent it names. */
async function districtsOfNewItem(database: Knex, collection: string, payload: Payload): Promise<Key[]> {
	if (collection === 'districts') return [];
	const path = DISTRICT_OF[collection];
	if (!path?.via || !path.parent) return payload['district'] ? [payload['district'] as Key] : [];
	const parent = payload[path.via];
	if (parent === null || parent === undefined || typeof parent === 'object') return [];
	const row = await database(path.parent).select('district').where('id', parent as Key).first();
	return row ? [row.district as Key] : [];
}

/** The districts the items belong to, directly or through their measure, criterion or report. */
async function districtsOf(database: Knex, collection: string, keys: Key[]): Promise<Key[]> {
	const path = DISTRICT_OF[collection] ?? { via: null, parent: null };
	const query = path.via && path.parent
		? database(`${collection} as item`).join(`${path.parent} as parent`, 'parent.id', `item.${path.via}`).distinct('parent.district as district').whereIn('item.id', keys)
		: database(collection).distinct('district').whereIn('id', keys.filter((key) => key !== null && key !== undefined));
	const rows: { district: Key }[] = await query;
	return rows.map((row) => row.district);
}
