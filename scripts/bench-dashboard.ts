/**
 * `npm run bench:dashboard`: how fast leadership sees the comparison of the five seed districts.
 *
 * 1. The compare endpoint (`/dashboard/compare`, logged in as Leitung) beside the way a
 *    browser would get the same figures without it: one plain `/items` request per collection
 *    (at most six at a time, as a browser opens per host) and the shared builders run on the
 *    client. Both results are checked to be equal before anything is timed.
 * 2. The app's initial JavaScript for `/`, gzipped (what index.html loads before any route).
 * 3. The time from navigation until `/vergleich` with the five districts has drawn all its
 *    charts, in headless Chromium with an empty cache per load.
 *
 * Runs against a temporary Directus with the seed, on SQLite and on PostgreSQL in one run
 * (PostgreSQL from DB_HOST/DB_PORT/DB_USER/DB_DATABASE, default 127.0.0.1:5432, test);
 * BENCH_DATABASES=sqlite3 skips PostgreSQL.
 */
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { buildCompare, buildDistrictDashboards, type CompareResponse } from '@cockpit/shared';
import { DEMO_USERS } from '../schema/roles';
import { databaseLabel as label, stats, timed } from './lib/bench-stats';
import { login } from './lib/directus-api';
import { measureInitialJavaScript } from './lib/initial-javascript';
import { readDashboardRowsViaItems } from './lib/read-rows-via-items';
import { buildAndServeApp, CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/serve-app';
import { startTemporaryInstance } from './lib/temporary-instance';

const DISTRICTS = ['friesland', 'rendsburg-eckernfoerde', 'viersen', 'paderborn', 'unna'];
const API_REPETITIONS = 60;
const API_WARM_UP = 5;
const PAGE_LOADS = 10;
const LEITUNG = DEMO_USERS.find((user) => user.role === 'Leitung')!;

interface Result {
	database: 'sqlite3' | 'pg';
	endpoint: number[];
	viaItems: number[];
	endpointBytes: number;
	itemsBytes: number;
	itemsRequests: number;
	pageDrawn: number[];
	charts: number;
}

const databases = (process.env['BENCH_DATABASES'] ?? 'sqlite3,pg').split(',') as ('sqlite3' | 'pg')[];
const results: Result[] = [];
let initialJs: Awaited<ReturnType<typeof measureInitialJavaScript>> | null = null;
for (const database of databases) {
	process.stdout.write(`${label(database)}: starte Directus mit den fünf Kreisen des Seeds …\n`);
	const instance = await startTemporaryInstance({ database });
	try {
		const token = await login(instance.url, LEITUNG.email, LEITUNG.password);
		const api = await measureApi(instance.url, token);
		process.stdout.write(`${label(database)}: baue die App und lade /vergleich ${PAGE_LOADS}-mal in Chromium …\n`);
		const app = await buildAndServeApp([instance.url]);
		try {
			initialJs ??= measureInitialJavaScript(app.outDir);
			results.push({ database, ...api, ...(await measurePageDrawn(app.url)) });
		} finally {
			await app.stop();
		}
	} finally {
		await instance.stop();
	}
}
report();

/** Endpoint and /items way alternate, so both meet the same warm caches and the same machine load. */
async function measureApi(url: string, token: string) {
	const headers = { Authorization: `Bearer ${token}` };
	const viaEndpoint = async () => {
		const response = await fetch(`${url}/dashboard/compare?districts=${DISTRICTS.join(',')}`, { headers });
		if (!response.ok) throw new Error(`/dashboard/compare antwortete ${response.status}: ${await response.text()}`);
		const text = await response.text();
		return { data: (JSON.parse(text) as { data: CompareResponse }).data, bytes: Buffer.byteLength(text) };
	};
	const viaItems = async () => {
		const { rows, bytes, requests } = await readDashboardRowsViaItems(url, token, DISTRICTS);
		return { data: buildCompare(rows.themes, buildDistrictDashboards(rows)), bytes, requests };
	};

	const first = await viaEndpoint();
	const second = await viaItems();
	if (!isDeepStrictEqual(first.data, second.data)) {
		throw new Error('Der Vergleich aus /items-Anfragen weicht vom Ergebnis des Endpunkts ab; die Zeiten wären nicht vergleichbar.');
	}
	for (let i = 0; i < API_WARM_UP; i++) await Promise.all([viaEndpoint(), viaItems()]);
	const endpoint: number[] = [];
	const items: number[] = [];
	for (let i = 0; i < API_REPETITIONS; i++) {
		endpoint.push(await timed(viaEndpoint));
		items.push(await timed(viaItems));
	}
	return { endpoint, viaItems: items, endpointBytes: first.bytes, itemsBytes: second.bytes, itemsRequests: second.requests };
}

/**
 * Milliseconds from the start of navigation until every chart on the page reports 'ready'
 * (ChartFigure's data-chart-state), read from the page's own clock. Each load gets a fresh
 * browser context, so nothing comes from the HTTP cache.
 */
async function measurePageDrawn(appUrl: string): Promise<{ pageDrawn: number[]; charts: number }> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const url = `${appUrl}/vergleich?kreise=${DISTRICTS.join(',')}`;
		// The number of charts is read from one settled load, so the timed loads wait for all of them.
		const settled = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
		const probe = await settled.newPage();
		await probe.goto(url, { waitUntil: 'networkidle' });
		await probe.waitForFunction(() => document.querySelectorAll('[data-chart-state="loading"], [data-chart-state="idle"]').length === 0);
		const charts = await probe.locator('[data-chart-state="ready"]').count();
		await settled.close();
		if (charts === 0) throw new Error('/vergleich hat keine Diagramme gezeichnet.');

		const pageDrawn: number[] = [];
		for (let i = 0; i < PAGE_LOADS; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'commit' });
			const drawnAt = await page.waitForFunction(
				(expected) => (document.querySelectorAll('[data-chart-state="ready"]').length >= expected ? performance.now() : false),
				charts,
				{ polling: 'raf', timeout: 30_000 },
			);
			pageDrawn.push((await drawnAt.jsonValue()) as number);
			await context.close();
		}
		return { pageDrawn, charts };
	} finally {
		await browser.close();
	}
}

