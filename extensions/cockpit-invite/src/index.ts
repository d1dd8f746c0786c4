import { defineInterface } from '@directus/extensions-sdk';
import InviteOwner from './invite-owner.vue';

/**
 * The "Person einladen" action on an owner's form: an address field and a button that asks
 * POST /reporting/invitations (extensions/cockpit-mail) to create a Meldende person for this
 * owner and mail the invitation. Sits on an alias field, so it stores nothing itself.
 */
export default defineInterface({
	id: 'cockpit-invite',
	name: 'Person einladen',
	icon: 'person_add',
	description: 'Lädt eine meldende Person für diese verantwortliche Stelle per E-Mail ein',
	component: InviteOwner,
	types: ['alias'],
	localTypes: ['presentation'],
	group: 'presentation',
	options: null,
});
