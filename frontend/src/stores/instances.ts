import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ConfigError, parseInstanceConfig, parseInstanceUrls, type InstanceConfig } from '../config/parse-instances';

/**
 * The Directus instances the app reads, loaded once at startup: VITE_DIRECTUS_URLS when the
 * build or dev server sets it, else public/config.json, so one build can be deployed anywhere.
 */
export const useInstancesStore = defineStore('instances', () => {
	/** The configured instances, in configuration order. */
	const instances = ref<InstanceConfig[]>([]);
	/** 'ready' once the configuration is known; pages wait for it. */
	const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
	/** Why the configuration could not be loaded, in German. */
	const error = ref<string | null>(null);

	/** Their base URLs, the first half of every district key. */
	const urls = computed(() => instances.value.map((instance) => instance.url));
	/** Labels matter only where districts of several instances meet. */
	const multiple = computed(() => instances.value.length > 1);

	let loading: Promise<void> | null = null;

	async function readConfiguration(): Promise<InstanceConfig[]> {
		const fromEnv = parseInstanceUrls(import.meta.env.VITE_DIRECTUS_URLS as string | undefined);
		if (fromEnv) return fromEnv;
		const response = await fetch(`${import.meta.env.BASE_URL ?? '/'}config.json`, { cache: 'no-cache' });
		if (!response.ok) throw new ConfigError(`config.json antwortet mit HTTP ${response.status}.`);
		return parseInstanceConfig(await response.json());
	}

	/** Loads the configuration; later calls share the first load. */
	function load(): Promise<void> {
		loading ??= (async () => {
			state.value = 'loading';
			try {
				instances.value = await readConfiguration();
				state.value = 'ready';
			} catch (cause) {
				error.value = cause instanceof Error ? cause.message : String(cause);
				state.value = 'error';
			}
		})();
		return loading;
	}

	function labelOf(url: string): string {
		return instances.value.find((instance) => instance.url === url)?.label ?? url;
	}

	return { instances, state, error, urls, multiple, load, labelOf };
});
