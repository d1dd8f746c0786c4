/**
 * The reporting cycle over HTTP against the real hook and endpoint: closing a report freezes
 * the running measures, a closed report refuses edits, and the district dashboard says what
 * changed since the report before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictDashboard } from '@cockpit/shared';
import type { DirectusApi } from '../scripts/lib/directus-api';
import { asAdmin, asRedaktion, failure, q } from './support/api';

type Row = Record<string, unknown>;
/** What a closed report freezes of a measure, under the names of progress_updates. */
const FROZEN = ['status', 'progress_value', 'progress_approximate', 'progress_target', 'progress_percent', 'priority_class', 'progress_text', 'next_steps'] as const;
const frozenOf = (m: Row) => ({
	measure: m['id'],
	status: m['status'],
	progress_value: m['progress_current'],
	progress_approximate: m['progress_approximate'],
	progress_target: m['progress_target'],
	progress_percent: m['progress_percent'],
	priority_class: m['priority_class'],
	progress_text: m['progress_text'],
	next_steps: m['next_steps'],
});
const MEASURE_FIELDS = 'id,code,title,status,progress_current,progress_approximate,progress_target,progress_percent,priority_class,progress_text,next_steps';
const byMeasure = (a: Row, b: Row) => String(a['measure']).localeCompare(String(b['measure']));

async function dashboard(api: DirectusApi, district: string): Promise<DistrictDashboard> {
	return api.get<DistrictDashboard>(`/dashboard/districts/${district}`);
}

async function updatesOf(api: DirectusApi, report: string): Promise<Row[]> {
	const rows = await api.get<Row[]>(`/items/progress_updates${q({ 'filter[status_report][_eq]': report, fields: `measure,${FROZEN.join(',')}`, limit: -1 })}`);
	return rows.sort(byMeasure);
}

