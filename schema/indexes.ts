/**
 * The indexes of the data model. Directus creates foreign-key constraints but no index on
 * them, and neither SQLite nor PostgreSQL adds one by itself; without them every dashboard
 * query reads whole tables, which with hundreds of districts is most of a request's time.
 *
 * Every many-to-one field of model.ts (which includes each `district` column) gets one, so a
 * relation added to the model is indexed without a second list to keep. Directus' REST API
 * cannot create plain indexes, so `scripts/lib/apply-indexes.ts` creates them with knex on
 * the database Directus uses, idempotently (`CREATE INDEX IF NOT EXISTS`).
 */
import { RELATIONS } from './model';

export interface IndexDefinition {
	name: string;
	table: string;
	columns: string[];
	/** A rule the database itself keeps, also against requests that run at the same time. */
	unique?: boolean;
}

export const INDEXES: IndexDefinition[] = [
	...RELATIONS.map((relation) => ({
		name: `${relation.collection}_${relation.field}_index`,
		table: relation.collection,
		columns: [relation.field],
	})),
	// The start page counts every district's measures per status (extensions/cockpit-dashboard,
	// read-cards.ts); with all counted columns in the index the database never reads the
	// measure rows with their long texts.
	{ name: 'measures_card_totals_index', table: 'measures', columns: ['district', 'status', 'progress_percent', 'priority_score', 'priority_class'] },
	{ name: 'status_reports_latest_index', table: 'status_reports', columns: ['district', 'report_date'] },
	// One submission per report and measure: two owners' clicks at once must not make two rows
	// (extensions/cockpit-reporting retries on the conflict and replaces the first).
	// One reminder per report, person and day, however many instances run the check at once:
	// the row is inserted before the mail is sent (extensions/cockpit-mail).
	{ name: 'reminders_sent_report_user_day_unique', table: 'reminders_sent', columns: ['status_report', 'user', 'day'], unique: true },
	// A succession is stated once; the hook refuses a second one with a German message, the index
	// keeps it also against two requests at the same time.
	{ name: 'measure_successions_pair_unique', table: 'measure_successions', columns: ['predecessor', 'successor'], unique: true },
	{ name: 'progress_submissions_report_measure_unique', table: 'progress_submissions', columns: ['status_report', 'measure'], unique: true },
];
