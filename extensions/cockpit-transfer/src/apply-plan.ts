/**
 * Writes an import plan through Directus' ItemsService inside one transaction, so that
 * permissions, the compute hook's checks and its computed values apply as for every other
 * write. A refusal names the sheet and row of the step; the transaction then rolls back.
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

export async function applyPlan(ctx: ServiceContext, plan: ImportPlan): Promise<void> {
	const services = new Map<string, InstanceType<ServiceContext['ItemsService']>>();
	const service = (collection: string) => {
		let existing = services.get(collection);
		if (!existing) services.set(collection, (existing = new ctx.ItemsService(collection, ctx)));
		return existing;
	};
	for (const step of plan.steps) {
		try {
			if (step.action === 'create') {
				// An imported district belongs to its editors: the seed loader must not add its example rows to it.
				const payload = step.collection === 'districts' ? { ...step.payload, seeded_at: new Date().toISOString() } : step.payload;
				await service(step.collection).createOne(payload);
			} else {
				await service(step.collection).updateOne(step.id, step.payload);
			}
		} catch (error) {
			throw refusal(step, error);
		}
	}
}

function refusal(step: PlanStep, error: unknown): unknown {
	if (isDirectusError(error, 'RECORD_NOT_UNIQUE')) {
		return new StepRefused({ sheet: step.sheet, row: step.row, column: null, message: 'Diese Zeile gibt es schon in einem anderen Kreis (gleiche Kennung). Bitte eine andere Kennung wählen.' });
	}
	if (isDirectusError(error) && error.status >= 400 && error.status < 500 && error.status !== 403) {
		return new StepRefused({ sheet: step.sheet, row: step.row, column: null, message: error.message });
	}
	return error;
}
