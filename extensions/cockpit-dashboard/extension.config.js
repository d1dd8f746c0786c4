// Directus' own cache module stays outside the bundle: imported at run time from node_modules,
// it is the very instance Directus uses, with the store CACHE_STORE configures (a bundled
// copy would open a second, empty one).
const RUNTIME_DEPENDENCIES = new Set(['@directus/api/cache']);

export default {
	plugins: [
		{
			name: 'cockpit-dashboard-externals',
			resolveId: (id) => (RUNTIME_DEPENDENCIES.has(id) ? { id, external: true } : null),
		},
	],
};
