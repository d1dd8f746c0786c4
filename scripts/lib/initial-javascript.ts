/**
 * What a visitor's browser downloads as JavaScript before the first route renders: the module
 * scripts and module preloads that the built index.html names. Chunks loaded later with
 * import() (the other routes, the chart library) are not part of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJavaScript {
	files: string[];
	rawBytes: number;
	gzipBytes: number;
	/** The lazily loaded ApexCharts chunk, for comparison. */
	chartLibraryGzipBytes: number;
}

export function measureInitialJavaScript(outDir: string): InitialJavaScript {
	const html = readFileSync(join(outDir, 'index.html'), 'utf8');
	const references = [
		...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
	].map((match) => match[1]!);
	const files = [...new Set(references)];
	if (files.length === 0) throw new Error(`${outDir}/index.html lädt kein JavaScript; ist das ein Build der App?`);
	const contents = files.map((file) => readFileSync(join(outDir, file.replace(/^\//, ''))));
	const chartChunks = readdirSync(join(outDir, 'assets')).filter((file) => /^apexcharts.*\.js$/.test(file));
	return {
		files,
		rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
		gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
		chartLibraryGzipBytes: chartChunks.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, 'assets', file)), { level: 9 }).length, 0),
	};
}
