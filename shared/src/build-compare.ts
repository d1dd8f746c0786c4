import type { DistrictSummary } from './build-district-dashboards';
import type { ThemeRow } from './dashboard-rows';
import type { CompareResponse } from './dashboard-types';

/**
 * Several districts side by side on every theme of the shared catalogue, in its order. A
 * theme a district has nothing on is null, so the table shows a gap rather than a zero.
 * Takes each district's summary (buildDistrictSummaries), or its whole dashboard.
 */
export function buildCompare(themes: readonly ThemeRow[], dashboards: readonly DistrictSummary[]): CompareResponse {
	return {
		themes: themes.map(({ id, name }) => ({ id, name })),
		districts: dashboards.map((dashboard) => {
			const metricsOf = new Map(dashboard.themes.map((metrics) => [metrics.theme.id, metrics]));
			return {
				district: dashboard.district,
				reports: dashboard.reports,
				status: dashboard.status,
				meanProgress: dashboard.meanProgress,
				meanAttainment: dashboard.goals?.meanAttainment ?? null,
				byTheme: Object.fromEntries(themes.map((theme) => [theme.id, metricsOf.get(theme.id) ?? null])),
			};
		}),
	};
}
