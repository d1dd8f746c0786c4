/**
 * `npm run build:server`: scripts/start.ts as one plain JavaScript file (build/start.mjs), so
 * the production image starts without tsx and TypeScript, which are development tools. The
 * schema, roles and seed transcriptions are bundled in; the seed's JSON files are read at run
 * time from seed/data/ and ship beside it.
 *
 * Modules find files relative to their own location (`new URL('../../', import.meta.url)`).
 * In a bundle every module would see the bundle's location instead, so each module's
 * `import.meta.url` is rewritten to the URL its source file has, computed from the bundle's
 * own location at run time: the folders stay where they are in the project.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from './lib/directus-process';

const outfile = join(PROJECT_ROOT, 'build/start.mjs');
const outDir = dirname(outfile);

await build({
	entryPoints: [join(PROJECT_ROOT, 'scripts/start.ts')],
	outfile,
	bundle: true,
	platform: 'node',
	target: 'node22',
	format: 'esm',
	logLevel: 'warning',
	plugins: [
		{
			name: 'keep-module-location',
			setup(builder) {
				builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
					const source = await readFile(path, 'utf8');
					const fromBundle = relative(outDir, path).split('\\').join('/');
					return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
				});
			},
		},
	],
});
console.log(`Startskript gebaut: ${relative(PROJECT_ROOT, outfile)}`);
