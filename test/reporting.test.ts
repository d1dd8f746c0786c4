/**
 * Owners report without a Studio seat, over HTTP against the real endpoint and hooks: a
 * Meldende person lists and submits their own measures, is refused another owner's measure and
 * a value the measure would refuse (nothing stored), the Redaktion accepts (the measure takes the
 * values and is recomputed) or returns with a note, a closed report takes no more submissions,
 * the role writes nothing through /items or GraphQL, takes no seat, and 200 owners submitting at
 * once are stored exactly once each.
 *
 * Everything but the demo user's own look at Viersen runs in a district of its own, removed at
 * the end, so the seeded districts other tests count stay as they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, loginApi, type DirectusApi } from '../scripts/lib/directus-api';
import { loadSeed } from '../seed/load-seed';
import { asAdmin, asLeitung, asRedaktion, directus, failure, q } from './support/api';

type Row = Record<string, unknown>;
const DISTRICT = 'meldetest';
const PASSWORD = 'meldende-test-passwort';

interface Setup {
	admin: DirectusApi;
	redaktion: DirectusApi;
	report: string;
	owners: { a: string; b: string };
	measures: { a1: string; a2: string; a3: string; done: string; b1: string };
	users: { a: string; b: string };
	meldendeRole: string;
}
let setup: Setup;
const createdUsers: string[] = [];

/** A request whose HTTP status matters more than its body; never throws. */
async function send(token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: Row }> {
	const response = await fetch(directus().url + path, {
		method,
		headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
		body: body !== undefined ? JSON.stringify(body) : undefined,
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as Row) : {} };
}
const errorOf = (body: Row) => (body['errors'] as { message: string; extensions?: Row }[] | undefined)?.[0];

async function submissionsOf(measure: string): Promise<Row[]> {
	return setup.admin.get<Row[]>(`/items/progress_submissions${q({ 'filter[measure][_eq]': measure, fields: 'id,state,status,progress_current,progress_text,next_steps,review_note,submitted_by', limit: -1 })}`);
}
async function measure(id: string): Promise<Row> {
	return setup.admin.get<Row>(`/items/measures/${id}?fields=status,progress_current,progress_target,progress_percent,progress_text,next_steps`);
}
async function token(email: string): Promise<string> {
	const data = await createApi(directus().url, null).post<{ access_token: string }>('/auth/login', { email, password: PASSWORD });
	return data.access_token;
}

beforeAll(async () => {
	const admin = await asAdmin();
	const redaktion = await asRedaktion();
	await admin.post('/items/districts', { id: DISTRICT, name: 'Kreis Meldetest', state: 'Testland', published: false });
	// Directus answers a batch in its own order, not the order sent: rows are found by their values.
	const by = (rows: Row[], field: string, value: unknown) => rows.find((row) => row[field] === value)!;
	const ownerRows = await admin.post<Row[]>('/items/owners', [
		{ district: DISTRICT, name: 'Amt für Test, Abteilung A' },
		{ district: DISTRICT, name: 'Amt für Test, Abteilung B', email: 'b@example.com' },
	]);
	const [a, b] = [by(ownerRows, 'name', 'Amt für Test, Abteilung A'), by(ownerRows, 'name', 'Amt für Test, Abteilung B')];
	const base = { district: DISTRICT, theme: 'organisation', progress_target: 10 };
	const measureRows = await admin.post<Row[]>('/items/measures', [
		{ ...base, code: '1', title: 'Erste Maßnahme von A', status: 'in_progress', progress_current: 2, owner: a!['id'] },
		{ ...base, code: '2', title: 'Zweite Maßnahme von A', status: 'planned', owner: a!['id'] },
		{ ...base, code: '10', title: 'Dritte Maßnahme von A', status: 'planned', owner: a!['id'], planned_date: '2020-01-31' },
		{ ...base, code: '3', title: 'Umgesetzte Maßnahme von A', status: 'completed', progress_current: 10, owner: a!['id'] },
		{ ...base, code: '4', title: 'Maßnahme von B', status: 'in_progress', owner: b!['id'] },
	]);
	const [a1, a2, a3, done, b1] = ['1', '2', '10', '3', '4'].map((code) => by(measureRows, 'code', code));
	const [role] = await admin.get<Row[]>(`/roles${q({ 'filter[name][_eq]': 'Meldende', fields: 'id' })}`);
	const userRows = await admin.post<Row[]>('/users', [
		{ email: 'meldende-a@example.com', password: PASSWORD, role: role!['id'], owner: a!['id'], status: 'active', language: 'de-DE' },
		{ email: 'meldende-b@example.com', password: PASSWORD, role: role!['id'], owner: b!['id'], status: 'active', language: 'de-DE' },
	]);
	const users = [by(userRows, 'email', 'meldende-a@example.com'), by(userRows, 'email', 'meldende-b@example.com')];
	createdUsers.push(...users.map((u) => String(u['id'])));
	const report = await redaktion.post<Row>('/items/status_reports', { district: DISTRICT, title: 'Sachstand Meldetest', report_date: '2030-06-30', due_date: '2030-06-15' });
	setup = {
		admin,
		redaktion,
		report: String(report['id']),
		owners: { a: String(a!['id']), b: String(b!['id']) },
		measures: { a1: String(a1!['id']), a2: String(a2!['id']), a3: String(a3!['id']), done: String(done!['id']), b1: String(b1!['id']) },
		users: { a: String(users[0]!['id']), b: String(users[1]!['id']) },
		meldendeRole: String(role!['id']),
	};
});

