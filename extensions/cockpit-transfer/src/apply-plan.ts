/**
 * Writes an import plan inside one transaction, so that permissions, the compute hook's
 * checks and its computed values apply as for every other write. A refusal names the sheet
 * and row of the step; the transaction then rolls back.
 *
 * Changed rows go through ItemsService.updateOne (few, usually). New rows are many (a new
 * district: thousands), and ItemsService writes them one by one at several milliseconds each
 * (permission and field validation, relational processing, an activity and a revision row per
 * item). So consecutive new rows of one collection are written as a batch:
 *  - the caller's permission to create in the collection is checked once, by Directus itself
 *    (createOne, stopped before it writes: without a license permissions cannot restrict
 *    fields, rows or values, so one check covers every row);
 *  - every row passes the create filters of cockpit-compute (its checks; computed fields
 *    stripped), which it also offers on the extensions' emitter for this purpose;
 *  - Directus' PayloadService prepares the values (JSON, dates) and the rows are inserted
 *    in chunks;
 *  - the import is recorded as one activity of the caller, with one revision per new row.
 */
import { isDirectusError } from '@directus/errors';
import type { ImportPlan, PlanStep } from './format/plan-import';
import type { Problem } from './format/model';
import type { ServiceContext } from './read-district';

export class StepRefused extends Error {
	constructor(readonly problem: Problem) {
		super(problem.message);
	}
}

/** Stops ItemsService.createOne after its permission check, before anything is written. */
class PermissionChecked extends Error {}

const CHUNK = 100;

export async function applyPlan(ctx: ServiceContext, plan: ImportPlan): Promise<void> {
	const services = new Map<string, InstanceType<ServiceContext['ItemsService']>>();
	const service = (collection: string) => {
		let existing = services.get(collection);
		if (!existing) services.set(collection, (existing = new ctx.ItemsService(collection, ctx)));
		return existing;
	};
	const created: { collection: string; id: string; data: Record<string, unknown> }[] = [];
	const steps = plan.steps;
	// A row with nested items (a closed report with its updates) is written by Directus itself:
	// its create filters and the nested writes belong together (see cockpit-compute/reports.ts).
	const batchable = (step: PlanStep) => step.action === 'create' && !hasNestedItems(ctx, step);
	for (let i = 0; i < steps.length; ) {
		const step = steps[i]!;
		if (!batchable(step)) {
			try {
				if (step.action === 'update') await service(step.collection).updateOne(step.id, step.payload);
				else await service(step.collection).createOne(step.payload);
			} catch (error) {
				throw refusal(step, error);
			}
			i++;
			continue;
		}
		let end = i + 1;
		while (end < steps.length && batchable(steps[end]!) && steps[end]!.collection === step.collection) end++;
		created.push(...(await createBatch(ctx, service(step.collection), steps.slice(i, end))));
		i = end;
	}
	if (created.length > 0) await record(ctx, plan, created);
}

