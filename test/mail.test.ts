/**
 * Reminders and invitations by e-mail, against a Directus of its own that sends through a real
 * SMTP server the test starts (test/support/smtp-capture.ts), mails read back with mailparser:
 * a Meldeschluss tomorrow reminds each Meldende person once of the open measures of their
 * owner, nobody who submitted everything, and a second run sends nothing; a relay that is down
 * fails no request and the reminders go out on the next run; two instances on one database
 * (PostgreSQL) checking at the same moment, one of them on a schedule, send each reminder once;
 * an invitation creates only a Meldende person, whose link sets a password that logs in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, loginApi, type DirectusApi } from '../scripts/lib/directus-api';
import type { RunningDirectus } from '../scripts/lib/directus-process';
import { requestedDatabase, startSiblingDirectus, startTemporaryInstance, type TemporaryInstance } from '../scripts/lib/temporary-instance';
import { failure } from './support/api';
import { smtpEnv, startSmtpCapture, type CapturedMail, type SmtpCapture } from './support/smtp-capture';

const APP = 'http://127.0.0.1:5173';
const day = (offset: number) => {
	const date = new Date();
	date.setDate(date.getDate() + offset);
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
/** The mail's words without markup, as a reader sees them. */
const words = (mail: CapturedMail) =>
	mail.html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;|&#34;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