afterAll(async () => {
	const admin = await asAdmin();
	for (let start = 0; start < createdUsers.length; start += 100) await admin.request('DELETE', '/users', createdUsers.slice(start, start + 100)).catch(() => undefined);
	await admin.delete(`/items/districts/${DISTRICT}`).catch(() => undefined);
});

describe('a Meldende person', () => {
	it('sees the draft reports of their district with their running measures', async () => {
		const { body, status } = await send(await token('meldende-a@example.com'), 'GET', '/reporting/me');
		const data = body['data'] as { owner: Row; rounds: { report: Row; measures: Row[] }[] };
		expect({
			status,
			owner: data.owner,
			rounds: data.rounds.map((round) => ({ report: round.report, measures: round.measures.map((m) => [m['code'], m['overdue'], m['submission']]) })),
		}).toEqual({
			status: 200,
			owner: { id: setup.owners.a, name: 'Amt für Test, Abteilung A', district: DISTRICT },
			rounds: [
				{
					report: { id: setup.report, title: 'Sachstand Meldetest', report_date: '2030-06-30', due_date: '2030-06-15' },
					measures: [
						['1', false, null],
						['2', false, null],
						['10', true, null],
					],
				},
			],
		});
	});

	it('submits a measure, and a second submission replaces the first', async () => {
		const meldende = await token('meldende-a@example.com');
		const first = await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a1, status: 'in_progress', progress_current: 5, progress_text: 'Pilot läuft', next_steps: 'Ausrollen' });
		const second = await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a1, progress_current: 6 });
		const me = await send(meldende, 'GET', '/reporting/me');
		const listed = (me.body['data'] as { rounds: { measures: Row[] }[] }).rounds[0]!.measures.find((m) => m['id'] === setup.measures.a1)!;
		expect({
			statuses: [first.status, second.status],
			sameRow: (first.body['data'] as Row)['id'] === (second.body['data'] as Row)['id'],
			stored: await submissionsOf(setup.measures.a1),
			listed: { state: (listed['submission'] as Row)['state'], progress: (listed['submission'] as Row)['progress_current'], live: listed['progress_current'] },
			measure: (await measure(setup.measures.a1))['progress_current'],
		}).toEqual({
			statuses: [200, 200],
			sameRow: true,
			stored: [{ id: (first.body['data'] as Row)['id'], state: 'submitted', status: 'in_progress', progress_current: 6, progress_text: null, next_steps: null, review_note: null, submitted_by: setup.users.a }],
			listed: { state: 'submitted', progress: 6, live: 2 },
			measure: 2,
		});
	});

	it('is named in the activity of their submission, not the administrator', async () => {
		const [row] = await submissionsOf(setup.measures.a1);
		const activity = await setup.admin.get<Row[]>(`/activity${q({ 'filter[collection][_eq]': 'progress_submissions', 'filter[item][_eq]': String(row!['id']), fields: 'action,user', sort: 'timestamp' })}`);
		expect(activity).toEqual([
			{ action: 'create', user: setup.users.a },
			{ action: 'update', user: setup.users.a },
		]);
	});

	it('is refused another owner\'s measure with 403, and nothing is stored', async () => {
		const attempt = await send(await token('meldende-a@example.com'), 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.b1, status: 'in_progress', progress_current: 3 });
		expect({ status: attempt.status, message: errorOf(attempt.body)?.message, stored: await submissionsOf(setup.measures.b1) }).toEqual({
			status: 403,
			message: 'Die Maßnahme 4 „Maßnahme von B“ gehört nicht zu Ihrer Stelle. Sie können nur Maßnahmen Ihrer eigenen Stelle melden.',
			stored: [],
		});
	});

	it('is refused progress above the target with 400 at the field, with the message of a direct edit, and nothing is stored', async () => {
		const meldende = await token('meldende-a@example.com');
		const attempt = await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a2, status: 'in_progress', progress_current: 11 });
		const direct = await failure(setup.redaktion.patch(`/items/measures/${setup.measures.a2}`, { progress_current: 11 }));
		const unknownField = await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a2, fortschritt: 3 });
		expect({
			status: attempt.status,
			error: { message: errorOf(attempt.body)?.message, field: errorOf(attempt.body)?.extensions?.['field'] },
			direct,
			unknownField: [unknownField.status, errorOf(unknownField.body)?.message],
			stored: await submissionsOf(setup.measures.a2),
		}).toEqual({
			status: 400,
			error: { message: '„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 11).', field: 'progress_current' },
			direct: { status: 400, message: '„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 11).' },
			unknownField: [400, 'Unbekanntes Feld „fortschritt“. Erlaubt sind: report, measure, status, progress_current, progress_text, next_steps.'],
			stored: [],
		});
	});

	it('is refused without a login, and a finished measure is not reported', async () => {
		const anonymous = await send(null, 'GET', '/reporting/me');
		const finished = await send(await token('meldende-a@example.com'), 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.done, status: 'completed' });
		expect({ anonymous: anonymous.status, finished: [finished.status, errorOf(finished.body)?.message] }).toEqual({
			anonymous: 401,
			finished: [400, 'Die Maßnahme 3 „Umgesetzte Maßnahme von A“ ist bereits umgesetzt oder beendet und wird nicht mehr gemeldet.'],
		});
	});
});

