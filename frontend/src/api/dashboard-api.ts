import { customEndpoint } from '@directus/sdk';
import type { CompareResponse, DistrictCard, DistrictDashboard } from '@cockpit/shared';

/**
 * The requests of the dashboard endpoint extension (types fixed in @cockpit/shared). The SDK
 * unwraps `{ data }`, so each command yields the payload itself.
 */
export const dashboardRequests = {
	districts: () => customEndpoint<DistrictCard[]>({ path: '/dashboard/districts', method: 'GET' }),
	district: (id: string) => customEndpoint<DistrictDashboard>({ path: `/dashboard/districts/${encodeURIComponent(id)}`, method: 'GET' }),
	/** The SDK hands back the raw response for a non-JSON answer; the caller reads it as a file. */
	reportDocx: (reportId: string) => customEndpoint<Response>({ path: `/reports/${encodeURIComponent(reportId)}.docx`, method: 'GET' }),
	compare: (ids: readonly string[]) => customEndpoint<CompareResponse>({ path: '/dashboard/compare', method: 'GET', params: { districts: ids.join(',') } }),
};
