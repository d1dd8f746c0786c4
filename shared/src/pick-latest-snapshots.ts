/**
 * The newest snapshot of each action field. A field may be reported at several dates; adding
 * them up would count the same projects twice, so only the latest state of a field counts.
 * Fields keep the order in which they first appear.
 */
export function pickLatestSnapshots<T extends { action_field: string; date: string }>(snapshots: readonly T[]): T[] {
	const latest = new Map<string, T>();
	for (const snapshot of snapshots) {
		const kept = latest.get(snapshot.action_field);
		// ISO dates compare correctly as strings.
		if (kept === undefined || snapshot.date > kept.date) latest.set(snapshot.action_field, snapshot);
	}
	return [...latest.values()];
}
