import { defineDisplay } from '@directus/extensions-sdk';
import ProgressBar from './progress-bar.vue';

/**
 * A percentage as a bar, as the Friesland report draws progress against its completion mark:
 * editors see at a glance how far a measure or goal has come. Empty stays empty ("keine
 * Angabe"), never an empty bar that would read as 0 %.
 */
export default defineDisplay({
	id: 'cockpit-progress-bar',
	name: 'Fortschrittsbalken',
	icon: 'linear_scale',
	description: 'Prozentwert als Balken von 0 bis 100 %',
	component: ProgressBar,
	options: null,
	types: ['float', 'integer', 'decimal'],
});
