/**
 * Roles, policies and demo users as code. Everything fits the unlicensed Directus tier:
 * permissions on all fields without row filters, and only two Studio seats in use
 * (administrator and Redaktion; Leitung reads through the API and the dashboard app).
 */
import { DOMAIN_COLLECTIONS } from './model';

export type PermissionAction = 'create' | 'read' | 'update' | 'delete';

export interface PolicyDefinition {
	name: string;
	icon: string;
	description: string;
	app_access: boolean;
	admin_access: boolean;
	permissions: { collection: string; action: PermissionAction }[];
}

function grant(actions: PermissionAction[]): PolicyDefinition['permissions'] {
	return DOMAIN_COLLECTIONS.flatMap((collection) => actions.map((action) => ({ collection, action })));
}

export const POLICIES: PolicyDefinition[] = [
	{
		name: 'Redaktion',
		icon: 'edit_note',
		description: 'Pflegt Maßnahmen, Bewertungen, Fortschritt, Jahresziele und Kennzahlen im Studio.',
		app_access: true,
		admin_access: false,
		permissions: grant(['create', 'read', 'update', 'delete']),
	},
	{
		name: 'Leitung',
		icon: 'visibility',
		description: 'Liest Dashboards, Vergleiche und Berichte; ändert nichts und belegt keinen Studio-Platz.',
		app_access: false,
		admin_access: false,
		permissions: grant(['read']),
	},
];

export const ROLES = [
	{ name: 'Redaktion', icon: 'edit_note', description: 'IT-Steuerung eines Kreises', policy: 'Redaktion' },
	{ name: 'Leitung', icon: 'visibility', description: 'Kreisleitung und Kreistag', policy: 'Leitung' },
];

export const DEMO_USERS = [
	{ email: 'redaktion@example.com', password: 'redaktion', first_name: 'Rita', last_name: 'Redaktion', role: 'Redaktion' },
	{ email: 'leitung@example.com', password: 'leitung', first_name: 'Lars', last_name: 'Leitung', role: 'Leitung' },
];
