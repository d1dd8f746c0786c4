import type { DistrictDashboard } from '@cockpit/shared';
import { storeToRefs } from 'pinia';
import { computed, ref, watch, type ComputedRef, type Ref } from 'vue';
import { districtKey, type DistrictRef } from '../lib/district-ref';
import { useAuthStore } from '../stores/auth';
import { useDistrictsStore, type LoadError } from '../stores/districts';

export interface UseDistrictDashboard {
	/** The district the URL id points to; null while resolving or when unknown. */
	district: Ref<DistrictRef | null>;
	/** Its dashboard once loaded. */
	dashboard: ComputedRef<DistrictDashboard | null>;
	loading: ComputedRef<boolean>;
	/** Why it could not be shown (unknown id, 404, network). */
	error: ComputedRef<LoadError | null>;
	reload: () => void;
}

/**
 * The dashboard behind a `/kreis/:id` URL: resolves the id (plain or "id@host") to an instance,
 * loads the dashboard, and loads again after a login or logout.
 */
export function useDistrictDashboard(routeId: Readonly<Ref<string>>, notFoundMessage: (id: string) => string): UseDistrictDashboard {
	const districts = useDistrictsStore();
	const { dashboards, dashboardLoading, dashboardErrors } = storeToRefs(districts);
	const { sessions } = storeToRefs(useAuthStore());

	const district = ref<DistrictRef | null>(null);
	const resolving = ref(false);
	const unresolved = ref<string | null>(null);

	async function load(): Promise<void> {
		const id = routeId.value;
		resolving.value = true;
		unresolved.value = null;
		const resolved = await districts.resolve(id);
		if (id !== routeId.value) return;
		resolving.value = false;
		district.value = resolved;
		if (!resolved) {
			unresolved.value = id;
			return;
		}
		await districts.loadDashboard(resolved);
	}

	watch([routeId, sessions], () => void load(), { immediate: true, deep: true });

	const key = computed(() => (district.value ? districtKey(district.value) : null));
	return {
		district,
		dashboard: computed(() => (key.value ? (dashboards.value[key.value] ?? null) : null)),
		loading: computed(() => resolving.value || (key.value ? Boolean(dashboardLoading.value[key.value]) : false)),
		error: computed(() => (unresolved.value ? { status: 404, message: notFoundMessage(unresolved.value) } : key.value ? (dashboardErrors.value[key.value] ?? null) : null)),
		reload: () => {
			if (district.value) void districts.loadDashboard(district.value, true);
			else void load();
		},
	};
}
