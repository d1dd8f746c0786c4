/**
 * Builds each extension in extensions/ when its bundle is missing or older than its sources
 * or the shared domain package it bundles; a warm start skips the ~10 s build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './directus-process';

const EXTENSIONS_DIR = join(PROJECT_ROOT, 'extensions');
const SHARED_SRC = join(PROJECT_ROOT, 'shared/src');
const SDK_CLI = join(PROJECT_ROOT, 'node_modules/@directus/extensions-sdk/cli.js');

export async function buildExtensionsIfStale(log: (line: string) => void, force = false): Promise<void> {
	for (const name of readdirSync(EXTENSIONS_DIR)) {
		const dir = join(EXTENSIONS_DIR, name);
		if (!existsSync(join(dir, 'package.json'))) continue;
		// The production image ships built bundles without their sources: nothing to rebuild.
		if (!existsSync(join(dir, 'src'))) continue;
		const bundle = join(dir, 'dist/index.js');
		const sourcesChanged = newestMtime(join(dir, 'src'), newestMtime(SHARED_SRC, 0));
		if (!force && existsSync(bundle) && statSync(bundle).mtimeMs >= sourcesChanged) continue;
		log(`Baue Erweiterung ${name} …`);
		execFileSync(process.execPath, [SDK_CLI, 'build', '--no-minify'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
	}
}

function newestMtime(path: string, newest: number): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return Math.max(newest, stat.mtimeMs);
	return readdirSync(path).reduce((acc, entry) => newestMtime(join(path, entry), acc), newest);
}