describe('Friesland records its second report', () => {
	let redaktion: DirectusApi;
	let admin: DirectusApi;
	let august: Row;
	let report: Row;
	let measures: Row[];
	const edited: Record<string, Row> = {};
	const originals: Row[] = [];

	beforeAll(async () => {
		redaktion = await asRedaktion();
		admin = await asAdmin();
		august = (await redaktion.get<Row[]>(`/items/status_reports${q({ 'filter[district][_eq]': 'friesland', fields: 'id,title,report_date,state' })}`))[0]!;
		measures = await redaktion.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'friesland', fields: MEASURE_FIELDS, sort: 'code', limit: -1 })}`);
	});

	afterAll(async () => {
		if (report) await admin.delete(`/items/status_reports/${report['id']}`).catch(() => undefined);
		for (const original of originals) {
			const { id, code: _code, title: _title, progress_percent: _percent, ...values } = original;
			await admin.patch(`/items/measures/${id}`, values);
		}
	});

	it('has its seeded August 2022 report closed', () => {
		expect(august).toMatchObject({ report_date: '2022-08-01', state: 'closed' });
	});

	it('freezes the running measures as they stand when the clerk closes the draft', async () => {
		report = await redaktion.post<Row>('/items/status_reports', { district: 'friesland', title: 'Sachstandsbericht Februar 2023', report_date: '2023-02-01' });
		expect(report['state']).toBe('draft');
		const draft = await dashboard(redaktion, 'friesland');
		expect(draft.reportChanges?.report.id).toBe(august['id']);

		// Friesland's report gives its current measures no status (null), its history entries "completed"/"ended".
		const running = measures.filter((m) => m['status'] !== 'completed' && m['status'] !== 'ended');
		const [advanced, finished, described] = running;
		originals.push(advanced!, finished!, described!);
		edited['advanced'] = await redaktion.patch<Row>(`/items/measures/${advanced!['id']}`, {
			progress_current: Math.min(Number(advanced!['progress_target']), Number(advanced!['progress_current']) + 1),
			// Read off a chart: "ca." travels into the frozen update.
			progress_approximate: true,
		});
		edited['finished'] = await redaktion.patch<Row>(`/items/measures/${finished!['id']}`, { status: 'completed', progress_current: finished!['progress_target'] });
		edited['described'] = await redaktion.patch<Row>(`/items/measures/${described!['id']}`, { next_steps: 'Pilot im Bauamt, danach Rollout.' });

		const closed = await redaktion.patch<Row>(`/items/status_reports/${report['id']}`, { state: 'closed' });
		expect(closed['state']).toBe('closed');
		expect(closed['closed_at']).toBeTruthy();

		const now = await redaktion.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'friesland', 'filter[id][_in]': running.map((m) => m['id']).join(','), fields: MEASURE_FIELDS, limit: -1 })}`);
		const frozen = await updatesOf(redaktion, String(report['id']));
		expect(frozen).toEqual(now.map(frozenOf).sort(byMeasure));
		expect(frozen.find((u) => u['measure'] === advanced!['id'])?.['progress_approximate']).toBe(true);
	});

	it('leaves the measures finished before August 2022 out of the new report', async () => {
		const frozen = new Set((await updatesOf(redaktion, String(report['id']))).map((u) => u['measure']));
		const history = measures.filter((m) => m['status'] === 'completed' || m['status'] === 'ended');
		expect({ history: history.length > 0, frozen: history.filter((m) => frozen.has(m['id'])) }).toEqual({ history: true, frozen: [] });
	});

	it('refuses changes to the closed report, to its updates and new updates, in German, and changes nothing', async () => {
		const [update] = await redaktion.get<Row[]>(`/items/progress_updates${q({ 'filter[status_report][_eq]': String(report['id']), fields: 'id,progress_text', limit: 1 })}`);
		const attempts = await Promise.all([
			failure(redaktion.patch(`/items/status_reports/${report['id']}`, { title: 'Umbenannt' })),
			failure(redaktion.patch(`/items/status_reports/${report['id']}`, { state: 'draft' })),
			failure(redaktion.patch(`/items/progress_updates/${update!['id']}`, { progress_text: 'Nachträglich geändert' })),
			failure(redaktion.post('/items/progress_updates', { status_report: report['id'], measure: measures[0]!['id'], progress_text: 'Nachgereicht' })),
			failure(redaktion.delete(`/items/progress_updates/${update!['id']}`)),
			failure(redaktion.delete(`/items/status_reports/${report['id']}`)),
		]);
		expect(attempts.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400]);
		expect(attempts[0]!.message).toBe('Der Bericht „Sachstandsbericht Februar 2023“ ist abgeschlossen und kann nicht mehr geändert werden, auch nicht seine Meldungen. Änderungen gehören in den nächsten Bericht.');
		expect(attempts[3]!.message).toBe('Der Bericht „Sachstandsbericht Februar 2023“ ist abgeschlossen; es können keine Meldungen mehr hinzugefügt werden. Bitte legen Sie einen neuen Bericht an.');
		expect(attempts[5]!.message).toBe('Der Bericht „Sachstandsbericht Februar 2023“ ist abgeschlossen. Abgeschlossene Berichte kann nur die Administration löschen.');
		const after = await redaktion.get<Row>(`/items/status_reports/${report['id']}${q({ fields: 'title,state' })}`);
		const stored = await redaktion.get<Row>(`/items/progress_updates/${update!['id']}${q({ fields: 'id,progress_text' })}`);
		const count = await updatesOf(redaktion, String(report['id']));
		expect({ after, stored, count: count.length }).toEqual({ after: { title: 'Sachstandsbericht Februar 2023', state: 'closed' }, stored: update, count: 20 });
	});

	it('keeps the frozen values when the measure changes after closing', async () => {
		const id = String(edited['described']!['id']);
		const before = (await updatesOf(redaktion, String(report['id']))).find((u) => u['measure'] === id);
		await redaktion.patch(`/items/measures/${id}`, { next_steps: 'Schon wieder anders.' });
		const after = (await updatesOf(redaktion, String(report['id']))).find((u) => u['measure'] === id);
		expect(after).toEqual(before);
	});

	it('tells the dashboard what changed since August 2022, and keeps the history oldest first', async () => {
		const { reportChanges, measures: views, statusReports } = await dashboard(redaktion, 'friesland');
		const changedIds = new Set(Object.values(edited).map((m) => m['id']));
		const augustUpdates = new Map((await updatesOf(redaktion, String(august['id']))).map((u) => [u['measure'], u]));
		const percentThen = (id: unknown) => augustUpdates.get(id)?.['progress_percent'] ?? null;
		const statusThen = (id: unknown) => augustUpdates.get(id)?.['status'] ?? null;
		expect(reportChanges?.report).toEqual({ id: report['id'], title: 'Sachstandsbericht Februar 2023', report_date: '2023-02-01' });
		expect(reportChanges?.previous).toEqual({ id: august['id'], title: august['title'], report_date: '2022-08-01' });
		expect(reportChanges?.measures.filter((m) => m.change !== 'unchanged')).toEqual(
			Object.values(edited)
				.map((m) => ({
					id: m['id'],
					code: m['code'],
					title: m['title'],
					change: 'changed',
					status: [statusThen(m['id']), m['status']],
					progress_percent: [percentThen(m['id']), m['progress_percent']],
				}))
				.sort((a, b) => Number(a.code) - Number(b.code)),
		);
		expect(reportChanges?.measures.filter((m) => m.change === 'unchanged').length).toBe(20 - changedIds.size);

		const advanced = views.find((m) => m.id === edited['advanced']!['id']);
		expect(advanced?.updates.map((u) => [u.report.id, u.progress_value])).toEqual([
			[august['id'], augustUpdates.get(advanced?.id)?.['progress_value']],
			[report['id'], edited['advanced']!['progress_current']],
		]);
		expect(statusReports.map((r) => r.id)).toEqual([report['id'], august['id']]);
	});

	it('lets an administrator delete the closed report, its updates with it', async () => {
		await admin.delete(`/items/status_reports/${report['id']}`);
		const left = await admin.get<Row[]>(`/items/progress_updates${q({ 'filter[status_report][_eq]': String(report['id']), fields: 'id' })}`);
		const { reportChanges } = await dashboard(redaktion, 'friesland');
		expect({ left, report: reportChanges?.report.id }).toEqual({ left: [], report: august['id'] });
		report = undefined as unknown as Row;
	});
});

