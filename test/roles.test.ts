/**
 * What the roles may do, over HTTP as the demo users: Leitung reads and writes nothing,
 * Redaktion maintains the domain data but not the system, and nobody reads without login.
 */
import { describe, expect, it } from 'vitest';
import { anonymous, asAdmin, asLeitung, asRedaktion, failure, q } from './support/api';

type Row = Record<string, unknown>;

describe('role Leitung', () => {
	it('reads the domain collections', async () => {
		const leitung = await asLeitung();
		const measures = await leitung.get<Row[]>(`/items/measures${q({ 'filter[district][_eq]': 'viersen', fields: 'id', limit: -1 })}`);
		const goals = await leitung.get<Row[]>(`/items/annual_goals${q({ fields: 'id', limit: -1 })}`);
		expect({ measures: measures.length, goals: goals.length }).toEqual({ measures: 46, goals: 33 });
	});

	it('cannot create, change or delete anything (403)', async () => {
		const leitung = await asLeitung();
		const [measure] = await leitung.get<Row[]>(`/items/measures${q({ limit: 1, fields: 'id,title' })}`);
		const attempts = await Promise.all([
			failure(leitung.post('/items/measures', { district: 'viersen', title: 'Neu', theme: 'organisation' })),
			failure(leitung.patch(`/items/measures/${measure!['id']}`, { title: 'Geändert' })),
			failure(leitung.delete(`/items/measures/${measure!['id']}`)),
		]);
		const admin = await asAdmin();
		const stored = await admin.get<Row>(`/items/measures/${measure!['id']}?fields=title`);
		expect({ statuses: attempts.map((a) => a.status), title: stored['title'] }).toEqual({ statuses: [403, 403, 403], title: measure!['title'] });
	});

	it('has no Studio access, so it takes no seat', async () => {
		const admin = await asAdmin();
		const policies = await admin.get<Row[]>(`/policies${q({ 'filter[name][_eq]': 'Leitung', fields: 'app_access,admin_access' })}`);
		expect(policies).toEqual([{ app_access: false, admin_access: false }]);
	});
});

describe('role Redaktion', () => {
	it('creates, changes and deletes domain data', async () => {
		const redaktion = await asRedaktion();
		const created = await redaktion.post<Row>('/items/measures', {
			district: 'friesland',
			title: 'Testmaßnahme der Redaktion',
			theme: 'organisation',
			status: 'planned',
			progress_current: 2,
			progress_target: 10,
		});
		const updated = await redaktion.patch<Row>(`/items/measures/${created['id']}`, { progress_current: 5 });
		await redaktion.delete(`/items/measures/${created['id']}`);
		const remaining = await redaktion.get<Row[]>(`/items/measures${q({ 'filter[id][_eq]': String(created['id']) })}`);
		expect({ created: created['progress_percent'], updated: updated['progress_percent'], remaining: remaining.length }).toEqual({
			created: 20,
			updated: 50,
			remaining: 0,
		});
	});

	it('cannot change settings, roles, policies, permissions or users', async () => {
		const redaktion = await asRedaktion();
		const admin = await asAdmin();
		const [role] = await admin.get<Row[]>(`/roles${q({ 'filter[name][_eq]': 'Leitung', fields: 'id' })}`);
		const [user] = await admin.get<Row[]>(`/users${q({ 'filter[email][_eq]': 'leitung@example.com', fields: 'id' })}`);
		const attempts = await Promise.all([
			failure(redaktion.patch('/settings', { project_name: 'Übernommen' })),
			failure(redaktion.patch(`/roles/${role!['id']}`, { name: 'Übernommen' })),
			failure(redaktion.post('/roles', { name: 'Eigene Rolle' })),
			failure(redaktion.post('/policies', { name: 'Eigene Richtlinie', admin_access: true })),
			failure(redaktion.post('/permissions', { collection: 'measures', action: 'read', fields: ['*'] })),
			failure(redaktion.patch(`/users/${user!['id']}`, { email: 'uebernommen@example.com' })),
			failure(redaktion.post('/collections', { collection: 'eigene_tabelle', schema: {}, meta: {} })),
		]);
		const settings = await admin.get<Row>('/settings?fields=project_name');
		expect({ statuses: attempts.map((a) => a.status), projectName: settings['project_name'] }).toEqual({
			statuses: [403, 403, 403, 403, 403, 403, 403],
			projectName: 'Digitalisierungs-Cockpit',
		});
	});
});

describe('without login', () => {
	it('reads no items directly (the dashboard endpoints decide what is public)', async () => {
		const attempt = await failure(anonymous().get('/items/measures'));
		expect(attempt.status).toBe(403);
	});
});

describe('demo users', () => {
	it('speak German in the Studio', async () => {
		const admin = await asAdmin();
		const users = await admin.get<Row[]>(`/users${q({ 'filter[email][_in]': 'redaktion@example.com,leitung@example.com', fields: 'email,language,role.name', sort: 'email' })}`);
		expect(users).toEqual([
			{ email: 'leitung@example.com', language: 'de-DE', role: { name: 'Leitung' } },
			{ email: 'redaktion@example.com', language: 'de-DE', role: { name: 'Redaktion' } },
		]);
	});
});
