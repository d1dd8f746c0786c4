/**
 * The template: a made-up district with one example row per sheet, written by the same
 * code as an export, so that it always shows the current format and imports cleanly.
 */
import type { StoredDistrict } from './stored';

const AF = 'beispiel-handlungsfeld';
const MEASURE = 'beispiel-massnahme';
const FORMER = 'beispiel-historie';
const CRITERION = 'beispiel-kriterium';
const REPORT = 'B2025';

export const TEMPLATE_DISTRICT: StoredDistrict = {
	district: {
		id: 'beispielkreis',
		name: 'Kreis Beispiel',
		state: 'Nordrhein-Westfalen',
		published: false,
		strategy_title: 'Digitalisierungsstrategie 2025',
		source_document: 'Drucksache 1/25',
		source_date: '2025-03-31',
		source_date_label: 'März 2025',
		strategy_summary: 'Kurze Zusammenfassung der Strategie.',
	},
	action_fields: [
		{
			id: AF, code: '1', kind: 'handlungsfeld', title: 'Digitale Verwaltung', parent: null, theme: 'e-akte-dms', description: null,
			long_term_target: 'Bis 2030 sollen 200 Prozesse digital abgebildet sein.',
			long_term_values: [{ value: 200, unit: 'Prozesse', direction: null, approximate: false, wording: '200 Prozesse digital abgebildet' }],
			profile_sections: [{ heading: '3.2 Rechtliche Aspekte', text: null }],
			target_groups: ['Bürgerinnen und Bürger'], horizon: 'mittelfristig', risks: null, sort: 1,
		},
	],
	measures: [
		{
			id: MEASURE, code: '1.1', title: 'Einführung der E-Akte', former_titles: [], action_field: AF, theme: 'e-akte-dms', status: 'in_progress', historical: false, owner: 'beispiel-stelle',
			other_codes: [{ code: '7', source: 'Kapitel 4 (Maßnahmenübersicht)' }], priority_class: null,
			progress_current: 4, progress_approximate: true, progress_target: 10, goal: 'Alle Ämter arbeiten mit der E-Akte.', description: null, progress_text: 'Pilot im Bauamt läuft.', next_steps: 'Ausrollen in zwei weiteren Ämtern.',
			planned_label: '2026', planned_date: '2026-12-31', horizon: 'mittelfristig',
			profile_description: null, benefit: 'Akten sind jederzeit auffindbar.', addressees: 'Alle Ämter', best_practice: null, profile_empty_sections: ['Best Practice / interkommunaler Ansatz'],
			profile: null, source_note: null, priority_score: 2.5, priority_rank: 1, progress_percent: 40,
		},
		{
			id: FORMER, code: '1.1', title: 'Scannen der Papierakten', former_titles: [], action_field: AF, theme: 'e-akte-dms', status: 'ended', historical: true, owner: null, other_codes: [], priority_class: null,
			progress_current: null, progress_approximate: false, progress_target: null, goal: null, description: null, progress_text: null, next_steps: null,
			planned_label: null, planned_date: null, horizon: null, profile_description: null, benefit: null, addressees: null, best_practice: null, profile_empty_sections: [],
			profile: null, source_note: null, priority_score: null, priority_rank: null, progress_percent: null,
		},
	],
	owners: [{ id: 'beispiel-stelle', name: 'Amt für Digitalisierung', email: null }],
	measure_successions: [{ id: 'beispiel-nachfolge', predecessor: FORMER, successor: MEASURE, note: 'Aus der Maßnahme wird die Einführung der E-Akte abgeleitet.' }],
	priority_criteria: [{ id: CRITERION, name: 'Innenwirkung', weight: 40, description: 'Wie stark sind die Bediensteten betroffen?', sort: 1 }],
	priority_levels: [{ id: 'beispiel-stufe', criterion: CRITERION, label: 'hoch', points: 3, sort: 1 }],
	measure_ratings: [{ id: 'beispiel-bewertung', measure: MEASURE, criterion: CRITERION, level: 'beispiel-stufe', justification: null }],
	annual_goals: [
		{ id: 'Z1', year: 2025, action_field: AF, direction: 'at_least', title: 'Mindestens 5 Ämter arbeiten mit der E-Akte.', target_value: 5, target_approximate: false, unit: 'Ämter', actual_value: 2, cost_note: 'Einmalig ca. 20.000 EUR', sort: 1, attainment_percent: 40 },
	],
	annual_goal_costs: [
		{ id: 'KO1', annual_goal: 'Z1', kind: 'one_off', amount: 20000, approximate: true, years: null, year: 2025, funder: null, share_percent: null, attribution: 'goal', note: 'Lizenzen', sort: 1 },
	],
	kpis: [
		{
			id: 'K1', name: 'Anteil der Anträge online', theme: 'online-dienste-ozg', action_field: AF, measure: MEASURE, description: '25 % aller Anträge online', unit: '%', target_value: 25, direction: 'at_least',
			baseline_value: 5, baseline_approximate: true, baseline_date: null, baseline_note: '„rd. 5 Prozent“ zum Zeitpunkt der Strategie, ohne Stichtag', deadline_date: '2026-12-31', deadline_label: 'bis Ende 2026',
		},
	],
	kpi_values: [{ id: 'beispiel-messwert', kpi: 'K1', date: '2025-06-30', value: 12, approximate: false, note: null }],
	status_reports: [{ id: REPORT, title: 'Sachstandsbericht 2025', report_date: '2025-09-30', report_date_label: 'September 2025', document_ref: '2/25', committee: 'Kreistag', meeting_date: '2025-10-14', document_url: null, consultations: [{ committee: 'Kreisausschuss', meeting_date: '2025-10-07', role: 'Vorberatung' }, { committee: 'Kreistag', meeting_date: '2025-10-14', role: 'Kenntnisnahme' }], body: null, state: 'closed' }],
	progress_updates: [{ id: 'beispiel-meldung', status_report: REPORT, measure: MEASURE, status: 'in_progress', progress_value: 4, progress_approximate: true, progress_target: 10, priority_class: null, progress_text: 'Pilot im Bauamt läuft.', next_steps: null, progress_percent: 40 }],
	action_field_snapshots: [],
	action_field_dependencies: [],
};