describe('the Redaktion', () => {
	it('accepts a submission: the measure takes its values and is recomputed in the same request', async () => {
		const meldende = await token('meldende-a@example.com');
		const sent = await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a1, status: 'in_progress', progress_current: 7, progress_text: 'Zwei Ämter umgestellt', next_steps: 'Restliche Ämter' });
		const id = String((sent.body['data'] as Row)['id']);
		const accepted = await setup.redaktion.patch<Row>(`/items/progress_submissions/${id}`, { state: 'accepted' });
		const dashboard = await setup.admin.get<{ measures: Row[] }>(`/dashboard/districts/${DISTRICT}`);
		const [redaktionUser] = await setup.admin.get<Row[]>(`/users${q({ 'filter[email][_eq]': 'redaktion@example.com', fields: 'id' })}`);
		const [edit] = await setup.admin.get<Row[]>(`/activity${q({ 'filter[collection][_eq]': 'measures', 'filter[item][_eq]': setup.measures.a1, 'filter[action][_eq]': 'update', fields: 'user', sort: '-timestamp', limit: 1 })}`);
		expect({
			state: accepted['state'],
			measure: await measure(setup.measures.a1),
			onDashboard: dashboard.measures.find((m) => m['id'] === setup.measures.a1)?.['progress_percent'],
			editedBy: edit?.['user'] === redaktionUser!['id'],
		}).toEqual({
			state: 'accepted',
			measure: { status: 'in_progress', progress_current: 7, progress_target: 10, progress_percent: 70, progress_text: 'Zwei Ämter umgestellt', next_steps: 'Restliche Ämter' },
			onDashboard: 70,
			editedBy: true,
		});
	});

	it('is refused an accept whose value the measure no longer takes, and nothing changes', async () => {
		const meldende = await token('meldende-a@example.com');
		const sent = await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a2, status: 'in_progress', progress_current: 8 });
		await setup.redaktion.patch(`/items/measures/${setup.measures.a2}`, { progress_target: 5 });
		const before = await measure(setup.measures.a2);
		const attempt = await failure(setup.redaktion.patch(`/items/progress_submissions/${String((sent.body['data'] as Row)['id'])}`, { state: 'accepted' }));
		expect({ attempt, measure: await measure(setup.measures.a2), submission: (await submissionsOf(setup.measures.a2)).map((s) => s['state']) }).toEqual({
			attempt: { status: 400, message: '„Fortschritt“ muss zwischen 0 und 5 („Abschluss bei“) liegen (angegeben: 8).' },
			measure: before,
			submission: ['submitted'],
		});
	});

	it('returns a submission only with a note, which the owner then sees', async () => {
		const [submission] = await submissionsOf(setup.measures.a2);
		const path = `/items/progress_submissions/${String(submission!['id'])}`;
		const withoutNote = await failure(setup.redaktion.patch(path, { state: 'returned' }));
		const blankNote = await failure(setup.redaktion.patch(path, { state: 'returned', review_note: '   ' }));
		await setup.redaktion.patch(path, { state: 'returned', review_note: 'Bitte den Fortschritt auf der neuen Skala bis 5 melden.' });
		const me = await send(await token('meldende-a@example.com'), 'GET', '/reporting/me');
		const listed = (me.body['data'] as { rounds: { measures: Row[] }[] }).rounds[0]!.measures.find((m) => m['id'] === setup.measures.a2)!;
		const message = 'Bitte beim Zurückgeben einen Hinweis für die meldende Stelle angeben („Hinweis der Redaktion“).';
		expect({ withoutNote, blankNote, seen: [(listed['submission'] as Row)['state'], (listed['submission'] as Row)['review_note']] }).toEqual({
			withoutNote: { status: 400, message },
			blankNote: { status: 400, message },
			seen: ['returned', 'Bitte den Fortschritt auf der neuen Skala bis 5 melden.'],
		});
	});

	it('sees a new submission after returning as submitted again, without the old note', async () => {
		await send(await token('meldende-a@example.com'), 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.a2, progress_current: 4 });
		expect((await submissionsOf(setup.measures.a2)).map((s) => [s['state'], s['progress_current'], s['review_note']])).toEqual([['submitted', 4, null]]);
	});
});

