import { defineModule } from '@directus/extensions-sdk';
import ImportExport from './import-export.vue';
import RatingMatrix from './rating-matrix.vue';
import ReportRound from './report-round.vue';

/**
 * The editors' workspace in the Studio: one screen per recurring task instead of one form per
 * item. The views talk to the REST API, so the hooks validate every change exactly as in the
 * Studio's forms.
 */
export default defineModule({
	id: 'cockpit-workspace',
	// The module bar shows only the icon, the name as its tooltip: both say what a clerk finds there,
	// the icon that of the view it opens on.
	name: 'Berichtsrunde, Bewertungsmatrix, Import und Export',
	icon: 'fact_check',
	routes: [
		{ path: '', redirect: '/cockpit-workspace/berichtsrunde' },
		{ path: 'berichtsrunde', component: ReportRound },
		{ path: 'bewertungsmatrix', component: RatingMatrix },
		{ path: 'import-export', component: ImportExport },
	],
	// Only for users who may edit measures (the Redaktion and administrators).
	preRegisterCheck(user, permissions) {
		if (user?.admin_access) return true;
		return Boolean((permissions as Record<string, Record<string, unknown>> | undefined)?.['measures']?.['update']);
	},
});
