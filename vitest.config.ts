import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs pure tests beside the code; `integration` starts a real Directus
 * (see test/setup/) and is slower, so it runs one file at a time against one shared instance.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['shared/src/**/*.test.ts', 'seed/**/*.test.ts', 'scripts/**/*.test.ts', 'extensions/*/src/**/*.test.ts', 'frontend/src/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'integration',
					include: ['test/**/*.test.ts'],
					globalSetup: ['test/setup/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
					fileParallelism: false,
				},
			},
		],
	},
});
