import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { dashboardRequests } from '../api/dashboard-api';
import { errorMessage } from '../api/directus-client';
import { de } from '../i18n/de';
import { dashboardToCompareResponse, mergeCompareResponses, type CompareView, type InstanceComparePart } from '../lib/compare-merge';
import { districtKey, groupByInstance, type DistrictRef } from '../lib/district-ref';
import { fill } from '../lib/format';
import { useAuthStore } from './auth';
import { useDistrictsStore } from './districts';
import { useInstancesStore } from './instances';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 5;

/**
 * The side-by-side comparison. Districts may come from different instances: each instance is
 * asked for its own districts (the compare endpoint for two or more, the district endpoint for
 * a single one) and the answers are merged here.
 */
export const useCompareStore = defineStore('compare', () => {
	const instances = useInstancesStore();
	const auth = useAuthStore();
	const districts = useDistrictsStore();

	/** The compared districts in the reader's order. */
	const selection = ref<DistrictRef[]>([]);
	/** The merged comparison of the selection; null before the first load. */
	const view = ref<CompareView | null>(null);
	/** True while instances are being asked. */
	const loading = ref(false);
	/** German messages of instances that failed; the others are still compared. */
	const errors = ref<string[]>([]);

	let generation = 0;

	async function askInstance(url: string, ids: string[]): Promise<InstanceComparePart> {
		if (ids.length >= MIN_COMPARED) return { instance: url, label: instances.labelOf(url), response: await auth.request(url, dashboardRequests.compare(ids)) };
		const dashboard = await districts.loadDashboard({ instance: url, id: ids[0]! });
		if (!dashboard) throw new Error(districts.dashboardErrors[districtKey({ instance: url, id: ids[0]! })]?.message ?? de.common.unknownError);
		return { instance: url, label: instances.labelOf(url), response: dashboardToCompareResponse(dashboard) };
	}

	/** Compares the given districts; a newer call supersedes a running one. */
	async function load(refs: DistrictRef[]): Promise<void> {
		const current = ++generation;
		selection.value = refs;
		loading.value = true;
		const groups = [...groupByInstance(refs)];
		const results = await Promise.allSettled(groups.map(([url, ids]) => askInstance(url, ids)));
		if (current !== generation) return;
		const parts: InstanceComparePart[] = [];
		const failures: string[] = [];
		results.forEach((result, index) => {
			if (result.status === 'fulfilled') parts.push(result.value);
			else {
				const url = groups[index]![0];
				failures.push(fill(de.common.instanceError, { label: instances.labelOf(url), message: errorMessage(result.reason) }));
			}
		});
		view.value = mergeCompareResponses(parts, refs);
		errors.value = failures;
		loading.value = false;
	}

	function reset(): void {
		generation++;
		view.value = null;
		errors.value = [];
		loading.value = false;
	}

	watch(() => auth.sessions, reset, { deep: true });

	return { selection, view, loading, errors, load, reset };
});
