/**
 * Roles, policies and demo users as code. Everything fits the unlicensed Directus tier:
 * permissions on all fields without row filters, and only two Studio seats in use
 * (administrator and Redaktion; Leitung and Meldende work through the API and the dashboard
 * app, without Studio access, so they take no seat).
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
	{
		name: 'Meldende',
		icon: 'outbox',
		description:
			'Meldet den Stand der Maßnahmen der eigenen Stelle in der Dashboard-App („Meine Meldungen“); liest wie die Leitung, ändert nichts direkt und belegt keinen Studio-Platz.',
		app_access: false,
		admin_access: false,
		// Reads what Leitung reads. It writes nothing through /items or GraphQL: a row rule "only
		// my owner's measures" is not available unlicensed, so extensions/cockpit-reporting writes
		// for it after checking the ownership itself.
		permissions: grant(['read']),
	},
];

export const ROLES = [
	{ name: 'Redaktion', icon: 'edit_note', description: 'IT-Steuerung eines Kreises', policy: 'Redaktion' },
	{ name: 'Leitung', icon: 'visibility', description: 'Kreisleitung und Kreistag', policy: 'Leitung' },
	{ name: 'Meldende', icon: 'outbox', description: 'Verantwortliche Stellen, die den Stand ihrer Maßnahmen melden', policy: 'Meldende' },
];

/** The owner (by district and name as the document names it) a demo user reports for. */
export interface DemoOwner {
	district: string;
	name: string;
}

export const DEMO_USERS: { email: string; password: string; first_name: string; last_name: string; role: string; owner?: DemoOwner }[] = [
	{ email: 'redaktion@example.com', password: 'redaktion', first_name: 'Rita', last_name: 'Redaktion', role: 'Redaktion' },
	{ email: 'leitung@example.com', password: 'leitung', first_name: 'Lars', last_name: 'Leitung', role: 'Leitung' },
	{
		email: 'meldung@example.com',
		password: 'meldung',
		first_name: 'Mia',
		last_name: 'Meldung',
		role: 'Meldende',
		// One of the owners Viersen's Steckbriefe name (measures 43, 44 and 46).
		owner: { district: 'viersen', name: 'Amt für Personal und Organisation, Informations- und Kommunikationstechnik' },
	},
];
