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

	for (const user of DEMO_USERS) {
		const existing = await api.get<unknown[]>(`/users?filter[email][_eq]=${encodeURIComponent(user.email)}`);
		if (existing.length > 0) continue;
		await api.post('/users', { ...user, role: roleIds.get(user.role), language: 'de-DE', status: 'active' });
	}

	const settings = await api.get<{ project_name: string | null }>('/settings');
	if (!settings.project_name || settings.project_name === 'Directus') {
		await api.patch('/settings', {
			project_name: 'Digitalisierungs-Cockpit',
			project_descriptor: 'Strategie und Maßnahmen der Kreise',
			default_language: 'de-DE',
		});
	}
}

async function ensureNamed(api: DirectusApi, path: string, fields: { name: string }): Promise<string> {
	const found = await api.get<Named[]>(`${path}?filter[name][_eq]=${encodeURIComponent(fields.name)}&fields=id,name`);
	if (found[0]) return found[0].id;
	return (await api.post<Named>(path, fields)).id;
}
