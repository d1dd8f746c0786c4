/**
 * The dashboard app as a reader gets it: a production build for given Directus URLs in a
 * temporary folder, served by Vite's preview server (with the SPA fallback). Used by the
 * end-to-end tests and by `npm run bench:dashboard`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { PROJECT_ROOT } from './directus-process';
import { freePort } from './free-port';

const FRONTEND = join(PROJECT_ROOT, 'frontend');
const CONFIG_FILE = join(FRONTEND, 'vite.config.ts');

export interface ServedApp {
	url: string;
	/** The build's folder (index.html and assets/). */
	outDir: string;
	stop(): Promise<void>;
}

export async function buildAndServeApp(directusUrls: string[]): Promise<ServedApp> {
	const outDir = mkdtempSync(join(tmpdir(), 'cockpit-app-'));
	// The app reads its instance list from VITE_DIRECTUS_URLS at build time.
	const previous = process.env['VITE_DIRECTUS_URLS'];
	process.env['VITE_DIRECTUS_URLS'] = directusUrls.join(',');
	try {
		await build({ root: FRONTEND, configFile: CONFIG_FILE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
	} catch (error) {
		rmSync(outDir, { recursive: true, force: true });
		throw error;
	} finally {
		if (previous === undefined) delete process.env['VITE_DIRECTUS_URLS'];
		else process.env['VITE_DIRECTUS_URLS'] = previous;
	}
	const port = await freePort();
	const server = await preview({
		root: FRONTEND,
		configFile: CONFIG_FILE,
		logLevel: 'warn',
		build: { outDir },
		preview: { port, strictPort: true, host: '127.0.0.1', open: false },
	});
	return {
		url: `http://127.0.0.1:${port}`,
		outDir,
		stop: async () => {
			await server.close();
			rmSync(outDir, { recursive: true, force: true });
		},
	};
}

/**
 * The flags this machine's headless Chromium needs (no sandbox in containers, no GPU, no phoning
 * home), and no 3D: the Studio's login page draws an animated WebGL background, which software
 * rendering turns into up to a minute of blocked main thread per login on a busy machine.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-3d-apis', '--disable-background-networking'];
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
