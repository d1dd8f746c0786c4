import { buildCompare, THEMES, type CompareResponse, type DistrictDashboard } from '@cockpit/shared';
import { districtKey, type DistrictRef } from './district-ref';

export type CompareRow = CompareResponse['districts'][number];

/** A compared district with where it comes from. */
export interface CompareRowView extends CompareRow {
	key: string;
	ref: DistrictRef;
	instanceLabel: string;
}

/** Districts of one or more instances side by side, over the union of their themes. */
export interface CompareView {
	themes: { id: string; name: string }[];
	rows: CompareRowView[];
}

/** What one instance answered for the districts asked of it. */
export interface InstanceComparePart {
	instance: string;
	label: string;
	response: CompareResponse;
}

/**
 * The compare endpoint needs at least two districts of its instance; a single district of an
 * instance comes from its dashboard instead, shaped by the endpoint's own builder, so merging
 * needs one code path.
 */
export function dashboardToCompareResponse(dashboard: DistrictDashboard): CompareResponse {
	return buildCompare(dashboard.themes.map((metrics) => metrics.theme), [dashboard]);
}

const catalogueOrder = new Map<string, number>(THEMES.map((theme, index) => [theme.id, index]));

/**
 * Merges the answers of several instances into one comparison: rows in the order the reader
 * chose, themes in catalogue order, and `null` (nothing reported) for every theme a district's
 * instance did not list, so the view never has to guess between "absent" and 0.
 */
export function mergeCompareResponses(parts: readonly InstanceComparePart[], order: readonly DistrictRef[]): CompareView {
	const themes = new Map<string, { id: string; name: string }>();
	for (const part of parts) for (const theme of part.response.themes) if (!themes.has(theme.id)) themes.set(theme.id, theme);
	const themeList = [...themes.values()].sort(
		(a, b) => (catalogueOrder.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (catalogueOrder.get(b.id) ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, 'de'),
	);

	const rows: CompareRowView[] = [];
	for (const ref of order) {
		const part = parts.find((candidate) => candidate.instance === ref.instance);
		const row = part?.response.districts.find((candidate) => candidate.district.id === ref.id);
		if (!part || !row) continue;
		rows.push({
			...row,
			byTheme: Object.fromEntries(themeList.map((theme) => [theme.id, row.byTheme[theme.id] ?? null])),
			key: districtKey(ref),
			ref,
			instanceLabel: part.label,
		});
	}
	return { themes: themeList, rows };
}