describe('a district that reports for the first time and then again', () => {
	const district = 'testkreis-bericht';
	let redaktion: DirectusApi;
	let admin: DirectusApi;
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		redaktion = await asRedaktion();
		admin = await asAdmin();
		await admin.post('/items/districts', { id: district, name: 'Testkreis Bericht', state: 'Niedersachsen' });
		const created = await redaktion.post<Row[]>('/items/measures', [
			{ district, code: '1', title: 'Läuft', theme: 'organisation', status: 'in_progress', progress_current: 2, progress_target: 10 },
			{ district, code: '2', title: 'Fertig', theme: 'organisation', status: 'completed', progress_current: 10, progress_target: 10 },
			{ district, code: '3', title: 'Geplant', theme: 'organisation', status: 'planned' },
		]);
		for (const m of created) ids[String(m['code'])] = String(m['id']);
	});

	afterAll(async () => {
		await admin.delete(`/items/districts/${district}`);
	});

	it('freezes every measure, the completed one too, when a report is created closed with no report before it', async () => {
		const first = await redaktion.post<Row>('/items/status_reports', { district, title: 'Erster Bericht', report_date: '2024-01-15', state: 'closed' });
		ids['first'] = String(first['id']);
		const frozen = (await updatesOf(redaktion, ids['first'])).map((u) => [u['measure'], u['status'], u['progress_percent']]);
		const { reportChanges } = await dashboard(admin, district);
		expect({ frozen, previous: reportChanges?.previous, changes: reportChanges?.measures.map((m) => m.change) }).toEqual({
			frozen: [
				[ids['1'], 'in_progress', 20],
				[ids['2'], 'completed', 100],
				[ids['3'], 'planned', null],
			].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
			previous: null,
			changes: ['new', 'new', 'new'],
		});
	});

	it('adds a measure created since as new and does not freeze the one completed before the previous report again', async () => {
		const added = await redaktion.post<Row>('/items/measures', { district, code: '4', title: 'Neu seit dem ersten Bericht', theme: 'organisation', status: 'planned' });
		await redaktion.patch(`/items/measures/${ids['1']}`, { progress_current: 5 });
		const second = await redaktion.post<Row>('/items/status_reports', { district, title: 'Zweiter Bericht', report_date: '2024-07-01' });
		await redaktion.patch(`/items/status_reports/${second['id']}`, { state: 'closed' });
		const frozen = (await updatesOf(redaktion, String(second['id']))).map((u) => u['measure']);
		const { reportChanges } = await dashboard(admin, district);
		expect({ frozen, changes: reportChanges?.measures.map((m) => [m.code, m.change, m.status, m.progress_percent]) }).toEqual({
			frozen: [ids['1'], ids['3'], added['id']].sort(),
			changes: [
				['1', 'changed', ['in_progress', 'in_progress'], [20, 50]],
				['3', 'unchanged', ['planned', 'planned'], [null, null]],
				['4', 'new', [null, 'planned'], [null, null]],
			],
		});
	});

	it('refuses an unknown report state in German', async () => {
		expect(await failure(redaktion.post('/items/status_reports', { district, title: 'Falsch', report_date: '2024-09-01', state: 'fertig' }))).toEqual({
			status: 400,
			message: 'Unbekannter Stand „fertig“. Erlaubt sind „Entwurf“ (draft) und „Abgeschlossen“ (closed).',
		});
	});
});