const hrefs = (mail: CapturedMail) => [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

interface Measure {
	id: string;
	code: string | null;
	title: string;
}

describe('reminders and invitations by e-mail', () => {
	let smtp: SmtpCapture;
	let instance: TemporaryInstance;
	let admin: DirectusApi;
	let redaktion: DirectusApi;
	let meldung: { id: string; owner: string; open: Measure[] };
	let fertig: { id: string; owner: string; measure: string };
	let meldendeRole: string;

	const report = async (title: string, dueDate: string) =>
		(await admin.post<{ id: string }>('/items/status_reports', { district: 'viersen', title, report_date: day(30), due_date: dueDate, state: 'draft' })).id;
	const run = (api: DirectusApi = admin) => api.post<{ sent: number; failed: number }>('/reporting/reminders/run', {});
	const mailsOf = (title: string, to: string) => smtp.mails.filter((mail) => mail.subject.includes(title) && mail.to.includes(to));

	beforeAll(async () => {
		smtp = await startSmtpCapture();
		instance = await startTemporaryInstance({ database: requestedDatabase(), env: { ...smtpEnv(smtp), COCKPIT_APP_URL: APP } });
		admin = await loginApi(instance.url, instance.admin.email, instance.admin.password);
		redaktion = await loginApi(instance.url, 'redaktion@example.com', 'redaktion');

		meldendeRole = (await admin.get<{ id: string }[]>('/roles?filter[name][_eq]=Meldende&fields=id'))[0]!.id;
		const [demo] = await admin.get<{ id: string; owner: string }[]>('/users?filter[email][_eq]=meldung@example.com&fields=id,owner');
		const open = await admin.get<Measure[]>(`/items/measures?filter[owner][_eq]=${demo!.owner}&filter[status][_nin]=completed,ended&fields=id,code,title&limit=-1`);
		meldung = { id: demo!.id, owner: demo!.owner, open };

		// A second owner whose one running measure is reported in the first round.
		const owner = await admin.post<{ id: string }>('/items/owners', { district: 'viersen', name: 'Kreiskasse (Test)' });
		const [free] = await admin.get<{ id: string }[]>('/items/measures?filter[district][_eq]=viersen&filter[owner][_null]=true&filter[status][_nin]=completed,ended&fields=id&limit=1');
		await admin.patch(`/items/measures/${free!.id}`, { owner: owner.id });
		const user = await admin.post<{ id: string }>('/users', { email: 'fertig@example.com', password: 'fertig-passwort', role: meldendeRole, owner: owner.id, status: 'active', first_name: 'Fritz', last_name: 'Fertig' });
		fertig = { id: user.id, owner: owner.id, measure: free!.id };
	});

	afterAll(async () => {
		await instance?.stop();
		await smtp?.stop();
	});

	it('reminds the person with open measures once, of all of them with a link to "Meine Meldungen", and not the person who submitted everything', async () => {
		expect(meldung.open.length).toBeGreaterThan(0);
		const r1 = await report('Berichtsrunde Erinnerung', day(1));
		await admin.post('/items/progress_submissions', { status_report: r1, measure: fertig.measure, state: 'submitted', status: 'in_progress', submitted_by: fertig.id, submitted_at: new Date().toISOString() });

		const first = await run();
		const mails = mailsOf('Berichtsrunde Erinnerung', 'meldung@example.com');
		expect({
			run: first,
			mails: mails.length,
			toFertig: mailsOf('Berichtsrunde Erinnerung', 'fertig@example.com').length,
			subject: mails[0]?.subject,
			listsEveryOpenMeasure: meldung.open.every((m) => words(mails[0]!).includes(m.title)),
			link: hrefs(mails[0]!).includes(`${APP}/meldungen`),
			from: mails[0]?.from,
		}).toEqual({
			run: { sent: 1, failed: 0 },
			mails: 1,
			toFertig: 0,
			subject: `Erinnerung: Meldeschluss morgen (${day(1).split('-').reverse().join('.')}) – Berichtsrunde Erinnerung`,
			listsEveryOpenMeasure: true,
			link: true,
			from: 'cockpit@kreis.example',
		});
	});

	it('sends nothing on a second run the same day, and the Redaktion reads who was reminded when', async () => {
		const second = await run();
		const [r1] = await redaktion.get<{ id: string }[]>('/items/status_reports?filter[title][_eq]=Berichtsrunde Erinnerung&fields=id');
		const rows = await redaktion.get<{ recipient_email: string; day: string; sent_at: string | null; measure_count: number }[]>(
			`/items/reminders_sent?filter[status_report][_eq]=${r1!.id}&fields=recipient_email,day,sent_at,measure_count`,
		);
		expect({ second, mails: mailsOf('Berichtsrunde Erinnerung', 'meldung@example.com').length, rows: rows.map((r) => [r.recipient_email, r.day.slice(0, 10), r.sent_at !== null, r.measure_count]) }).toEqual({
			second: { sent: 0, failed: 0 },
			mails: 1,
			rows: [['meldung@example.com', day(0), true, meldung.open.length]],
		});
	});

	it('fails no request while the mail server is down and sends the reminders on the next run', async () => {
		const r2 = await report('Berichtsrunde Ausfall', day(7));
		await smtp.stop();
		const down = await run();
		const rowsWhileDown = await admin.get<unknown[]>(`/items/reminders_sent?filter[status_report][_eq]=${r2}`);
		await smtp.start();
		const up = await run();
		expect({ down, rowsWhileDown: rowsWhileDown.length, up, meldung: mailsOf('Berichtsrunde Ausfall', 'meldung@example.com').length, fertig: mailsOf('Berichtsrunde Ausfall', 'fertig@example.com').length }).toEqual({
			down: { sent: 0, failed: 2 },
			rowsWhileDown: 0,
			up: { sent: 2, failed: 0 },
			meldung: 1,
			fertig: 1,
		});
	});

	it('lets only administrators run the check by hand', async () => {
		expect(await failure(run(redaktion))).toEqual({ status: 403, message: 'Erinnerungen von Hand auslösen darf nur die Administration.' });
	});

	it('invites a Meldende person for an owner whose link sets a password that logs in to the app', async () => {
		const invitation = await redaktion.post<{ id: string; email: string; owner: { id: string } }>('/reporting/invitations', { email: 'Neu.Meldende@example.com', owner: fertig.owner });
		const [mail] = await smtp.waitFor((m) => m.to.includes('neu.meldende@example.com'));
		const link = hrefs(mail!).find((href) => href.startsWith(`${APP}/einladung?`));
		const token = new URL(link!).searchParams.get('token');
		await createApi(instance.url, null).post('/users/invite/accept', { token, password: 'ein-neues-passwort' });
		const person = await loginApi(instance.url, 'neu.meldende@example.com', 'ein-neues-passwort');
		// The person reads no roles; the administrator looks at what the invitation made of them.
		const me = await admin.get<{ role: { name: string; policies: { policy: { app_access: boolean } }[] }; owner: string; status: string }>(
			`/users/${invitation.id}?fields=status,owner,role.name,role.policies.policy.app_access`,
		);
		const dashboard = await person.get<{ district: { id: string } }>('/dashboard/districts/viersen');
		expect({
			invitation: { email: invitation.email, owner: invitation.owner.id },
			subject: mail!.subject,
			instance: new URL(link!).searchParams.get('instanz'),
			me: { status: me.status, owner: me.owner, role: me.role.name, studio: me.role.policies.some((p) => p.policy.app_access) },
			dashboard: dashboard.district.id,
		}).toEqual({
			invitation: { email: 'neu.meldende@example.com', owner: fertig.owner },
			subject: 'Einladung zum Digitalisierungs-Cockpit',
			instance: instance.url,
			me: { status: 'active', owner: fertig.owner, role: 'Meldende', studio: false },
			dashboard: 'viersen',
		});
	});

	it('refuses another role, a taken address, an unknown owner and callers other than Redaktion and administration, creating nobody', async () => {
		const adminRole = (await admin.get<{ id: string }[]>('/roles?filter[name][_eq]=Administrator&fields=id'))[0]?.id ?? 'Administrator';
		const leitung = await loginApi(instance.url, 'leitung@example.com', 'leitung');
		const results = await Promise.all([
			failure(redaktion.post('/reporting/invitations', { email: 'chef@example.com', owner: fertig.owner, role: adminRole })),
			failure(redaktion.post('/reporting/invitations', { email: 'meldung@example.com', owner: fertig.owner })),
			failure(redaktion.post('/reporting/invitations', { email: 'x@example.com', owner: '00000000-0000-4000-8000-000000000000' })),
			failure(redaktion.post('/reporting/invitations', { email: 'x@example.com', owner: 'kein-schluessel' })),
			failure(redaktion.post('/reporting/invitations', { email: 'keine-adresse', owner: fertig.owner })),
			// A domain Directus does not accept as an address (no known top-level domain).
			failure(redaktion.post('/reporting/invitations', { email: 'x@kreis.example', owner: fertig.owner })),
			failure(leitung.post('/reporting/invitations', { email: 'x@example.com', owner: fertig.owner })),
		]);
		const created = await admin.get<unknown[]>('/users?filter[email][_in]=chef@example.com,x@example.com,keine-adresse,x@kreis.example');
		expect({ statuses: results.map((r) => r.status), german: results.every((r) => /[äöüß]|Bitte|Konto|Stelle|Rolle/.test(r.message)), created: created.length, role: results[0]!.message }).toEqual({
			statuses: [400, 409, 400, 400, 400, 400, 403],
			german: true,
			created: 0,
			role: 'Einladungen legen nur Personen mit der Rolle „Meldende“ an. Andere Rollen vergibt die Administration im Benutzerverzeichnis.',
		});
	});

	describe.skipIf(requestedDatabase() !== 'pg')('two instances on one PostgreSQL database (skipped on SQLite)', () => {
		let sibling: RunningDirectus;

		beforeAll(async () => {
			// The second instance also checks on its own schedule, every second, while both are asked at once.
			sibling = await startSiblingDirectus({ ...instance.env, COCKPIT_REMINDER_SCHEDULE: '* * * * * *' });
		});

		afterAll(async () => {
			await sibling?.stop();
		});

		it('sends each reminder once when both check at the same moment', async () => {
			const onB = await loginApi(sibling.url, instance.admin.email, instance.admin.password);
			await report('Berichtsrunde Zwei Instanzen', day(1));
			await Promise.all([run(admin), run(onB), run(admin), run(onB)]);
			// Give B's schedule a few ticks to try as well.
			await new Promise((resolve) => setTimeout(resolve, 3_000));
			const people = ['meldung@example.com', 'fertig@example.com', 'neu.meldende@example.com'];
			expect(people.map((to) => mailsOf('Berichtsrunde Zwei Instanzen', to).length)).toEqual([1, 1, 1]);
		});

		it('sends from the schedule without anyone asking', async () => {
			await report('Berichtsrunde Zeitplan', day(0));
			await smtp.waitFor((m) => m.subject.includes('Berichtsrunde Zeitplan'), 3);
			await new Promise((resolve) => setTimeout(resolve, 2_000));
			const people = ['meldung@example.com', 'fertig@example.com', 'neu.meldende@example.com'];
			expect(people.map((to) => mailsOf('Berichtsrunde Zeitplan', to).length)).toEqual([1, 1, 1]);
		});
	});
});
