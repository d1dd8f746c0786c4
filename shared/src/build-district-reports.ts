import type { DistrictReports } from './dashboard-types';

/** How many items of each kind a district has; the start page's cards count them in SQL. */
export interface DistrictItemCounts {
	measures: number;
	measuresWithScore: number;
	measuresWithClass: number;
	measuresWithProgress: number;
	goals: number;
	kpis: number;
	/** Latest snapshots, one per project field. */
	snapshots: number;
}

/**
 * What a district's data holds at all, so the app shows only the panels that have content;
 * from the items themselves or from their counts.
 */
export function buildDistrictReports(
	items:
		| {
				measures: readonly { priority_score: number | null; priority_class: string | null; progress_percent: number | null }[];
				goals: readonly unknown[];
				kpis: readonly unknown[];
				snapshots: readonly unknown[];
		  }
		| DistrictItemCounts,
): DistrictReports {
	const counts = 'measuresWithScore' in items ? items : countItems(items);
	return {
		measures: counts.measures > 0,
		statusCounts: counts.measures > 0 || counts.snapshots > 0,
		priorityScores: counts.measuresWithScore > 0,
		priorityClasses: counts.measuresWithClass > 0,
		progress: counts.measuresWithProgress > 0,
		annualGoals: counts.goals > 0,
		kpis: counts.kpis > 0,
		fieldSnapshots: counts.snapshots > 0,
	};
}

function countItems(items: {
	measures: readonly { priority_score: number | null; priority_class: string | null; progress_percent: number | null }[];
	goals: readonly unknown[];
	kpis: readonly unknown[];
	snapshots: readonly unknown[];
}): DistrictItemCounts {
	const { measures } = items;
	return {
		measures: measures.length,
		measuresWithScore: measures.filter((m) => m.priority_score !== null).length,
		measuresWithClass: measures.filter((m) => m.priority_class !== null).length,
		measuresWithProgress: measures.filter((m) => m.progress_percent !== null).length,
		goals: items.goals.length,
		kpis: items.kpis.length,
		snapshots: items.snapshots.length,
	};
}