describe('the role Meldende', () => {
	it('writes nothing through /items, on several collections', async () => {
		const meldende = await token('meldende-a@example.com');
		const [submission] = await submissionsOf(setup.measures.a2);
		const attempts = [
			await send(meldende, 'POST', '/items/progress_submissions', { status_report: setup.report, measure: setup.measures.a3, status: 'planned' }),
			await send(meldende, 'PATCH', `/items/progress_submissions/${String(submission!['id'])}`, { state: 'accepted' }),
			await send(meldende, 'PATCH', `/items/measures/${setup.measures.a1}`, { progress_current: 1 }),
			await send(meldende, 'PATCH', `/items/measures/${setup.measures.b1}`, { owner: setup.owners.a }),
			await send(meldende, 'POST', '/items/owners', { district: DISTRICT, name: 'Eigene Stelle' }),
			await send(meldende, 'DELETE', `/items/owners/${setup.owners.b}`),
			await send(meldende, 'DELETE', `/items/status_reports/${setup.report}`),
			await send(meldende, 'PATCH', '/users/me', { owner: setup.owners.b }),
		];
		expect({
			statuses: attempts.map((a) => a.status),
			submission: (await submissionsOf(setup.measures.a2)).map((s) => s['state']),
			a3: await submissionsOf(setup.measures.a3),
			measures: [(await measure(setup.measures.a1))['progress_current'], (await setup.admin.get<Row>(`/items/measures/${setup.measures.b1}?fields=owner`))['owner']],
			owners: (await setup.admin.get<Row[]>(`/items/owners${q({ 'filter[district][_eq]': DISTRICT, fields: 'name', sort: 'name' })}`)).map((o) => o['name']),
			ownerOfUser: (await setup.admin.get<Row>(`/users/${setup.users.a}?fields=owner`))['owner'],
		}).toEqual({
			statuses: [403, 403, 403, 403, 403, 403, 403, 403],
			submission: ['submitted'],
			a3: [],
			measures: [7, setup.owners.b],
			owners: ['Amt für Test, Abteilung A', 'Amt für Test, Abteilung B'],
			ownerOfUser: setup.owners.a,
		});
	});

	it('writes nothing through GraphQL', async () => {
		const meldende = await token('meldende-a@example.com');
		const [submission] = await submissionsOf(setup.measures.a2);
		const mutations = [
			`mutation { create_progress_submissions_item(data: { status_report: { id: "${setup.report}" }, measure: { id: "${setup.measures.a3}" }, status: "planned" }) { id } }`,
			`mutation { update_progress_submissions_item(id: "${String(submission!['id'])}", data: { state: "accepted" }) { id } }`,
			`mutation { update_measures_item(id: "${setup.measures.a1}", data: { progress_current: 1 }) { id } }`,
			`mutation { create_owners_item(data: { district: { id: "${DISTRICT}" }, name: "Eigene Stelle" }) { id } }`,
			`mutation { delete_owners_item(id: "${setup.owners.b}") { id } }`,
		];
		const answers = await Promise.all(mutations.map((query) => send(meldende, 'POST', '/graphql', { query })));
		expect({
			refused: answers.map((a) => a.status >= 400 || Array.isArray(a.body['errors'])),
			changedNothing: answers.map((a) => (a.body['data'] as Row | null | undefined) ?? null).every((data) => data === null || Object.values(data).every((v) => v === null)),
			submission: (await submissionsOf(setup.measures.a2)).map((s) => s['state']),
			a3: await submissionsOf(setup.measures.a3),
			a1: (await measure(setup.measures.a1))['progress_current'],
			owners: (await setup.admin.get<Row[]>(`/items/owners${q({ 'filter[district][_eq]': DISTRICT, fields: 'id', limit: -1 })}`)).length,
		}).toEqual({ refused: [true, true, true, true, true], changedNothing: true, submission: ['submitted'], a3: [], a1: 7, owners: 2 });
	});

	it('takes no Studio seat: its users stay active beside admin and Redaktion, the demo user among them', async () => {
		const [policy] = await setup.admin.get<Row[]>(`/policies${q({ 'filter[name][_eq]': 'Meldende', fields: 'app_access,admin_access' })}`);
		const users = await setup.admin.get<Row[]>(`/users${q({ 'filter[email][_in]': 'meldung@example.com,meldende-a@example.com,meldende-b@example.com', fields: 'email,status,language,role.name', sort: 'email' })}`);
		const demo = await loginApi(directus().url, 'meldung@example.com', 'meldung');
		const me = await demo.get<{ owner: Row | null }>('/reporting/me');
		expect({ policy, users, demoOwner: me.owner?.['name'] }).toEqual({
			policy: { app_access: false, admin_access: false },
			users: [
				{ email: 'meldende-a@example.com', status: 'active', language: 'de-DE', role: { name: 'Meldende' } },
				{ email: 'meldende-b@example.com', status: 'active', language: 'de-DE', role: { name: 'Meldende' } },
				{ email: 'meldung@example.com', status: 'active', language: 'de-DE', role: { name: 'Meldende' } },
			],
			demoOwner: 'Amt für Personal und Organisation, Informations- und Kommunikationstechnik',
		});
	});
});

