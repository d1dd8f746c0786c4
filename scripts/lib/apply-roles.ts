/**
 * Applies schema/roles.ts: policies with their permissions, roles, demo users and the
 * project's German defaults. Idempotent; an existing user keeps the password they chose.
 */
import { DEMO_USERS, POLICIES, ROLES } from '../../schema/roles';
import type { DirectusApi } from './directus-api';

interface Named {
	id: string;
	name: string;
}

export async function applyRoles(api: DirectusApi): Promise<void> {
	const policyIds = new Map<string, string>();
	for (const policy of POLICIES) {
		const { permissions, ...fields } = policy;
		const id = await ensureNamed(api, '/policies', fields);
		policyIds.set(policy.name, id);
		const existing = await api.get<{ collection: string; action: string }[]>(
			`/permissions?filter[policy][_eq]=${id}&limit=-1&fields=collection,action`,
		);
		const missing = permissions.filter((p) => !existing.some((e) => e.collection === p.collection && e.action === p.action));
		if (missing.length > 0) {
			await api.post(
				'/permissions',
				missing.map((p) => ({ ...p, policy: id, fields: ['*'], permissions: null, validation: null, presets: null })),
			);
		}
	}

	const roleIds = new Map<string, string>();
	for (const role of ROLES) {
		const { policy, ...fields } = role;
		const id = await ensureNamed(api, '/roles', fields);
		roleIds.set(role.name, id);
		const policyId = policyIds.get(policy);
		const access = await api.get<unknown[]>(`/access?filter[role][_eq]=${id}&filter[policy][_eq]=${policyId}`);
		if (access.length === 0) await api.post('/access', { role: id, policy: policyId });
	}

	for (const { owner: _owner, ...user } of DEMO_USERS) {
		const existing = await api.get<unknown[]>(`/users?filter[email][_eq]=${encodeURIComponent(user.email)}`);
		if (existing.length > 0) continue;
		await api.post('/users', { ...user, role: roleIds.get(user.role), language: 'de-DE', status: 'active' });
	}

	const settings = await api.get<{ project_name: string | null; module_bar: ModuleBarEntry[] | null }>('/settings');
	const moduleBar = withWorkspace(settings.module_bar);
	if (moduleBar !== null) await api.patch('/settings', { module_bar: moduleBar });
	if (!settings.project_name || settings.project_name === 'Directus') {
		await api.patch('/settings', {
			project_name: 'Digitalisierungs-Cockpit',
			project_descriptor: 'Strategie und Maßnahmen der Kreise',
			default_language: 'de-DE',
		});
	}
}

/**
 * Gives each demo user of the Meldende role their owner, once the seed has stored the owners.
 * Only a user without an owner is linked, so an administrator's own assignment stays.
 */
export async function linkDemoOwners(api: DirectusApi): Promise<number> {
	let linked = 0;
	for (const user of DEMO_USERS) {
		if (!user.owner) continue;
		const [stored] = await api.get<{ id: string; owner: string | null }[]>(`/users?filter[email][_eq]=${encodeURIComponent(user.email)}&fields=id,owner`);
		if (!stored || stored.owner) continue;
		const [owner] = await api.get<Named[]>(
			`/items/owners?filter[district][_eq]=${encodeURIComponent(user.owner.district)}&filter[name][_eq]=${encodeURIComponent(user.owner.name)}&fields=id,name&limit=1`,
		);
		if (!owner) continue;
		await api.patch(`/users/${stored.id}`, { owner: owner.id });
		linked++;
	}
	return linked;
}

interface ModuleBarEntry {
	type: 'module' | 'link';
	id: string;
	enabled: boolean;
	[key: string]: unknown;
}

/** The Studio's own module bar when a project has not changed it (Directus 12.4). */
const DEFAULT_MODULE_BAR: ModuleBarEntry[] = [
	{ type: 'module', id: 'content', enabled: true },
	{ type: 'module', id: 'visual', enabled: false },
	{ type: 'module', id: 'users', enabled: true },
	{ type: 'module', id: 'files', enabled: true },
	{ type: 'module', id: 'insights', enabled: true },
	{ type: 'module', id: 'flows', enabled: true },
	{ type: 'module', id: 'deployments', enabled: false },
	{ type: 'link', id: 'docs', enabled: true, name: '$t:documentation', icon: 'help', url: 'https://directus.com/docs' },
	{ type: 'module', id: 'settings', enabled: true, locked: true },
];
const WORKSPACE_MODULE = 'cockpit-workspace';

/**
 * The module bar with the editors' workspace (extensions/cockpit-workspace) enabled right after
 * the content module; a module extension is hidden until the project settings enable it. Null
 * when it is already enabled, so an administrator's own arrangement is kept.
 */
function withWorkspace(current: ModuleBarEntry[] | null): ModuleBarEntry[] | null {
	const bar = current ?? DEFAULT_MODULE_BAR;
	const entry = bar.find((e) => e.id === WORKSPACE_MODULE);
	if (entry?.enabled) return null;
	if (entry) return bar.map((e) => (e.id === WORKSPACE_MODULE ? { ...e, enabled: true } : e));
	const after = Math.max(0, bar.findIndex((e) => e.id === 'content')) + 1;
	return [...bar.slice(0, after), { type: 'module', id: WORKSPACE_MODULE, enabled: true }, ...bar.slice(after)];
}

async function ensureNamed(api: DirectusApi, path: string, fields: { name: string }): Promise<string> {
	const found = await api.get<Named[]>(`${path}?filter[name][_eq]=${encodeURIComponent(fields.name)}&fields=id,name`);
	if (found[0]) return found[0].id;
	return (await api.post<Named>(path, fields)).id;
}
