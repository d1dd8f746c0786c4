import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The dashboard app. '@cockpit/shared' resolves through the npm workspace, so no alias is needed.
 * VITE_DIRECTUS_URLS (comma-separated) overrides public/config.json at build or dev time.
 */
export default defineConfig({
	plugins: [vue()],
	define: {
		// Composition API only: dropping the legacy API and devtools hooks keeps the initial bundle small.
		__VUE_I18N_FULL_INSTALL__: false,
		__VUE_I18N_LEGACY_API__: false,
		__INTLIFY_PROD_DEVTOOLS__: false,
		__VUE_OPTIONS_API__: false,
		__VUE_PROD_DEVTOOLS__: false,
		__VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
	},
	build: {
		target: 'es2022',
		// The chart library is loaded on demand and is big by nature; warn only above that.
		chunkSizeWarningLimit: 700,
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
});
