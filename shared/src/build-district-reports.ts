import type { DistrictReports } from './dashboard-types';

/** What a district's data holds at all, so the app shows only the panels that have content. */
export function buildDistrictReports(items: {
	measures: readonly { priority_score: number | null; priority_class: string | null; progress_percent: number | null }[];
	goals: readonly unknown[];
	kpis: readonly unknown[];
	snapshots: readonly unknown[];
}): DistrictReports {
	const { measures, goals, kpis, snapshots } = items;
	return {
		measures: measures.length > 0,
		statusCounts: measures.length > 0 || snapshots.length > 0,
		priorityScores: measures.some((m) => m.priority_score !== null),
		priorityClasses: measures.some((m) => m.priority_class !== null),
		progress: measures.some((m) => m.progress_percent !== null),
		annualGoals: goals.length > 0,
		kpis: kpis.length > 0,
		fieldSnapshots: snapshots.length > 0,
	};
}
