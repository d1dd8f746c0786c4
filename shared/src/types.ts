/** Domain states and shapes shared by the extensions, the seed and the app. */

export const MEASURE_STATUSES = ['idea', 'planned', 'in_progress', 'completed', 'ongoing', 'ended'] as const;
/**
 * idea = neu / vorgeschlagen; planned = in Planung / ausgewählt; in_progress = in Umsetzung;
 * completed = umgesetzt / abgeschlossen; ongoing = Daueraufgabe; ended = beendet ohne Abschluss.
 */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
	idea: 'Idee / neu',
	planned: 'Geplant',
	in_progress: 'In Umsetzung',
	completed: 'Umgesetzt',
	ongoing: 'Daueraufgabe',
	ended: 'Beendet',
};

export const PRIORITY_CLASSES = ['1+', '1', '2', '3', '4'] as const;
export type PriorityClass = (typeof PRIORITY_CLASSES)[number];

export const PRIORITY_CLASS_LABELS: Record<PriorityClass, string> = {
	'1+': '1+ (von besonderer Bedeutung)',
	'1': '1 (sehr hohe Priorität)',
	'2': '2 (erhöhte Priorität)',
	'3': '3 (moderate Priorität)',
	'4': '4 (geringe Priorität)',
};

/** Whether a measure's work is over: it is not frozen again in a report after the one that said so. */
export const FINISHED_STATUSES: readonly MeasureStatus[] = ['completed', 'ended'];

export const REPORT_STATES = ['draft', 'closed'] as const;
/** draft = Entwurf, still edited; closed = Abgeschlossen, a frozen snapshot of the measures at its date. */
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
	draft: 'Entwurf',
	closed: 'Abgeschlossen',
};

export const SUBMISSION_STATES = ['submitted', 'accepted', 'returned'] as const;
/**
 * A progress submission of a measure's owner: submitted = eingereicht, waiting for the
 * Redaktion; accepted = übernommen into the measure; returned = zurückgegeben with a note.
 */
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
	submitted: 'Eingereicht',
	accepted: 'Übernommen',
	returned: 'Zurückgegeben',
};

export const GOAL_DIRECTIONS = ['at_least', 'at_most'] as const;
/** at_least: more is better ("mindestens 10 Ämter"); at_most: less is better ("maximal 0,8"). */
export type GoalDirection = (typeof GOAL_DIRECTIONS)[number];

export const COST_TYPES = ['one_off', 'per_year', 'over_years', 'total', 'funding', 'share', 'none', 'not_calculable'] as const;
/**
 * The kind of one cost component of an annual goal (annual_goal_costs.kind); a goal has as many
 * components as its cost sentence names: "einmalige Kosten in Höhe von 150€ und jährliche
 * Kosten in Höhe von 6.000€" is one_off 150 and per_year 6000.
 * one_off: einmalig; per_year: pro Jahr; over_years: a sum over `years` years; total: a
 * volume without a time ("Finanzvolumen 71,6 Mio. EUR"); funding: a funding sum used for the
 * goal ("Fördersumme zur Digitalisierung der Ausländerbehörden"); share: the share a funder
 * bears (funder and share_percent, either may be unknown); none: no extra cost; not_calculable:
 * not yet calculable (never 0).
 */
export type CostType = (typeof COST_TYPES)[number];

export const COST_TYPE_LABELS: Record<CostType, string> = {
	one_off: 'Einmalig',
	per_year: 'Pro Jahr',
	over_years: 'Über mehrere Jahre',
	total: 'Gesamtvolumen',
	funding: 'Fördersumme',
	share: 'Finanzierungsanteil',
	none: 'Keine Extrakosten',
	not_calculable: 'Noch nicht kalkulierbar',
};

export const COST_ATTRIBUTIONS = ['goal', 'partial', 'not_attributable'] as const;
/**
 * How much of a cost component belongs to the goal: goal = all of it; partial = "zum Teil"
 * (the document names the sum but uses it only in part for this goal); not_attributable = the
 * amount is a whole project's and "lässt sich [für dieses Ziel] nicht sinnvoll ausweisen".
 */
export type CostAttribution = (typeof COST_ATTRIBUTIONS)[number];

export const COST_ATTRIBUTION_LABELS: Record<CostAttribution, string> = {
	goal: 'Diesem Ziel zuzurechnen',
	partial: 'Nur teilweise diesem Ziel zuzurechnen',
	not_attributable: 'Für dieses Ziel nicht ausweisbar (Betrag des Gesamtvorhabens)',
};

/** What the app and the reports print for a status, direction or value the document does not state. */
export const NOT_STATED_LABEL = 'nicht angegeben';

/** The mark of an approximate reading ("ca. 2,5", "rd. 60 Prozent"), printed before the number. */
export const APPROXIMATE_MARK = 'ca.';

export const ACTION_FIELD_KINDS = [
	'goal',
	'leitziel',
	'leitprojekt',
	'handlungsfeld',
	'strategic_goal',
	'priority',
	'project_field',
] as const;
export type ActionFieldKind = (typeof ACTION_FIELD_KINDS)[number];

export const ACTION_FIELD_KIND_LABELS: Record<ActionFieldKind, string> = {
	goal: 'Gesamtziel',
	leitziel: 'Leitziel',
	leitprojekt: 'Leitprojekt',
	handlungsfeld: 'Handlungsfeld',
	strategic_goal: 'Strategisches Ziel',
	priority: 'Strategischer Schwerpunkt',
	project_field: 'Projektfeld',
};

export const HORIZONS = ['kurzfristig', 'mittelfristig', 'langfristig'] as const;
export type Horizon = (typeof HORIZONS)[number];