function report(): void {
	const five = DISTRICTS.join(', ');
	console.log(`\nVergleich der fünf Kreise (${five}), angemeldet als Leitung, ${API_REPETITIONS} Wiederholungen (Median / 95. Perzentil in ms)`);
	console.log(['Datenbank', 'Endpunkt /dashboard/compare', '/items-Anfragen + Berechnung im Client', 'Verhältnis (Median)', 'Antwortgröße Endpunkt / /items'].join(' | '));
	for (const r of results) {
		const endpoint = stats(r.endpoint);
		const items = stats(r.viaItems);
		console.log(
			[
				label(r.database),
				`${endpoint.median.toFixed(1)} / ${endpoint.p95.toFixed(1)}`,
				`${items.median.toFixed(1)} / ${items.p95.toFixed(1)} (${r.itemsRequests} Anfragen)`,
				`${(items.median / endpoint.median).toFixed(1)}×`,
				`${kilobytes(r.endpointBytes)} / ${kilobytes(r.itemsBytes)}`,
			].join(' | '),
		);
	}
	console.log('Ziel: 95. Perzentil des Endpunkts unter 50 ms.');

	if (initialJs) {
		console.log(`\nStart-JavaScript für / (index.html lädt ${initialJs.files.length} Dateien): ${kilobytes(initialJs.gzipBytes)} gzip (${kilobytes(initialJs.rawBytes)} unkomprimiert)`);
		console.log(`Nachgeladen, erst wenn ein Diagramm erscheint: ApexCharts ${kilobytes(initialJs.chartLibraryGzipBytes)} gzip`);
		console.log('Ziel: unter 250 KB gzip.');
	}

	console.log(`\n/vergleich mit fünf Kreisen in Chromium (headless, leerer Cache), ${PAGE_LOADS} Aufrufe: Navigation bis alle Diagramme gezeichnet (Median / 95. Perzentil in ms)`);
	for (const r of results) {
		const drawn = stats(r.pageDrawn);
		console.log(`${label(r.database)} | ${drawn.median.toFixed(0)} / ${drawn.p95.toFixed(0)} | ${r.charts} Diagramme`);
	}
	console.log('Ziel: unter 1500 ms. ApexCharts lässt die Balken danach noch wachsen (Animation, bei „weniger Bewegung“ aus).');
}

function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} KB`;
}
