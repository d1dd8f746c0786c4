import { useApi } from '@directus/extensions-sdk';
import { computed, onMounted, ref, watch } from 'vue';

const STORAGE_KEY = 'cockpit-workspace-district';

/**
 * The district a workspace view works on: the districts to choose from and the choice, which
 * every view of the workspace remembers (localStorage), so a clerk picks the district once.
 * `onChosen` runs for the remembered choice once the list is loaded, and for each new choice.
 */
export function useDistrictChoice(onChosen: (district: string | null) => void | Promise<void> = () => {}) {
	const api = useApi();
	const districts = ref<{ id: string; name: string }[]>([]);
	const district = ref<string | null>(localStorage.getItem(STORAGE_KEY));
	const districtItems = computed(() => districts.value.map((d) => ({ value: d.id, text: d.name })));

	onMounted(async () => {
		const { data } = await api.get('/items/districts', { params: { fields: ['id', 'name'], sort: ['name'], limit: -1 } });
		districts.value = data.data;
		// A remembered district may have been deleted since.
		if (district.value && !districts.value.some((d) => d.id === district.value)) district.value = null;
		if (district.value) await onChosen(district.value);
	});
	watch(district, async (id) => {
		if (id) localStorage.setItem(STORAGE_KEY, id);
		await onChosen(id);
	});

	return { districts, district, districtItems };
}
