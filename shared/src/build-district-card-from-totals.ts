import { buildDistrictReports } from './build-district-reports';
import { buildStatusMetrics } from './build-status-metrics';
import type { DistrictRow, SnapshotRow } from './dashboard-rows';
import type { DistrictCard } from './dashboard-types';
import { pickLatestSnapshots } from './pick-latest-snapshots';
import { toDistrictHeader } from './to-district-header';
import { summarizeMeasureTotals, type MeasureTotals } from './summarize-measure-totals';

/** One district's items counted per kind, as SQL aggregates return them. */
export interface DistrictTotals {
	/** Per status, with how many of them carry a score or a class. */
	measures: readonly (MeasureTotals & { scoreCount: number; classCount: number })[];
	goals: number;
	kpis: number;
	/** All of the district's project-field snapshots (few districts have any, and only the latest count). */
	snapshots: readonly SnapshotRow[];
	latestReportDate: string | null;
}

/**
 * A district's card on the start page from counts instead of rows, so that listing hundreds
 * of districts reads a few aggregate rows per district. Gives the same card as
 * buildDistrictCard(dashboard) from the district's rows.
 */
export function buildDistrictCardFromTotals(district: DistrictRow, totals: DistrictTotals): DistrictCard {
	const measures = summarizeMeasureTotals(totals.measures);
	const snapshots = pickLatestSnapshots(totals.snapshots);
	const sum = (pick: (row: DistrictTotals['measures'][number]) => number) => totals.measures.reduce((total, row) => total + pick(row), 0);
	return {
		district: toDistrictHeader(district),
		reports: buildDistrictReports({
			measures: measures.total,
			measuresWithScore: sum((row) => row.scoreCount),
			measuresWithClass: sum((row) => row.classCount),
			measuresWithProgress: measures.progressCoverage.withValue,
			goals: totals.goals,
			kpis: totals.kpis,
			snapshots: snapshots.length,
		}),
		status: buildStatusMetrics({ measures, snapshots }),
		meanProgress: measures.meanProgress,
		latestReportDate: totals.latestReportDate,
	};
}
