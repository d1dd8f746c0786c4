/**
 * Council papers over HTTP against a real Directus: the status report as a Word file, read back
 * with a real .docx reader (mammoth), its access rules, the paper fields on a closed report, and
 * filling them from a council information system: a real OParl 1.1 server started here, plus
 * every way the server must refuse a URL.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DirectusApi } from '../scripts/lib/directus-api';
import { login } from '../scripts/lib/directus-api';
import { asAdmin, asLeitung, asRedaktion, anonymous, directus, failure, q } from './support/api';
import { oparlServer } from './support/oparl-server';
import { loadSeed } from '../seed/load-seed';

type Row = Record<string, unknown>;

/** The Word file as a visitor (no token) or a logged-in user gets it, and its text and HTML as mammoth reads it. */
async function docx(reportId: string, token: string | null = null) {
	const response = await fetch(`${directus().url}/reports/${reportId}.docx`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
	if (!response.ok) return { status: response.status, type: response.headers.get('content-type'), html: '', text: '', message: ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message };
	const buffer = Buffer.from(await response.arrayBuffer());
	const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
	return { status: response.status, type: response.headers.get('content-type'), html, text, message: '' };
}

const headings = (html: string, level: number) => [...html.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, 'g'))].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '')));
const tableHeaders = (html: string) => [...html.matchAll(/<table>.*?<\/table>/g)].map((t) => [...(/<tr>(.*?)<\/tr>/.exec(t[0])?.[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => decode(c[1]!.replace(/<[^>]+>/g, ''))));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

describe('the status report as a Word document', () => {
	let admin: DirectusApi;
	let redaktion: DirectusApi;
	let leitungToken: string;
	let august: Row;
	let first: Row | null = null;
	let second: Row | null = null;
	let draft: Row | null = null;
	let measures: Row[];
	const originals: Row[] = [];

	beforeAll(async () => {
		admin = await asAdmin();
		redaktion = await asRedaktion();
		leitungToken = await login(directus().url, 'leitung@example.com', 'leitung');
		august = (await admin.get<Row[]>(`/items/status_reports${q({ 'filter[district][_eq]': 'friesland', fields: 'id,title,document_ref,committee,meeting_date,consultations' })}`))[0]!;
		measures = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'friesland', 'filter[historical][_eq]': 'false', fields: 'id,code,title,status,progress_current,progress_target', sort: 'code', limit: -1 })}`);
	});

	afterAll(async () => {
		for (const report of [draft, second, first]) if (report) await admin.delete(`/items/status_reports/${report['id']}`).catch(() => undefined);
		for (const { id, ...values } of originals) await admin.patch(`/items/measures/${id}`, values);
	});

	it('seeds Friesland’s report without a paper number, which its document does not give', () => {
		expect({ document_ref: august['document_ref'], committee: august['committee'], meeting_date: august['meeting_date'], consultations: august['consultations'] }).toEqual({ document_ref: null, committee: null, meeting_date: null, consultations: [] });
	});

	it('gives Friesland’s seeded report to a visitor as Word: title page, overview with status, one section per measure, German formats', async () => {
		const file = await docx(String(august['id']));
		expect(file.status).toBe(200);
		expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		const h1 = headings(file.html, 1);
		expect(h1.slice(-3)).toEqual(['Übersicht der Maßnahmen', 'Maßnahmen', 'Historienverzeichnis']);
		const h2 = headings(file.html, 2);
		for (const m of measures) expect(h2).toContain(`${String(m['code'])} ${String(m['title'])}`);
		expect(tableHeaders(file.html)[0]).toEqual(['Stand', 'August 2022']);
		expect(tableHeaders(file.html)[1]).toEqual(['Nr.', 'Titel der Maßnahme', 'Status', 'Priorität', 'Fortschritt']);
		expect(file.text).toContain('Landkreis Friesland');
		expect(file.text).toMatch(/Drucksache\s+keine Angabe/);
		// The seeded report's progress, in German: "6 von 10 (60 %)", "3 von 8 (37,5 %)".
		expect(file.text).toMatch(/\d+ von (10|8) \(\d+(,\d)? %\)/);
		expect(file.text).toContain('„Fortschritt“ nennt den Stand');
		expect(file.html).not.toContain('Veränderungen seit dem letzten Bericht');
	});

	it('gives Unna’s report with its paper number and both meetings in German dates', async () => {
		const [unna] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[district][_eq]': 'unna', fields: 'id' })}`);
		const file = await docx(String(unna!['id']), leitungToken);
		expect(file.status).toBe(200);
		expect(file.text).toMatch(/Drucksache\s+168\/22/);
		expect(file.text).toMatch(/Gremium\s+Kreistag/);
		expect(file.text).toMatch(/Sitzung\s+08\.11\.2022/);
		expect(tableHeaders(file.html)[1]).toEqual(['Gremium', 'Sitzung', 'Zuständigkeit']);
		expect(file.text).toMatch(/Kreisausschuss\s+07\.11\.2022\s+Kenntnisnahme/);
		expect(headings(file.html, 2)).toContain('Beratungsfolge');
	});

	it('prints Unna’s measures without a status as "nicht angegeben", and Rendsburg-Eckernförde’s KPIs in their own table', async () => {
		const [unna] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[district][_eq]': 'unna', fields: 'id' })}`);
		const [rd] = await admin.get<Row[]>(`/items/status_reports${q({ 'filter[district][_eq]': 'rendsburg-eckernfoerde', fields: 'id' })}`);
		const unnaMeasures = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'unna', fields: 'status', limit: -1 })}`);
		const kpis = await admin.get<Row[]>(`/items/kpis${q({ 'filter[district][_eq]': 'rendsburg-eckernfoerde', fields: 'name', limit: -1 })}`);
		const [unnaFile, rdFile] = await Promise.all([docx(String(unna!['id']), leitungToken), docx(String(rd!['id']), leitungToken)]);
		const kpiTable = tableHeaders(rdFile.html).find((header) => header[0] === 'Kennzahl');
		expect({
			notStated: unnaMeasures.some((m) => m['status'] === null) ? unnaFile.text.includes('Status: nicht angegeben') : 'no measure without status in the seed',
			h1: headings(rdFile.html, 1).at(-1),
			kpiTable,
			names: kpis.every((k) => rdFile.text.includes(String(k['name']))),
		}).toEqual({
			notStated: unnaMeasures.some((m) => m['status'] === null) ? true : 'no measure without status in the seed',
			h1: 'Kennzahlen',
			kpiTable: ['Kennzahl', 'Zielwert', 'Ausgangswert', 'Frist', 'Messwerte', 'Zielerreichung'],
			names: true,
		});
	});

	it('names the changes of a second report, a status gone back to Geplant too, and keeps the earlier report openable', async () => {
		const [back, up] = measures.filter((m) => m['progress_current'] !== null && Number(m['progress_current']) < Number(m['progress_target']));
		originals.push({ id: back!['id'], status: back!['status'], progress_current: back!['progress_current'] }, { id: up!['id'], progress_current: up!['progress_current'] });
		// Friesland's document gives its current measures no status: a first report records one
		// "In Umsetzung", so that the second can name the step back from it.
		await redaktion.patch(`/items/measures/${back!['id']}`, { status: 'in_progress' });
		first = await redaktion.post<Row>('/items/status_reports', { district: 'friesland', title: 'Sachstandsbericht Januar 2023', report_date: '2023-01-02', state: 'closed' });
		await redaktion.patch(`/items/measures/${back!['id']}`, { status: 'planned', progress_current: 0 });
		await redaktion.patch(`/items/measures/${up!['id']}`, { progress_current: Number(up!['progress_current']) + 1 });
		second = await redaktion.post<Row>('/items/status_reports', { district: 'friesland', title: 'Sachstandsbericht Februar 2023', report_date: '2023-02-01' });
		await redaktion.patch(`/items/status_reports/${second['id']}`, { state: 'closed' });
		// The paper's data stays editable once the report is closed; nothing else does.
		await redaktion.patch(`/items/status_reports/${second['id']}`, { document_ref: '12/23', committee: 'Kreistag', meeting_date: '2023-03-14' });
		expect(await failure(redaktion.patch(`/items/status_reports/${second['id']}`, { document_ref: '13/23', title: 'Umbenannt' }))).toMatchObject({ status: 400 });

		const file = await docx(String(second['id']), leitungToken);
		expect(headings(file.html, 1)).toContain('Veränderungen seit dem letzten Bericht');
		expect(headings(file.html, 2)).toEqual(expect.arrayContaining(['Status geändert (1)', 'Fortschritt gestiegen (1)']));
		expect(file.text).toContain(`${String(back!['title'])}`);
		expect(file.text).toMatch(/von In Umsetzung zurück auf Geplant; \d+(,\d)? % → 0 %/);
		expect(file.text).toMatch(/Drucksache\s+12\/23/);
		expect(file.text).toMatch(/Sitzung\s+14\.03\.2023/);
		expect(file.text).toMatch(/Stand\s+01\.02\.2023/);

		const earlier = await docx(String(august['id']));
		expect([earlier.status, headings(earlier.html, 1).includes('Veränderungen seit dem letzten Bericht')]).toEqual([200, false]);
	});

	it('gives a draft to Leitung and Redaktion but not to a visitor, and a report of an unpublished district only with a login', async () => {
		draft = await redaktion.post<Row>('/items/status_reports', { district: 'friesland', title: 'Entwurf Herbst 2023', report_date: '2023-09-01' });
		const redaktionToken = await login(directus().url, 'redaktion@example.com', 'redaktion');
		const asVisitor = await docx(String(draft['id']));
		const asLeitung = await docx(String(draft['id']), leitungToken);
		const asRedaktion = await docx(String(draft['id']), redaktionToken);
		expect([asVisitor.status, asVisitor.message, asLeitung.status, asRedaktion.status]).toEqual([404, 'Dieser Sachstandsbericht wurde nicht gefunden.', 200, 200]);
		expect(asLeitung.text).toContain('Entwurf: die Maßnahmen mit ihrem heutigen Stand');

		await admin.patch('/items/districts/friesland', { published: false });
		try {
			const [visitor, leitung] = [await docx(String(august['id'])), await docx(String(august['id']), leitungToken)];
			expect([visitor.status, leitung.status]).toEqual([404, 200]);
		} finally {
			await admin.patch('/items/districts/friesland', { published: true });
		}
		expect([(await docx('00000000-0000-0000-0000-000000000000')).status, (await docx('kein-bericht')).status]).toEqual([404, 404]);
	});
});

describe('a database seeded before the council paper fields', () => {
	it('gets the documents’ paper data where its reports are still empty, keeps what editors wrote, and drops Friesland’s composed number unless edited', async () => {
		const admin = await asAdmin();
		const reportOf = async (district: string) => (await admin.get<Row[]>(`/items/status_reports${q({ 'filter[district][_eq]': district, fields: 'id,document_ref,committee,meeting_date,consultations' })}`))[0]!;
		const [unna, friesland] = [await reportOf('unna'), await reportOf('friesland')];
		// As an earlier seed left them, and one field an editor has filled in since.
		await admin.patch(`/items/status_reports/${unna['id']}`, { document_ref: null, committee: 'Kreistag (Sondersitzung)', meeting_date: null, consultations: [] });
		await admin.patch(`/items/status_reports/${friesland['id']}`, { document_ref: 'Sachstandsbericht FB 10 / SGB IT-Steuerung' });
		try {
			const first = await loadSeed(admin, () => {});
			const [unnaAfter, frieslandAfter] = [await reportOf('unna'), await reportOf('friesland')];
			await admin.patch(`/items/status_reports/${friesland['id']}`, { document_ref: 'FB 10/2022' });
			await loadSeed(admin, () => {});
			const edited = await reportOf('friesland');
			expect({
				filled: Object.fromEntries(first.map((r) => [r.district, r.papersFilled])),
				unna: { ...unnaAfter, id: undefined },
				friesland: frieslandAfter['document_ref'],
				edited: edited['document_ref'],
			}).toEqual({
				filled: { friesland: 1, 'rendsburg-eckernfoerde': 0, viersen: 0, paderborn: 0, unna: 1 },
				unna: {
					id: undefined,
					document_ref: '168/22',
					committee: 'Kreistag (Sondersitzung)',
					meeting_date: '2022-11-08',
					consultations: [
						{ committee: 'Kreisausschuss', meeting_date: '2022-11-07', role: 'Kenntnisnahme' },
						{ committee: 'Kreistag', meeting_date: '2022-11-08', role: 'Kenntnisnahme' },
					],
				},
				friesland: null,
				edited: 'FB 10/2022',
			});
		} finally {
			await admin.patch(`/items/status_reports/${unna['id']}`, { document_ref: unna['document_ref'], committee: unna['committee'], meeting_date: unna['meeting_date'], consultations: unna['consultations'] });
			await admin.patch(`/items/status_reports/${friesland['id']}`, { document_ref: friesland['document_ref'] });
		}
	});
});

describe('filling the paper from the council information system (OParl)', () => {
	const { port, unlistedAddressPort, deadPort, timeoutMs } = inject('oparl');
	const base = `http://127.0.0.1:${port}`;
	let server: Server;
	let admin: DirectusApi;
	let redaktion: DirectusApi;
	let report: Row;
	const paperOf = async () => admin.get<Row>(`/items/status_reports/${report['id']}${q({ fields: 'report_date,report_date_label,document_ref,committee,meeting_date,document_url,consultations' })}`);

	beforeAll(async () => {
		server = oparlServer(() => base);
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		expect((server.address() as AddressInfo).port).toBe(port);
		admin = await asAdmin();
		redaktion = await asRedaktion();
		report = await redaktion.post<Row>('/items/status_reports', { district: 'viersen', title: 'Sachstandsbericht Herbst 2022', report_date: '2022-09-30' });
	});

	afterAll(async () => {
		if (report) await admin.delete(`/items/status_reports/${report['id']}`).catch(() => undefined);
		await new Promise((resolve) => server.close(resolve));
	});

	it.each([
		['a host not on the list', 'http://ris.example.org/oparl/v1/paper/168', /„ris\.example\.org“ steht nicht in der Liste .*COCKPIT_OPARL_HOSTS/],
		['a listed name whose address is internal and not listed', `http://localhost:${unlistedAddressPort}/oparl/v1/paper/168`, /verweist auf eine interne Adresse \(127\.0\.0\.1/],
		['the listed address on another port', `http://127.0.0.1:${unlistedAddressPort}/oparl/v1/paper/168`, /steht nicht in der Liste/],
		['a scheme other than http(s)', `ftp://127.0.0.1:${port}/paper`, /Nur Adressen mit http:\/\/ oder https:\/\//],
		['a redirect off the list', `${base}/redirect-off-list`, /leitet auf „ris\.example\.org“ weiter.*Abgebrochen/],
		['a listed server that does not answer', `http://127.0.0.1:${deadPort}/oparl/v1/paper/168`, new RegExp(`„127\\.0\\.0\\.1:${deadPort}“ ist nicht erreichbar \\(Verbindung abgelehnt\\)`)],
		['a 404', `${base}/oparl/v1/paper/404`, /antwortet .* mit HTTP 404 \(nicht gefunden\)/],
		['an HTML page', `${base}/html`, /kein JSON \(Inhaltstyp „text\/html; charset=utf-8“\)/],
		['JSON that is no OParl object', `${base}/not-oparl`, /kein OParl-Objekt/],
		['an OParl object that is no paper', `${base}/body`, /vom Typ „Body“, nicht auf eine Drucksache/],
		['an answer over the size limit', `${base}/big`, /größer als 1 MB/],
		['a server slower than the timeout', `${base}/slow`, new RegExp(`nicht innerhalb von ${(timeoutMs / 1000).toLocaleString('de-DE')} Sekunden`)],
		['a paper whose meeting cannot be read', `${base}/broken-meeting`, /HTTP 404/],
		['no address at all', '', /Bitte zuerst die Adresse der Drucksache/],
	])('refuses %s in German and changes nothing', async (_case, url, message) => {
		const before = await paperOf();
		const started = performance.now();
		const refusal = await failure(redaktion.post(`/reports/${report['id']}/oparl`, { url }));
		expect(refusal.status).toBe(400);
		expect(refusal.message).toMatch(/^Aus dem Ratsinformationssystem wurde nichts übernommen: /);
		expect(refusal.message).toMatch(message);
		expect(await paperOf()).toEqual(before);
		// The deadline holds: a slow server is given up on soon after it.
		expect(performance.now() - started).toBeLessThan(timeoutMs + 2500);
	});

	it('lets neither a visitor nor Leitung make the server fetch', async () => {
		const leitung = await asLeitung();
		const refusals = [await failure(anonymous().post(`/reports/${report['id']}/oparl`, { url: `${base}/oparl/v1/paper/168` })), await failure(leitung.post(`/reports/${report['id']}/oparl`, { url: `${base}/oparl/v1/paper/168` }))];
		expect(refusals).toEqual([
			{ status: 403, message: 'Angaben aus dem Ratsinformationssystem übernehmen dürfen nur Redaktion und Administration im Studio.' },
			{ status: 403, message: 'Angaben aus dem Ratsinformationssystem übernehmen dürfen nur Redaktion und Administration im Studio.' },
		]);
	});

	it('fills number, date, committee, meeting and Beratungsfolge of a draft from the OParl paper, through a redirect on the list', async () => {
		const answer = await redaktion.post<Row>(`/reports/${report['id']}/oparl`, { url: `${base}/redirect-on-list` });
		const expected = {
			report_date: '2022-10-18',
			report_date_label: '18.10.2022',
			document_ref: '168/22',
			committee: 'Kreistag',
			meeting_date: '2022-11-08',
			document_url: `${base}/redirect-on-list`,
			consultations: [
				{ committee: 'Kreisausschuss', meeting_date: '2022-11-07', role: 'Kenntnisnahme' },
				{ committee: 'Kreistag', meeting_date: '2022-11-08', role: 'Kenntnisnahme' },
			],
		};
		expect(answer).toEqual(expected);
		expect(await paperOf()).toEqual(expected);
	});

	it('fills a closed report’s paper from its stored address, keeping the report’s date', async () => {
		await redaktion.patch(`/items/status_reports/${report['id']}`, { state: 'closed' });
		await redaktion.patch(`/items/status_reports/${report['id']}`, { document_ref: null, committee: null, meeting_date: null, consultations: [], document_url: `${base}/oparl/v1/paper/168` });
		await redaktion.post(`/reports/${report['id']}/oparl`, {});
		const paper = await paperOf();
		expect([paper['report_date'], paper['document_ref'], paper['committee'], paper['meeting_date']]).toEqual(['2022-10-18', '168/22', 'Kreistag', '2022-11-08']);
	});
});
