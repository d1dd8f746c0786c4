import { MEASURE_STATUSES, MEASURE_STATUS_LABELS, NOT_STATED_LABEL, THEMES, type ActionFieldView, type MeasureStatus, type MeasureView } from '@cockpit/shared';
import { compareCodes } from './format';

/** The status filter's value for measures whose document gives no status. */
export const UNSPECIFIED_STATUS = 'unspecified';

/** An empty string means "all"; `overdue` keeps only measures past their planned date. */
export interface MeasureFilter {
	status: MeasureStatus | typeof UNSPECIFIED_STATUS | '';
	actionField: string;
	theme: string;
	overdue: boolean;
}

export const EMPTY_FILTER: MeasureFilter = { status: '', actionField: '', theme: '', overdue: false };

export interface FilterOption {
	value: string;
	label: string;
	count: number;
}

/** A measure matches a field filter when it sits in that field or in any field below it. */
function fieldLineage(fieldId: string | null, fields: ReadonlyMap<string, ActionFieldView>): Set<string> {
	const lineage = new Set<string>();
	let current = fieldId ? fields.get(fieldId) : undefined;
	if (fieldId) lineage.add(fieldId);
	// The guard stops a malformed parent cycle from looping forever.
	while (current?.parent && !lineage.has(current.parent)) {
		lineage.add(current.parent);
		current = fields.get(current.parent);
	}
	return lineage;
}

export function filterMeasures(measures: readonly MeasureView[], filter: MeasureFilter, actionFields: readonly ActionFieldView[]): MeasureView[] {
	const fields = new Map(actionFields.map((field) => [field.id, field]));
	return measures.filter(
		(measure) =>
			(!filter.status || (filter.status === UNSPECIFIED_STATUS ? measure.status === null : measure.status === filter.status)) &&
			(!filter.overdue || measure.overdue) &&
			(!filter.theme || measure.theme === filter.theme) &&
			(!filter.actionField || fieldLineage(measure.action_field, fields).has(filter.actionField)),
	);
}

const themeNames = new Map<string, string>(THEMES.map((theme) => [theme.id, theme.name]));
export function themeName(id: string, known: readonly { id: string; name: string }[] = []): string {
	return known.find((theme) => theme.id === id)?.name ?? themeNames.get(id) ?? id;
}

export interface FilterOptions {
	statuses: FilterOption[];
	fields: FilterOption[];
	themes: FilterOption[];
	/** How many measures are overdue; the "überfällig" choice is offered only when some are. */
	overdue: number;
}

/** The choices offered in the filter bar: only values that occur, each with its count. */
export function filterOptions(measures: readonly MeasureView[], actionFields: readonly ActionFieldView[]): FilterOptions {
	const count = <T>(values: T[]) => values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map<T, number>());
	const statusCounts = count(measures.map((m) => m.status));
	const themeCounts = count(measures.map((m) => m.theme));
	const fields = new Map(actionFields.map((field) => [field.id, field]));
	const fieldCounts = count(measures.flatMap((m) => [...fieldLineage(m.action_field, fields)]));

	return {
		statuses: [
			...MEASURE_STATUSES.filter((s) => statusCounts.has(s)).map((s) => ({ value: s, label: MEASURE_STATUS_LABELS[s], count: statusCounts.get(s)! })),
			// "nicht angegeben" is a choice of its own, so the measures without status can be found.
			...(statusCounts.has(null) ? [{ value: UNSPECIFIED_STATUS, label: NOT_STATED_LABEL, count: statusCounts.get(null)! }] : []),
		],
		fields: [...actionFields]
			.filter((field) => fieldCounts.has(field.id))
			.sort((a, b) => compareCodes(a.code, b.code))
			.map((field) => ({ value: field.id, label: field.code ? `${field.code} ${field.title}` : field.title, count: fieldCounts.get(field.id)! })),
		themes: [...themeCounts]
			.map(([id, n]) => ({ value: id, label: themeName(id), count: n }))
			.sort((a, b) => a.label.localeCompare(b.label, 'de')),
		overdue: measures.filter((m) => m.overdue).length,
	};
}
