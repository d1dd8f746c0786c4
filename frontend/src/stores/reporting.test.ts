// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { ReportingMe } from '../api/reporting-api';
import { fakeDirectus, loginReply, type FakeReply } from '../testing/fake-directus';
import { INSTANCE_A as a, withInstances } from '../testing/with-instances';
import { useAuthStore } from './auth';
import { formKey, useReportingStore } from './reporting';

const me = (): ReportingMe => ({
	owner: { id: 'o3', name: 'Amt für Personal und Organisation, Zentrale Dienste', district: 'viersen' },
	rounds: [
		{
			report: { id: 'r7', title: 'Sachstand Dezember 2026', report_date: '2026-12-31', due_date: '2026-12-15' },
			measures: [
				{ id: 'm44', code: '44', title: 'Work Space', status: 'planned', progress_current: 2, progress_target: 10, progress_text: null, next_steps: null, planned_date: null, overdue: false, last_report: null, submission: null },
			],
		},
	],
});

/** Signs in as the demo Meldende person and waits until the store has asked `/reporting/me`. */
async function signedIn(routes: Record<string, FakeReply>) {
	const fake = fakeDirectus({ [`POST ${a}/auth/login`]: loginReply('t-meldung'), ...routes });
	const store = await withInstances([a], useReportingStore);
	await useAuthStore().login(a, 'meldung@example.com', 'meldung');
	await nextTick();
	await vi.waitFor(() => expect(store.loading).toBe(false));
	return { store, ...fake };
}

