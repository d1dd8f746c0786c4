/**
 * The comparison hub: a second Directus (a temporary instance, as a Land or a Landkreistag
 * would run it) harvests the catalogue of the seeded instance twice, once through a relay
 * started by this test, which can be switched to fail, answer garbage or a 50 MB body, and
 * once directly. The hub shows the harvested districts as the source does, refuses edits,
 * keeps the last harvest when a source fails, and never merges or replaces districts.
 */
import { createServer, type Server } from 'node:http';
import type { CompareResponse, DistrictDashboard } from '@cockpit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, loginApi, type DirectusApi } from '../scripts/lib/directus-api';
import { freePort } from '../scripts/lib/free-port';
import { requestedDatabase, startTemporaryInstance, type TemporaryInstance } from '../scripts/lib/temporary-instance';
import { asAdmin, directus, failure } from './support/api';

type Mode = 'pass' | 'down' | 'garbage' | 'huge';
let mode: Mode = 'pass';
let relay: Server;
let relayUrl: string;
let hub: TemporaryInstance;
let hubAdmin: DirectusApi;
const hubAnonymous = () => createApi(hub.url, null);

interface HarvestResult {
	source: string;
	districts: string[];
	error: string | null;
}
const harvest = () => hubAdmin.post<HarvestResult[]>('/opendata/harvest/run', {});
const port = (url: string) => new URL(url).port;

/** The relay: forwards to the source and writes its own address into the catalogue's links. */
async function startRelay(): Promise<void> {
	const source = directus().url;
	const relayPort = await freePort();
	relayUrl = `http://127.0.0.1:${relayPort}`;
	relay = createServer((req, res) => {
		if (mode === 'down') return void req.socket.destroy();
		if (mode === 'garbage' && req.url?.endsWith('/catalog')) return void res.writeHead(200, { 'Content-Type': 'text/turtle' }).end('<kaputt> das ist { kein Turtle');
		if (mode === 'huge' && req.url?.endsWith('/jahresziele.json')) {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			const chunk = Buffer.alloc(1024 * 1024, 0x20);
			let sent = 0;
			const more = () => {
				while (sent < 50 && res.write(chunk)) sent++;
				if (sent >= 50) res.end();
				else res.once('drain', more);
			};
			res.on('error', () => {});
			return void more();
		}
		fetch(source + req.url, { headers: { Accept: String(req.headers.accept ?? '*/*') } })
			.then(async (answer) => {
				const body = (await answer.text()).replaceAll(source, relayUrl);
				res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'text/plain' }).end(body);
			})
			.catch(() => res.writeHead(502).end());
	});
	await new Promise<void>((resolve) => relay.listen(relayPort, '127.0.0.1', resolve));
}

beforeAll(async () => {
	await startRelay();
	hub = await startTemporaryInstance({
		database: requestedDatabase(),
		seed: false,
		env: { COCKPIT_HARVEST_SOURCES: `${relayUrl}/opendata/catalog, ${directus().url}/opendata/catalog`, COCKPIT_HARVEST_SCHEDULE: '0 0 1 1 *' },
	});
	hubAdmin = await loginApi(hub.url, hub.admin.email, hub.admin.password);
	// The hub's own district, whose id a harvested one must not take.
	await hubAdmin.post('/items/districts', { id: 'viersen', name: 'Kreis Viersen (eigener Eintrag des Hubs)', state: 'Nordrhein-Westfalen', published: true });
}, 600_000);

afterAll(async () => {
	await hub?.stop();
	await new Promise((resolve) => relay?.close(resolve));
});

/** The figures of a comparison, without what only names the districts (ids, harvest dates, KPI and measure ids). */
function figures(compare: CompareResponse) {
	return {
		themes: compare.themes,
		districts: compare.districts.map(({ district, byTheme, ...rest }) => ({
			name: district.name,
			...rest,
			byTheme: Object.fromEntries(Object.entries(byTheme).map(([theme, m]) => [theme, m && { ...m, kpis: m.kpis.map(({ id: _id, measure, ...kpi }) => ({ ...kpi, measure: measure !== null })) }])),
		})),
	};
}

