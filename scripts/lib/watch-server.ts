/**
 * What a request costs the Directus process while it runs: its time, the peak resident memory
 * (sampled from /proc every 10 ms) and, when asked, how long `/server/ping` takes meanwhile,
 * which tells whether the server still answers others. Used by the transfer benchmarks and
 * the workbook-limit tests.
 */
import { readFileSync } from 'node:fs';

export interface Watched<T> {
	ms: number;
	peakMb: number;
	/** Peak above the level before the request. */
	aboveMb: number;
	/** The slowest `/server/ping` during the request (ms); a ping still open at the end counts until then. Null without a URL. */
	slowestPingMs: number | null;
	/** Whether the process still runs afterwards. */
	alive: boolean;
	result: T;
}

export function rssMb(pid: number | undefined): number {
	if (pid === undefined) return Number.NaN;
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : Number.NaN;
	} catch {
		return Number.NaN;
	}
}

function isAlive(pid: number | undefined): boolean {
	if (pid === undefined) return false;
	try {
		process.kill(pid, 0);
		return !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
	} catch {
		return false;
	}
}

export async function watchServer<T>(pid: number | undefined, work: () => Promise<T>, pingUrl?: string): Promise<Watched<T>> {
	const before = rssMb(pid);
	let peak = before;
	const sample = () => {
		const now = rssMb(pid);
		if (!Number.isNaN(now)) peak = Math.max(peak, now);
	};
	const timer = setInterval(sample, 10);
	let done = false;
	let slowest = 0;
	let open: number | null = null;
	// One ping at a time, 50 ms apart: a server that does not answer shows as one long ping.
	const pinging = (async () => {
		if (!pingUrl) return;
		while (!done) {
			open = performance.now();
			try {
				await fetch(`${pingUrl}/server/ping`, { signal: AbortSignal.timeout(120_000) }).then((r) => r.text());
			} catch {
				// refused or timed out: the time until then counts
			}
			slowest = Math.max(slowest, performance.now() - open);
			open = null;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	})();
	const start = performance.now();
	try {
		const result = await work();
		const ms = performance.now() - start;
		sample();
		done = true;
		if (open !== null) slowest = Math.max(slowest, performance.now() - open);
		const slowestPingMs = pingUrl ? slowest : null;
		void pinging;
		return { ms, peakMb: peak, aboveMb: peak - before, slowestPingMs, alive: isAlive(pid), result };
	} finally {
		done = true;
		clearInterval(timer);
	}
}
