/** A generated district for the transfer benchmark and profiling: n measures, all rated on 5 criteria if asked. */
import { THEMES } from '@cockpit/shared';
import { EMPTY_DISTRICT, type StoredDistrict } from '../../extensions/cockpit-transfer/src/format/stored';

/** A district as large as a big Kreis would keep it: 10 fields, n measures all rated, goals, KPIs, one report. */
export function generatedDistrict(n: number, id: string, rated: boolean): StoredDistrict {
	const themes = THEMES.map((t) => t.id);
	const criteria = ['Innenwirkung', 'Außenwirkung', 'Fallzahlen', 'Aufwand', 'Umsetzungsdauer'].map((name, i) => ({ id: `c${i}`, name, weight: [40, 15, 5, 20, 20][i], description: null, sort: i + 1 }));
	const levels = criteria.flatMap((c) => ['hoch', 'mittel', 'niedrig'].map((label, i) => ({ id: `${c.id}-${label}`, criterion: c.id, label, points: 3 - i, sort: i + 1 })));
	const fields = Array.from({ length: 10 }, (_, i) => ({ id: `F${i + 1}`, code: String(i + 1), kind: 'handlungsfeld', title: `Handlungsfeld ${i + 1}`, parent: null, theme: themes[i % themes.length], target_groups: [], sort: i + 1 }));
	const measures = Array.from({ length: n }, (_, i) => ({
		id: `M${i + 1}`,
		code: String(i + 1),
		title: `Maßnahme ${i + 1}: Digitalisierung eines Verwaltungsprozesses`,
		former_titles: [],
		action_field: `F${(i % 10) + 1}`,
		theme: themes[i % themes.length],
		status: ['idea', 'planned', 'in_progress', 'completed', 'ongoing'][i % 5],
		progress_current: i % 11,
		progress_target: 10,
		description: 'Beschreibung der Maßnahme mit einigen Sätzen, wie sie ein Strategiedokument enthält.',
		progress_text: 'Stand der Umsetzung.',
		next_steps: 'Nächste Schritte.',
	}));
	return {
		...EMPTY_DISTRICT,
		district: { id, name: 'Kreis Benchmark', state: 'Hessen', published: false, strategy_title: 'Benchmark', source_document: null, source_date: null, source_date_label: null, strategy_summary: null },
		action_fields: fields,
		measures,
		priority_criteria: criteria,
		priority_levels: levels,
		measure_ratings: !rated ? [] : measures.flatMap((m, i) => criteria.map((c, j) => ({ id: `${m.id}-${c.id}`, measure: m.id, criterion: c.id, level: levels[j * 3 + ((i + j) % 3)]!.id, justification: null }))),
		annual_goals: Array.from({ length: 20 }, (_, i) => ({ id: `Z${i + 1}`, year: 2025 + (i % 3), action_field: `F${(i % 10) + 1}`, direction: 'at_least', title: `Jahresziel ${i + 1}`, target_value: 10, unit: 'Ämter', actual_value: i % 10, target_approximate: false, cost_note: null, sort: i + 1 })),
		annual_goal_costs: Array.from({ length: 20 }, (_, i) => ({ id: `KO${i + 1}`, annual_goal: `Z${i + 1}`, kind: 'one_off', amount: 1000 * (i + 1), approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal', note: null, sort: 1 })),
		kpis: Array.from({ length: 10 }, (_, i) => ({ id: `K${i + 1}`, name: `Kennzahl ${i + 1}`, theme: themes[i % themes.length], action_field: null, description: null, unit: '%', target_value: 50, direction: 'at_least' })),
		kpi_values: Array.from({ length: 40 }, (_, i) => ({ id: `V${i}`, kpi: `K${(i % 10) + 1}`, date: `202${2 + Math.floor(i / 10)}-12-31`, value: i, note: null })),
		status_reports: [{ id: 'B1', title: 'Sachstandsbericht 2025', report_date: '2025-09-30', report_date_label: null, document_ref: null, body: null }],
		progress_updates: measures.map((m) => ({ id: `U-${m.id}`, status_report: 'B1', measure: m.id, progress_value: m.progress_current, progress_target: 10, priority_class: null, progress_text: m.progress_text, next_steps: null })),
	} as StoredDistrict;
}