describe('the demo person of Viersen', () => {
	it('sees the measures Viersen\'s Steckbriefe give their unit in a draft report', async () => {
		const redaktion = await asRedaktion();
		const draft = await redaktion.post<Row>('/items/status_reports', { district: 'viersen', title: 'Sachstand Meldetest Viersen', report_date: '2031-01-31' });
		try {
			const demo = await loginApi(directus().url, 'meldung@example.com', 'meldung');
			const me = await demo.get<{ owner: Row; rounds: { report: Row; measures: Row[] }[] }>('/reporting/me');
			const round = me.rounds.find((r) => r.report['id'] === draft['id']);
			expect({ district: me.owner['district'], measures: round?.measures.map((m) => m['code']) }).toEqual({ district: 'viersen', measures: ['43', '44', '46'] });
		} finally {
			await redaktion.delete(`/items/status_reports/${String(draft['id'])}`);
		}
	});

	it('leaves Leitung without an owner, so it has nothing to report', async () => {
		const leitung = await asLeitung();
		expect(await leitung.get('/reporting/me')).toEqual({ owner: null, rounds: [] });
	});
});

describe('Viersen\'s owners in a database seeded before owners existed', () => {
	it('arrive once, linked only to measures without an owner, and an editor\'s assignment stays', async () => {
		const admin = await asAdmin();
		const owners = await admin.get<Row[]>(`/items/owners${q({ 'filter[district][_eq]': 'viersen', fields: 'id,name', limit: -1 })}`);
		const ownerNamed = (start: string) => owners.find((o) => String(o['name']) === start)!;
		const ope = ownerNamed('Amt für Personal und Organisation, Organisations- und Personalentwicklung, E-Government');
		const iuk = ownerNamed('Amt für Personal und Organisation, Informations- und Kommunikationstechnik');
		const zd = ownerNamed('Amt für Personal und Organisation, Zentrale Dienste');
		const [m34] = await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', 'filter[code][_eq]': '34', fields: 'id' })}`);
		const ownersByCode = async () =>
			Object.fromEntries(
				(await admin.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', 'filter[owner][_nnull]': 'true', fields: 'code,owner.name', limit: -1 })}`)).map((m) => [
					m['code'],
					(m['owner'] as Row)['name'],
				]),
			);
		const before = await ownersByCode();
		try {
			// The state of a database seeded before owners: no mark, one owner missing. An editor
			// has meanwhile given measure 34 to another unit.
			await admin.patch(`/items/measures/${String(m34!['id'])}`, { owner: iuk['id'] });
			await admin.delete(`/items/owners/${String(ope['id'])}`);
			await admin.patch('/items/districts/viersen', { owners_seeded_at: null });
			const first = (await loadSeed(admin, () => {})).find((r) => r.district === 'viersen');
			const second = (await loadSeed(admin, () => {})).find((r) => r.district === 'viersen');
			const after = await ownersByCode();
			expect({ first: first?.created, second: second?.skipped, after }).toEqual({
				first: { owners: 1, measures_linked: 5 },
				second: true,
				after: { ...before, '34': iuk['name'] },
			});
		} finally {
			await admin.patch(`/items/measures/${String(m34!['id'])}`, { owner: zd['id'] });
		}
	});
});

