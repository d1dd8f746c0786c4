import type { DistrictCard, DistrictDashboard } from './dashboard-types';

/** The few figures a district's card on the start page shows, taken from its dashboard. */
export function buildDistrictCard(dashboard: DistrictDashboard): DistrictCard {
	return {
		district: dashboard.district,
		reports: dashboard.reports,
		status: dashboard.status,
		meanProgress: dashboard.meanProgress,
		latestReportDate: dashboard.latestReportDate,
	};
}
