import type { DistrictCard, DistrictDashboard } from '@cockpit/shared';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { dashboardRequests } from '../api/dashboard-api';
import { errorMessage, errorStatus } from '../api/directus-client';
import { districtKey, resolveRouteId, routeIdOf, type DistrictRef } from '../lib/district-ref';
import { useAuthStore } from './auth';
import { useInstancesStore } from './instances';

/** A district card with the instance it comes from. */
export interface CardEntry {
	key: string;
	ref: DistrictRef;
	instanceLabel: string;
	card: DistrictCard;
}

export interface LoadError {
	status: number | null;
	message: string;
}

/** "Landkreis Friesland" sorts under F, as readers look for it. */
const sortName = (entry: CardEntry) => entry.card.district.name.replace(/^(Land)?[Kk]reis\s+/, '');

/**
 * The districts of all configured instances: their cards for `/` and the pickers, and each
 * district's dashboard, fetched once and kept by district key (instance URL + id).
 */
export const useDistrictsStore = defineStore('districts', () => {
	const instances = useInstancesStore();
	const auth = useAuthStore();

	/** Cards of every instance that answered, sorted by district name. */
	const cards = ref<CardEntry[]>([]);
	/** Per instance URL, why it gave no cards; the other instances still show theirs. */
	const cardErrors = ref<Record<string, string>>({});
	/** True while the cards are being fetched. */
	const cardsLoading = ref(false);
	/** True once every instance has answered (or failed) at least once. */
	const cardsLoaded = ref(false);
	/** Dashboards fetched so far, by district key. */
	const dashboards = ref<Record<string, DistrictDashboard>>({});
	/** District keys whose dashboard is being fetched. */
	const dashboardLoading = ref<Record<string, boolean>>({});
	/** Per district key, why its dashboard could not be fetched (status 404: not found or not published). */
	const dashboardErrors = ref<Record<string, LoadError>>({});

	/** Every district listed, for resolving URL ids and telling ambiguous ones apart. */
	const knownRefs = computed(() => cards.value.map((entry) => entry.ref));

	// Running requests, each with a token: after a reset (login, logout) a late answer of an
	// older request finds its token replaced and is dropped instead of overwriting newer state.
	let cardsRequest: { token: symbol; promise: Promise<void> } | null = null;
	const runningDashboards = new Map<string, { token: symbol; promise: Promise<DistrictDashboard | null> }>();

	/** Fetches the cards of all instances in parallel; one failing instance does not hide the others. */
	function loadCards(force = false): Promise<void> {
		if (cardsRequest && !force) return cardsRequest.promise;
		const token = Symbol('cards');
		const promise = (async () => {
			cardsLoading.value = true;
			const results = await Promise.allSettled(instances.urls.map((url) => auth.request(url, dashboardRequests.districts())));
			// A newer request (after a login, say) owns the state now.
			if (token !== cardsRequest?.token) return;
			const next: CardEntry[] = [];
			const errors: Record<string, string> = {};
			results.forEach((result, index) => {
				const url = instances.urls[index]!;
				if (result.status === 'rejected') errors[url] = errorMessage(result.reason);
				else for (const card of result.value) next.push({ key: districtKey({ instance: url, id: card.district.id }), ref: { instance: url, id: card.district.id }, instanceLabel: instances.labelOf(url), card });
			});
			cards.value = next.sort((a, b) => sortName(a).localeCompare(sortName(b), 'de') || a.instanceLabel.localeCompare(b.instanceLabel, 'de'));
			cardErrors.value = errors;
			cardsLoading.value = false;
			cardsLoaded.value = true;
		})();
		cardsRequest = { token, promise };
		return promise;
	}

	/** Fetches one dashboard unless it is already there; null when it failed (see dashboardErrors). */
	function loadDashboard(ref: DistrictRef, force = false): Promise<DistrictDashboard | null> {
		const key = districtKey(ref);
		const cached = dashboards.value[key];
		if (cached && !force) return Promise.resolve(cached);
		const running = runningDashboards.get(key);
		if (running && !force) return running.promise;
		const token = Symbol(key);
		const current = () => runningDashboards.get(key)?.token === token;
		const promise = (async () => {
			dashboardLoading.value = { ...dashboardLoading.value, [key]: true };
			const { [key]: _previous, ...otherErrors } = dashboardErrors.value;
			dashboardErrors.value = otherErrors;
			try {
				const dashboard = await auth.request(ref.instance, dashboardRequests.district(ref.id));
				if (current()) dashboards.value = { ...dashboards.value, [key]: dashboard };
				return dashboard;
			} catch (error) {
				if (current()) dashboardErrors.value = { ...dashboardErrors.value, [key]: { status: errorStatus(error), message: errorMessage(error) } };
				return null;
			} finally {
				if (current()) {
					dashboardLoading.value = { ...dashboardLoading.value, [key]: false };
					runningDashboards.delete(key);
				}
			}
		})();
		runningDashboards.set(key, { token, promise });
		return promise;
	}

	/** The URL id of a district: plain while unambiguous, "id@host" otherwise. */
	function routeId(ref: DistrictRef): string {
		return routeIdOf(ref, knownRefs.value);
	}

	/**
	 * Resolves a URL id; with several instances a plain id needs the cards to know which
	 * instance holds it, so they are fetched first.
	 */
	async function resolve(id: string): Promise<DistrictRef | null> {
		const direct = resolveRouteId(id, instances.urls, knownRefs.value);
		if (direct || instances.urls.length <= 1) return direct;
		await loadCards();
		return resolveRouteId(id, instances.urls, knownRefs.value);
	}

	/** Forgets everything fetched: a login or logout changes what the reader may see. */
	function reset(): void {
		cardsRequest = null;
		runningDashboards.clear();
		cards.value = [];
		cardErrors.value = {};
		cardsLoaded.value = false;
		cardsLoading.value = false;
		dashboards.value = {};
		dashboardLoading.value = {};
		dashboardErrors.value = {};
	}

	watch(() => auth.sessions, reset, { deep: true });

	return { cards, cardErrors, cardsLoading, cardsLoaded, dashboards, dashboardLoading, dashboardErrors, knownRefs, loadCards, loadDashboard, routeId, resolve, reset };
});