async function createBatch(ctx: ServiceContext, items: InstanceType<ServiceContext['ItemsService']>, steps: PlanStep[]) {
	const collection = steps[0]!.collection;
	const payloads = steps.map((step) =>
		// An imported district belongs to its editors: the seed loader must not add its example rows to it.
		collection === 'districts' ? { ...step.payload, seeded_at: new Date().toISOString() } : { ...step.payload },
	);
	const taken = new Set<string>();
	for (let i = 0; i < steps.length; i += 500) {
		const ids = steps.slice(i, i + 500).map((s) => s.id);
		for (const row of await ctx.knex(collection).select('id').whereIn('id', ids)) taken.add(String(row.id));
	}
	const fields = new Set(Object.entries((ctx.schema as Schema).collections[collection]!.fields).filter(([, f]) => f.alias !== true).map(([name]) => name));
	const payloadService = new ctx.PayloadService(collection, { knex: ctx.knex, schema: ctx.schema, accountability: ctx.accountability });
	const rows: Record<string, unknown>[] = [];
	let inserted = 0;
	const insertPending = async () => {
		const pending = rows.slice(inserted);
		const values = (await payloadService.processValues('create', pending.map((row) => Object.fromEntries(Object.entries(row).filter(([f]) => fields.has(f)))))) as Record<string, unknown>[];
		for (let i = 0; i < values.length; i += CHUNK) {
			try {
				await ctx.knex.transaction((savepoint) => savepoint(collection).insert(values.slice(i, i + CHUNK)));
			} catch {
				// The batch broke a database rule; Directus writing the rows one by one names the row.
				for (let k = inserted + i; k < Math.min(inserted + i + CHUNK, rows.length); k++) {
					try {
						await items.createOne(rows[k]!, { emitEvents: false });
					} catch (error) {
						throw refusal(steps[k]!, error);
					}
				}
			}
		}
		inserted = rows.length;
	};
	const pendingIds = new Set<string>();
	for (const [index, step] of steps.entries()) {
		if (taken.has(step.id)) throw refusal(step, { duplicate: true });
		// A row pointing at a row of this batch (a field under its parent) is checked once that one is stored.
		if (Object.entries(step.payload).some(([field, value]) => field !== 'id' && typeof value === 'string' && pendingIds.has(value))) {
			await insertPending();
			pendingIds.clear();
		}
		try {
			const meta = { collection };
			const context = { database: ctx.knex, schema: ctx.schema, accountability: ctx.accountability };
			rows.push((await ctx.emitter.emitFilter(['items.create', `${collection}.items.create`], payloads[index]!, meta, context)) as Record<string, unknown>);
			// As in createOne: the checks first, then the permission (once, with the first row).
			if (index === 0) await items.createOne({ ...rows[0]! }, { preMutationError: new PermissionChecked(), emitEvents: false });
		} catch (error) {
			if (!(error instanceof PermissionChecked)) throw refusal(step, error);
		}
		pendingIds.add(step.id);
	}
	await insertPending();
	return steps.map((step, index) => ({ collection, id: step.id, data: rows[index]! }));
}

/** One activity for the whole import, by the caller, and a revision per new row pointing at it. */
async function record(ctx: ServiceContext, plan: ImportPlan, created: { collection: string; id: string; data: Record<string, unknown> }[]) {
	const caller = (ctx.accountability ?? {}) as { user?: string; ip?: string; userAgent?: string; origin?: string };
	const activity = await new ctx.ActivityService({ knex: ctx.knex, schema: ctx.schema }).createOne({
		action: plan.districtCreated ? 'create' : 'update',
		user: caller.user ?? null,
		collection: 'districts',
		ip: caller.ip ?? null,
		user_agent: caller.userAgent ?? null,
		origin: caller.origin ?? null,
		item: plan.district,
	});
	const revisions = created.map(({ collection, id, data }) => ({ activity, collection, item: id, data: JSON.stringify(data), delta: JSON.stringify(data) }));
	for (let i = 0; i < revisions.length; i += CHUNK) await ctx.knex('directus_revisions').insert(revisions.slice(i, i + CHUNK));
}

function hasNestedItems(ctx: ServiceContext, step: PlanStep): boolean {
	const fields = (ctx.schema as Schema).collections[step.collection]!.fields;
	return Object.keys(step.payload).some((field) => fields[field]?.alias === true);
}

interface Schema {
	collections: Record<string, { fields: Record<string, { alias?: boolean }> }>;
}

function refusal(step: PlanStep, thrown: unknown): unknown {
	// Directus throws its field validation errors as an array.
	const error = Array.isArray(thrown) ? thrown[0] : thrown;
	if (isDirectusError(error, 'RECORD_NOT_UNIQUE') || (error as { duplicate?: boolean }).duplicate) {
		return new StepRefused({ sheet: step.sheet, row: step.row, column: null, message: 'Diese Zeile gibt es schon in einem anderen Kreis (gleiche Kennung). Bitte eine andere Kennung wählen.' });
	}
	if (isDirectusError(error) && error.status >= 400 && error.status < 500 && error.status !== 403) {
		return new StepRefused({ sheet: step.sheet, row: step.row, column: null, message: error.message });
	}
	return error;
}