describe('hub: harvesting catalogues', () => {
	it('takes every published district of both sources, derived ids where an id is taken, so nothing is replaced or merged', async () => {
		const results = await harvest();
		const relayed = `viersen-127-0-0-1-${port(relayUrl)}`;
		const direct = (id: string) => `${id}-127-0-0-1-${port(directus().url)}`;
		expect(results.map((r) => ({ ...r, districts: [...r.districts].sort() }))).toEqual([
			{ source: `${relayUrl}/opendata/catalog`, districts: ['friesland', 'paderborn', 'rendsburg-eckernfoerde', 'unna', relayed].sort(), error: null },
			{ source: `${directus().url}/opendata/catalog`, districts: ['friesland', 'paderborn', 'rendsburg-eckernfoerde', 'unna', 'viersen'].map(direct).sort(), error: null },
		]);
		const own = await hubAdmin.get<{ name: string; source_url: string | null }>('/items/districts/viersen?fields=name,source_url');
		expect(own).toEqual({ name: 'Kreis Viersen (eigener Eintrag des Hubs)', source_url: null });
	});

	it('keeps source and date of each harvested district', async () => {
		const rows = await hubAdmin.get<{ id: string; source_url: string; harvested_at: string | null; harvest_error: string | null }[]>(
			'/items/districts?filter[source_url][_nnull]=true&fields=id,source_url,harvested_at,harvest_error&limit=-1&sort=id',
		);
		expect({
			count: rows.length,
			friesland: rows.find((r) => r.id === 'friesland')?.source_url,
			dated: rows.every((r) => r.harvested_at !== null && Date.now() - Date.parse(r.harvested_at) < 10 * 60_000),
			errors: rows.filter((r) => r.harvest_error !== null).length,
		}).toEqual({ count: 10, friesland: `${relayUrl}/opendata/catalog#friesland`, dated: true, errors: 0 });
	});

	it('compares three harvested districts exactly as their own instance does', async () => {
		const ids = 'friesland,paderborn,unna';
		const atSource = await createApi(directus().url, null).get<CompareResponse>(`/dashboard/compare?districts=${ids}`);
		const atHub = await hubAnonymous().get<CompareResponse>(`/dashboard/compare?districts=${ids}`);
		expect(figures(atHub)).toEqual(figures(atSource));
	});

	it('shows a harvested district on its page with the figures of its source and the date of the harvest', async () => {
		const atSource = await createApi(directus().url, null).get<DistrictDashboard>('/dashboard/districts/rendsburg-eckernfoerde');
		const atHub = await hubAnonymous().get<DistrictDashboard>('/dashboard/districts/rendsburg-eckernfoerde');
		const pick = (d: DistrictDashboard) => ({ status: d.status, meanProgress: d.meanProgress, ranking: d.measures.map((m) => [m.code, m.title, m.status, m.priority_rank]) });
		expect({ ...pick(atHub), failed: atHub.district.harvest?.failed }).toEqual({ ...pick(atSource), failed: false });
	});

	it('takes over cost components, history marks, other numbers, approximate readings and successions as the source shows them', async () => {
		const source = createApi(directus().url, null);
		const [paderbornSource, paderbornHub, frieslandSource, frieslandHub] = await Promise.all([
			source.get<DistrictDashboard>('/dashboard/districts/paderborn'),
			hubAnonymous().get<DistrictDashboard>('/dashboard/districts/paderborn'),
			source.get<DistrictDashboard>('/dashboard/districts/friesland'),
			hubAnonymous().get<DistrictDashboard>('/dashboard/districts/friesland'),
		]);
		const goals = (d: DistrictDashboard) => d.annualGoals.map((g) => [g.title, g.direction, g.target_approximate, g.attainment_percent, g.cost]);
		const fields = (d: DistrictDashboard) => d.actionFields.map((f) => [f.code, f.title, f.long_term_target, f.long_term_values]);
		const measures = (d: DistrictDashboard) =>
			d.measures.map((m) => [m.code, m.title, m.status, m.historical, m.other_codes, m.progress_current, m.progress_approximate, m.successors.map((x) => [x.code, x.title, x.note]), m.predecessors.map((x) => [x.code, x.title])]);
		expect([goals(paderbornHub), fields(paderbornHub), measures(frieslandHub)]).toEqual([goals(paderbornSource), fields(paderbornSource), measures(frieslandSource)]);
	});

	it('refuses edits of harvested data with a German 400, one rule for every collection', async () => {
		const [measure] = await hubAdmin.get<{ id: string }[]>('/items/measures?filter[district][_eq]=friesland&fields=id&limit=1');
		const message =
			`„Landkreis Friesland“ wurde aus einem anderen Cockpit geerntet (${relayUrl}/opendata/catalog#friesland) und kann hier nicht geändert werden. ` +
			'Bitte ändern Sie die Daten dort; die nächste Ernte übernimmt sie.';
		expect([
			await failure(hubAdmin.patch(`/items/measures/${measure!.id}`, { title: 'Geändert am Hub' })),
			await failure(hubAdmin.patch('/items/districts/friesland', { name: 'Umbenannt' })),
			await failure(hubAdmin.post('/items/kpis', { district: 'friesland', name: 'Neu', theme: 'organisation' })),
		]).toEqual([{ status: 400, message }, { status: 400, message }, { status: 400, message }]);
	});

	it('shows an edit at the source after the next harvest', async () => {
		const admin = await asAdmin();
		const [measure] = await admin.get<{ id: string; code: string; progress_current: number | null }[]>(
			'/items/measures?filter[district][_eq]=friesland&filter[progress_target][_eq]=10&fields=id,code,progress_current&limit=1&sort=code',
		);
		const changed = measure!.progress_current === 7 ? 6 : 7;
		await admin.patch(`/items/measures/${measure!.id}`, { progress_current: changed });
		try {
			await harvest();
			const atHub = await hubAnonymous().get<DistrictDashboard>('/dashboard/districts/friesland');
			expect(atHub.measures.find((m) => m.code === measure!.code)?.progress_current).toBe(changed);
		} finally {
			await admin.patch(`/items/measures/${measure!.id}`, { progress_current: measure!.progress_current });
		}
	});
});

describe('hub: sources that fail', () => {
	const state = async () => {
		const unna = await hubAnonymous().get<DistrictDashboard>('/dashboard/districts/unna');
		const goals = await hubAdmin.get<unknown[]>('/items/annual_goals?filter[district][_eq]=paderborn&fields=id&limit=-1');
		return { status: unna.status, goals: goals.length, harvest: unna.district.harvest };
	};

	it.each([
		['down', 'ist nicht erreichbar'],
		['garbage', 'lieferte keinen lesbaren Katalog (Turtle)'],
		['huge', 'ist größer als 10 MB'],
	] as const)('a source that is %s keeps its last harvest, and the page says so', async (failing, reason) => {
		const before = await state();
		mode = failing;
		try {
			const [result] = await harvest();
			const after = await state();
			expect({ reason: result!.error?.includes(reason), after: { ...after, harvest: { ...after.harvest, failed: after.harvest?.failed } } }).toEqual({
				reason: true,
				after: { ...before, harvest: { ...before.harvest, failed: true } },
			});
		} finally {
			mode = 'pass';
		}
	});

	it('is back to normal after the next harvest that succeeds', async () => {
		const [result] = await harvest();
		expect([result!.error, (await state()).harvest?.failed]).toEqual([null, false]);
	});
});
