import { describe, expect, it } from 'vitest';
import { buildDistrictCard } from './build-district-card';
import { buildDistrictCardFromTotals } from './build-district-card-from-totals';
import { buildDistrictDashboards } from './build-district-dashboards';
import { districtRow, measureRow as measure, noRows, snapshotRow as snapshot } from './testing';

describe('buildDistrictCardFromTotals', () => {
	it('gives the same card from counts per status as the dashboard gives from the measure rows', () => {
		const friesland = districtRow({ id: 'friesland', name: 'Landkreis Friesland' });
		// 12.35 and 10 average to 11.175: the half must round up from totals and from rows alike.
		const measures = [
			measure({ id: 'a', district: 'friesland', code: '1', title: 'DMS', theme: 'e-akte-dms', status: 'in_progress', progress_percent: 12.35, priority_class: '1' }),
			measure({ id: 'b', district: 'friesland', code: '2', title: 'Portal', theme: 'online-dienste-ozg', status: 'in_progress', progress_percent: 10 }),
			measure({ id: 'c', district: 'friesland', code: '3', title: 'Schulung', theme: 'qualifizierung', status: 'completed', priority_score: 2.5 }),
		];
		const [dashboard] = buildDistrictDashboards({
			...noRows(),
			districts: [friesland],
			measures,
			statusReports: [{ id: 'r', district: 'friesland', title: 'Bericht', report_date: '2022-08-01', report_date_label: null, document_ref: null, body: null, state: 'closed', committee: null, meeting_date: null, document_url: null, consultations: [] }],
		});
		const card = buildDistrictCardFromTotals(friesland, {
			measures: [
				{ status: 'in_progress', count: 2, progressCount: 2, progressHundredths: 2235, scoreCount: 0, classCount: 1 },
				{ status: 'completed', count: 1, progressCount: 0, progressHundredths: 0, scoreCount: 1, classCount: 0 },
			],
			goals: 0,
			kpis: 0,
			snapshots: [],
			latestReportDate: '2022-08-01',
		});
		expect({ card, meanProgress: card.meanProgress }).toEqual({ card: buildDistrictCard(dashboard!), meanProgress: 11.18 });
	});

	it('counts only the latest snapshot of each project field, like the dashboard', () => {
		const unna = districtRow({ id: 'unna', name: 'Kreis Unna' });
		const snapshots = [
			snapshot({ id: 's1', district: 'unna', action_field: 'kunden', date: '2021-01-01', total_count: 20, completed_count: 5, in_progress_count: 15 }),
			snapshot({ id: 's2', district: 'unna', action_field: 'kunden', date: '2022-01-01', total_count: 25, completed_count: 15, in_progress_count: 5 }),
		];
		const [dashboard] = buildDistrictDashboards({ ...noRows(), districts: [unna], snapshots });
		expect(buildDistrictCardFromTotals(unna, { measures: [], goals: 0, kpis: 0, snapshots, latestReportDate: null })).toEqual(buildDistrictCard(dashboard!));
	});
});
