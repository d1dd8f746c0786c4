// rate-limiter-flexible and ioredis are Directus' own dependencies (same versions, declared in
// package.json): they stay outside the bundle and resolve from node_modules at run time, so the
// guard uses the very libraries Directus' own limiter uses instead of a second bundled copy.
const RUNTIME_DEPENDENCIES = new Set(['rate-limiter-flexible', 'ioredis']);

export default {
	plugins: [
		{
			name: 'cockpit-guard-externals',
			resolveId: (id) => (RUNTIME_DEPENDENCIES.has(id) ? { id, external: true } : null),
		},
	],
};
