/** Small helpers the benchmarks share: timing a step and summarising its runs. */

export async function timed(work: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await work();
	return performance.now() - start;
}

/** Median and 95th percentile (nearest rank) of the measured milliseconds. */
export function stats(values: number[]): { median: number; p95: number } {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
	return { median: at(0.5), p95: at(0.95) };
}

export function databaseLabel(database: string): string {
	return database === 'pg' ? 'PostgreSQL' : 'SQLite';
}