describe('useReportingStore', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.unstubAllGlobals();
	});

	it('asks nothing without a login', async () => {
		const { calls } = fakeDirectus({});
		const store = await withInstances([a], useReportingStore);
		await store.load();
		expect({ calls: calls.length, entries: store.entries, hasOwner: store.hasOwner }).toEqual({ calls: 0, entries: [], hasOwner: false });
	});

	it('asks /reporting/me with the login after signing in and starts each form from the measure', async () => {
		const { store, calls } = await signedIn({ [`GET ${a}/reporting/me`]: { body: { data: me() } } });
		expect({
			asked: calls.filter((c) => c.url === `${a}/reporting/me`).map((c) => c.token),
			hasOwner: store.hasOwner,
			form: store.forms[formKey(a, 'r7', 'm44')],
		}).toEqual({ asked: ['t-meldung'], hasOwner: true, form: { status: 'planned', progress: '2', progressText: '', nextSteps: '' } });
	});

	it('takes a 403 as a login that does not report, not as a failure', async () => {
		const { store } = await signedIn({ [`GET ${a}/reporting/me`]: { status: 403, body: { errors: [{ message: 'Nur für meldende Stellen.' }] } } });
		expect({ access: store.byInstance[a]?.access, hasOwner: store.hasOwner }).toEqual({ access: 'forbidden', hasOwner: false });
	});

	it('sends a form as the submission and shows it as submitted with a confirmation', async () => {
		const { store, calls } = await signedIn({
			[`GET ${a}/reporting/me`]: { body: { data: me() } },
			[`POST ${a}/reporting/submissions`]: { body: { data: { id: 's91', state: 'submitted', submitted_at: '2026-12-01T13:30:00.000Z', review_note: null, status: 'in_progress', progress_current: 4.5, progress_text: 'Möbel bestellt', next_steps: null, status_report: 'r7', measure: 'm44' } } },
		});
		const key = formKey(a, 'r7', 'm44');
		store.forms[key] = { status: 'in_progress', progress: '4,5', progressText: 'Möbel bestellt', nextSteps: '' };
		const measure = store.byInstance[a]!.me!.rounds[0]!.measures[0]!;
		const stored = await store.submit(a, 'r7', measure);
		expect({
			stored,
			sent: calls.find((c) => c.method === 'POST' && c.url.endsWith('/reporting/submissions'))?.body,
			submission: store.byInstance[a]!.me!.rounds[0]!.measures[0]!.submission,
			confirmation: store.confirmations[key],
		}).toEqual({
			stored: true,
			sent: { report: 'r7', measure: 'm44', status: 'in_progress', progress_current: 4.5, progress_text: 'Möbel bestellt', next_steps: null },
			submission: { id: 's91', state: 'submitted', submitted_at: '2026-12-01T13:30:00.000Z', review_note: null, status: 'in_progress', progress_current: 4.5, progress_text: 'Möbel bestellt', next_steps: null },
			confirmation: 'Meldung für „Work Space“ eingereicht.',
		});
	});

	it('keeps a refused progress at its field and what was typed in the form', async () => {
		const message = '„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 12).';
		const { store } = await signedIn({
			[`GET ${a}/reporting/me`]: { body: { data: me() } },
			[`POST ${a}/reporting/submissions`]: { status: 400, body: { errors: [{ message, extensions: { code: 'INVALID_PAYLOAD' } }] } },
		});
		const key = formKey(a, 'r7', 'm44');
		store.forms[key] = { status: 'in_progress', progress: '12', progressText: '', nextSteps: '' };
		const stored = await store.submit(a, 'r7', store.byInstance[a]!.me!.rounds[0]!.measures[0]!);
		expect({ stored, fieldErrors: store.fieldErrors[key], formError: store.formErrors[key], progress: store.forms[key]?.progress, submission: store.byInstance[a]!.me!.rounds[0]!.measures[0]!.submission }).toEqual({
			stored: false,
			fieldErrors: { progress_current: message },
			formError: undefined,
			progress: '12',
			submission: null,
		});
	});

	it('sends nothing when the progress is not a number', async () => {
		const { store, calls } = await signedIn({ [`GET ${a}/reporting/me`]: { body: { data: me() } } });
		const key = formKey(a, 'r7', 'm44');
		store.forms[key] = { status: 'in_progress', progress: 'fast', progressText: '', nextSteps: '' };
		await store.submit(a, 'r7', store.byInstance[a]!.me!.rounds[0]!.measures[0]!);
		expect({ posts: calls.filter((c) => c.method === 'POST' && c.url.endsWith('/reporting/submissions')).length, field: Object.keys(store.fieldErrors[key] ?? {}) }).toEqual({ posts: 0, field: ['progress_current'] });
	});

	it('puts the refusal of another owner\'s measure above the form', async () => {
		const { store } = await signedIn({
			[`GET ${a}/reporting/me`]: { body: { data: me() } },
			[`POST ${a}/reporting/submissions`]: { status: 403, body: { errors: [{ message: 'Diese Maßnahme gehört nicht zu Ihrer Stelle.' }] } },
		});
		const key = formKey(a, 'r7', 'm44');
		await store.submit(a, 'r7', store.byInstance[a]!.me!.rounds[0]!.measures[0]!);
		expect({ formError: store.formErrors[key], fieldErrors: store.fieldErrors[key] }).toEqual({
			formError: 'Die Meldung für „Work Space“ wurde nicht gespeichert: Diese Maßnahme gehört nicht zu Ihrer Stelle.',
			fieldErrors: undefined,
		});
	});

	it('asks again when the page is opened again, keeping what is shown and what was typed', async () => {
		let answer = me();
		const { store } = await signedIn({ [`GET ${a}/reporting/me`]: () => ({ body: { data: answer } }) });
		const key = formKey(a, 'r7', 'm44');
		store.forms[key] = { status: 'in_progress', progress: '3', progressText: 'halb getippt', nextSteps: '' };
		answer = me();
		answer.rounds[0]!.measures[0]!.submission = { id: 's5', state: 'returned', submitted_at: '2026-11-30T08:00:00Z', review_note: 'Bitte Termin nennen.', status: 'planned', progress_current: 2, progress_text: null, next_steps: null };
		const reload = store.ensureLoaded();
		const during = store.byInstance[a]?.access;
		await reload;
		expect({ during, submission: store.byInstance[a]?.me?.rounds[0]?.measures[0]?.submission?.state, form: store.forms[key]?.progressText }).toEqual({ during: 'ready', submission: 'returned', form: 'halb getippt' });
	});

	it('forgets the person\'s measures and forms on logout', async () => {
		const { store } = await signedIn({ [`GET ${a}/reporting/me`]: { body: { data: me() } }, [`POST ${a}/auth/logout`]: { body: {} } });
		await useAuthStore().logout(a);
		await nextTick();
		expect({ entries: store.entries, forms: store.forms, hasOwner: store.hasOwner }).toEqual({ entries: [], forms: {}, hasOwner: false });
	});
});