describe('the Redaktion accepting several at once ("Alle eingereichten übernehmen")', () => {
	it('changes nothing when one of them is refused, naming its measure, and takes all of them otherwise', async () => {
		const meldende = await token('meldende-a@example.com');
		const submit = async (measureId: string, progress: number) =>
			String(((await send(meldende, 'POST', '/reporting/submissions', { report: setup.report, measure: measureId, status: 'in_progress', progress_current: progress })).body['data'] as Row)['id']);
		const a1 = await submit(setup.measures.a1, 8);
		const a3 = await submit(setup.measures.a3, 9);
		await setup.redaktion.patch(`/items/measures/${setup.measures.a3}`, { progress_target: 5 });
		const refused = await failure(setup.redaktion.patch('/items/progress_submissions', { keys: [a1, a3], data: { state: 'accepted' } }));
		const afterRefusal = [(await measure(setup.measures.a1))['progress_current'], (await measure(setup.measures.a3))['progress_current']];
		await submit(setup.measures.a3, 4);
		await setup.redaktion.patch('/items/progress_submissions', { keys: [a1, a3], data: { state: 'accepted' } });
		expect({
			refused,
			afterRefusal,
			percents: [(await measure(setup.measures.a1))['progress_percent'], (await measure(setup.measures.a3))['progress_percent']],
			states: [...(await submissionsOf(setup.measures.a1)), ...(await submissionsOf(setup.measures.a3))].map((s) => s['state']),
		}).toEqual({
			refused: { status: 400, message: 'Maßnahme 10 „Dritte Maßnahme von A“: „Fortschritt“ muss zwischen 0 und 5 („Abschluss bei“) liegen (angegeben: 9).' },
			afterRefusal: [7, null],
			percents: [80, 80],
			states: ['accepted', 'accepted'],
		});
	});
});

