/**
 * Decides when a district is recomputed: after the edit has committed, before its response
 * is sent.
 *
 * Directus commits an edit and only then answers; its action hooks run after the commit but
 * nobody waits for them, and its update and delete filters run outside the edit's
 * transaction. So the filters only note which districts an edit touches (in the request's
 * scope, an AsyncLocalStorage store), and a middleware holds the response back until those
 * districts are recomputed from committed data. A client that reads right after saving reads
 * correct values, and a recompute always starts after the edit it was asked for.
 *
 * Requests for the same district coalesce: while one recompute runs, all edits that finish
 * in the meantime share the single next one, which starts after all of them committed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ComputedDrift, Key } from '@cockpit/shared';

interface RequestScope {
	districts: Set<string>;
}

type Recompute = (district: string) => Promise<ComputedDrift[]>;
type Listener = (district: string, drift: ComputedDrift[]) => void | Promise<void>;

interface DistrictQueue {
	running: Promise<void> | null;
	/** The next run, not started yet: edits that commit now are read by it. */
	next: Promise<void> | null;
}

export class RecomputeScheduler {
	private readonly scope = new AsyncLocalStorage<RequestScope>();
	private readonly queues = new Map<string, DistrictQueue>();
	/** Districts touched by writes outside any HTTP request (scripts, schedules). */
	private readonly outsideRequests = new Set<string>();

	constructor(
		private readonly recompute: Recompute,
		private readonly onRecomputed: Listener,
		private readonly onError: (district: string, error: unknown) => void,
	) {}

	/** Notes that the current write changes inputs of these districts. */
	touch(districts: Iterable<Key | null | undefined>): void {
		const target = this.scope.getStore()?.districts ?? this.outsideRequests;
		for (const district of districts) if (district !== null && district !== undefined && district !== '') target.add(String(district));
	}

	/** For writes outside a request, called from action hooks, which run after the commit. */
	async flushOutsideRequest(): Promise<void> {
		if (this.scope.getStore()) return;
		const districts = [...this.outsideRequests];
		this.outsideRequests.clear();
		await Promise.all(districts.map((district) => this.schedule(district)));
	}

	/**
	 * Express middleware: opens the request's scope and, when the response is about to end,
	 * first recomputes the districts the request touched. Registered after body parsing, so
	 * the scope is not lost in the parser's stream callbacks.
	 */
	middleware = (req: unknown, res: { end: (...args: unknown[]) => unknown }, next: () => void): void => {
		const scope: RequestScope = { districts: new Set() };
		const end = res.end.bind(res);
		let ending = false;
		res.end = (...args: unknown[]) => {
			if (ending || scope.districts.size === 0) return end(...args);
			ending = true;
			const districts = [...scope.districts];
			scope.districts.clear();
			void Promise.all(districts.map((district) => this.schedule(district))).finally(() => end(...args));
			return res;
		};
		this.scope.run(scope, next);
	};

	/** Resolves once a recompute of the district that started after this call has finished. */
	schedule(district: string): Promise<void> {
		const queue = this.queues.get(district) ?? { running: null, next: null };
		this.queues.set(district, queue);
		if (queue.next) return queue.next;
		const previous = queue.running ?? Promise.resolve();
		const run = previous.then(async () => {
			queue.next = null;
			queue.running = run;
			try {
				const drift = await this.recompute(district);
				await this.onRecomputed(district, drift);
			} catch (error) {
				this.onError(district, error);
			} finally {
				if (queue.running === run) queue.running = null;
				if (!queue.running && !queue.next) this.queues.delete(district);
			}
		});
		queue.next = run;
		return run;
	}
}
