import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { useInstancesStore } from '../stores/instances';

/** Two addresses of the local Directus that store tests use as two districts' own instances. */
export const INSTANCE_A = 'http://127.0.0.1:8055';
export const INSTANCE_B = 'http://localhost:8055';

/**
 * A fresh Pinia with the app configured for the given Directus instances (as VITE_DIRECTUS_URLS
 * would), no stored logins, and the store under test. Tests undo the env stub with vi.unstubAllEnvs().
 */
export async function withInstances<T>(urls: string[], useStore: () => T): Promise<T> {
	sessionStorage.clear();
	setActivePinia(createPinia());
	vi.stubEnv('VITE_DIRECTUS_URLS', urls.join(','));
	await useInstancesStore().load();
	return useStore();
}