describe('a closed report', () => {
	it('refuses new submissions and accepting old ones', async () => {
		const [open] = await submissionsOf(setup.measures.a2);
		await setup.redaktion.patch(`/items/status_reports/${setup.report}`, { state: 'closed' });
		const attempt = await send(await token('meldende-b@example.com'), 'POST', '/reporting/submissions', { report: setup.report, measure: setup.measures.b1, status: 'in_progress' });
		const accept = await failure(setup.redaktion.patch(`/items/progress_submissions/${String(open!['id'])}`, { state: 'accepted' }));
		expect({ attempt: [attempt.status, errorOf(attempt.body)?.message], accept, b1: await submissionsOf(setup.measures.b1), open: (await submissionsOf(setup.measures.a2)).map((s) => s['state']) }).toEqual({
			attempt: [400, 'Der Bericht „Sachstand Meldetest“ ist abgeschlossen; Meldungen sind nicht mehr möglich.'],
			accept: { status: 400, message: 'Der Bericht „Sachstand Meldetest“ ist abgeschlossen; seine Meldungen können nicht mehr eingereicht, übernommen oder geändert werden.' },
			b1: [],
			open: ['submitted'],
		});
	});
});

describe('200 owners submitting for the same report at once', () => {
	it('answer without a 5xx and are stored exactly once each, also when one person sends twice', async () => {
		const { admin } = setup;
		const report = await setup.redaktion.post<Row>('/items/status_reports', { district: DISTRICT, title: 'Sachstand Ansturm', report_date: '2030-12-31' });
		const count = 200;
		const owners = await admin.post<Row[]>('/items/owners', Array.from({ length: count }, (_, i) => ({ district: DISTRICT, name: `Ansturm-Stelle ${i + 1}` })));
		const created = await admin.post<Row[]>(
			'/items/measures',
			owners.map((owner, i) => ({ district: DISTRICT, theme: 'organisation', code: `A${i + 1}`, title: `Ansturm-Maßnahme ${i + 1}`, status: 'in_progress', progress_target: 10, owner: owner['id'] })),
		);
		// Directus answers a batch in its own order: each owner's measure is found by its owner.
		const measures = owners.map((owner) => created.find((m) => m['owner'] === owner['id'])!);
		// Static tokens: 200 password hashes would only time the hashing.
		const tokens = owners.map((_, i) => `ansturm-token-${i + 1}-${Date.now()}`);
		const users = await admin.post<Row[]>(
			'/users',
			owners.map((owner, i) => ({ email: `ansturm-${i + 1}@example.com`, token: tokens[i], role: setup.meldendeRole, owner: owner['id'], status: 'active' })),
		);
		createdUsers.push(...users.map((u) => String(u['id'])));
		const userOf = new Map(users.map((u) => [String(created.find((m) => m['owner'] === u['owner'])!['id']), u['id']]));

		const submit = (i: number) => send(tokens[i]!, 'POST', '/reporting/submissions', { report: report['id'], measure: measures[i]!['id'], status: 'in_progress', progress_current: (i % 10) + 1, progress_text: `Meldung ${i + 1}` });
		// Everyone at once, and the first person a second and third time in the same instant.
		const answers = await Promise.all([...measures.map((_, i) => submit(i)), submit(0), submit(0)]);
		const stored = await admin.get<Row[]>(`/items/progress_submissions${q({ 'filter[status_report][_eq]': String(report['id']), fields: 'measure,progress_current,submitted_by', limit: -1 })}`);
		const perMeasure = new Map<string, number>();
		for (const row of stored) perMeasure.set(String(row['measure']), (perMeasure.get(String(row['measure'])) ?? 0) + 1);
		expect({
			serverErrors: answers.filter((a) => a.status >= 500).length,
			statuses: [...new Set(answers.map((a) => a.status))],
			rows: stored.length,
			measuresWithOneRow: [...perMeasure.values()].filter((n) => n === 1).length,
			byTheirOwner: stored.filter((row) => userOf.get(String(row['measure'])) === row['submitted_by']).length,
			// 200 more users, none of them on a Studio seat: all stay active.
			activeUsers: (await admin.get<Row[]>(`/users${q({ 'filter[email][_starts_with]': 'ansturm-', 'filter[status][_eq]': 'active', fields: 'id', limit: -1 })}`)).length,
		}).toEqual({ serverErrors: 0, statuses: [200], rows: count, measuresWithOneRow: count, byTheirOwner: count, activeUsers: count });
	});
});
