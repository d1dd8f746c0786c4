import type { ActionFieldView, MeasureView } from '@cockpit/shared';
import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { EMPTY_FILTER, filterMeasures, filterOptions, type FilterOptions, type MeasureFilter } from '../lib/measure-filters';

export interface UseMeasureFilters {
	/** The current filter; bound to the filter bar. */
	filter: Ref<MeasureFilter>;
	/** The measures passing the filter. */
	filtered: ComputedRef<MeasureView[]>;
	/** The values offered per filter, with counts. */
	options: ComputedRef<FilterOptions>;
	/** True while any filter is set. */
	active: ComputedRef<boolean>;
	reset: () => void;
}

/** Filters a district's measures by status, field of action, theme and whether they are overdue. */
export function useMeasureFilters(measures: Readonly<Ref<readonly MeasureView[]>>, actionFields: Readonly<Ref<readonly ActionFieldView[]>>): UseMeasureFilters {
	const filter = ref<MeasureFilter>({ ...EMPTY_FILTER });
	const filtered = computed(() => filterMeasures(measures.value, filter.value, actionFields.value));
	const options = computed(() => filterOptions(measures.value, actionFields.value));
	const active = computed(() => Boolean(filter.value.status || filter.value.actionField || filter.value.theme || filter.value.overdue));
	const reset = () => {
		filter.value = { ...EMPTY_FILTER };
	};
	return { filter, filtered, options, active, reset };
}