describe('an approximate reading in a report', () => {
	const district = 'testkreis-ungefaehr';
	let admin: DirectusApi;

	beforeAll(async () => {
		admin = await asAdmin();
		await admin.post('/items/districts', { id: district, name: 'Testkreis Ungefähr', state: 'Hessen' });
	});

	afterAll(async () => {
		await admin.delete(`/items/districts/${district}`);
	});

	it('freezes "ca." with the progress, and a measure without status as "nicht angegeben" (null)', async () => {
		const redaktion = await asRedaktion();
		const created = await redaktion.post<Row[]>('/items/measures', [
			{ district, code: '1', title: 'Abgelesen', theme: 'organisation', status: null, progress_current: 2.5, progress_approximate: true, progress_target: 10 },
			{ district, code: '2', title: 'Genau', theme: 'organisation', status: 'in_progress', progress_current: 4, progress_target: 10 },
		]);
		const read = created.find((m) => m['code'] === '1');
		const exact = created.find((m) => m['code'] === '2');
		const report = await redaktion.post<Row>('/items/status_reports', { district, title: 'Bericht', report_date: '2025-01-15' });
		await redaktion.patch(`/items/status_reports/${report['id']}`, { state: 'closed' });
		const frozen = await updatesOf(redaktion, String(report['id']));
		expect(frozen.map((u) => [u['measure'], u['status'], u['progress_value'], u['progress_approximate']])).toEqual(
			[
				[read!['id'], null, 2.5, true],
				[exact!['id'], 'in_progress', 4, false],
			].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
		);
	});

	it('takes an owner\'s exact number on acceptance: the measure\'s progress is no longer "ca."', async () => {
		const redaktion = await asRedaktion();
		// A batch create answers its items in no promised order: pick them by code.
		const created = await redaktion.post<Row[]>('/items/measures', [
			{ district, code: '3', title: 'Neu gemeldet', theme: 'organisation', status: 'in_progress', progress_current: 2, progress_approximate: true, progress_target: 10 },
			{ district, code: '4', title: 'Gleich gemeldet', theme: 'organisation', status: 'in_progress', progress_current: 5, progress_approximate: true, progress_target: 10 },
		]);
		const changed = created.find((m) => m['code'] === '3');
		const same = created.find((m) => m['code'] === '4');
		const round = await redaktion.post<Row>('/items/status_reports', { district, title: 'Runde', report_date: '2025-07-01' });
		const submissions = await admin.post<Row[]>('/items/progress_submissions', [
			{ status_report: round['id'], measure: changed!['id'], status: 'in_progress', progress_current: 3 },
			{ status_report: round['id'], measure: same!['id'], status: 'in_progress', progress_current: 5 },
		]);
		for (const submission of submissions) await redaktion.patch(`/items/progress_submissions/${submission['id']}`, { state: 'accepted' });
		const measures = await admin.get<Row[]>(`/items/measures${q({ 'filter[id][_in]': `${changed!['id']},${same!['id']}`, fields: 'code,progress_current,progress_approximate', sort: 'code' })}`);
		expect(measures).toEqual([
			{ code: '3', progress_current: 3, progress_approximate: false },
			{ code: '4', progress_current: 5, progress_approximate: true },
		]);
	});
});
