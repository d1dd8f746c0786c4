/**
 * Where a request's time goes, as a `Server-Timing` header (shown by browser devtools and read
 * by `npm run bench:scale`): reading (with the access check running alongside), building the answer.
 */
export class ServerTiming {
	private readonly phases: [string, number][] = [];
	private last = performance.now();

	/** Ends the current phase under `name`. */
	mark(name: string): void {
		const now = performance.now();
		this.phases.push([name, now - this.last]);
		this.last = now;
	}

	header(): string {
		return this.phases.map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(', ');
	}
}
