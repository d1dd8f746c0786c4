/**
 * A stored district (or the template's example) to the cells of each sheet. Rows that belong
 * together (levels of a criterion, values of a KPI, updates of a report) repeat their parent's
 * fields on every row, so a sheet can be sorted and filtered in Excel without losing them.
 */
import { formatCell, type Cell, type ThemeRef } from './cells';
import type { SheetData } from './model';
import { JUSTIFICATION_PREFIX, SHEET_ORDER, SHEETS, type Column, type SheetDefinition } from './sheets';
import { byCode, keysByCode, type Rec, type StoredDistrict } from './stored';

type Values = Record<string, unknown>;

export function writeSheets(stored: StoredDistrict, themes: ThemeRef[]): SheetData[] {
	const fieldKey = keysByCode(stored.action_fields);
	const measureKey = keysByCode(stored.measures);
	const key = (map: Map<string, string>, id: unknown) => (id === null || id === undefined ? null : (map.get(String(id)) ?? String(id)));
	/** The Kennung column stays empty where the code already is the key, as a clerk would write it. */
	const ownKey = (map: Map<string, string>, row: Rec) => (map.get(row.id) === row['code'] ? null : map.get(row.id));

	const actionFields = [...stored.action_fields].sort((a, b) => Number(a['sort'] ?? 0) - Number(b['sort'] ?? 0) || byCode(a['code'], b['code']));
	const measures = [...stored.measures].sort((a, b) => byCode(a['code'], b['code']) || String(a['title']).localeCompare(String(b['title']), 'de'));
	const criteria = [...stored.priority_criteria].sort((a, b) => Number(a['sort'] ?? 0) - Number(b['sort'] ?? 0));
	const levelsOf = (criterion: Rec) =>
		stored.priority_levels.filter((l) => l['criterion'] === criterion.id).sort((a, b) => Number(a['sort'] ?? 0) - Number(b['sort'] ?? 0) || Number(b['points']) - Number(a['points']));
	const levelLabel = new Map(stored.priority_levels.map((l) => [l.id, l['label']]));
	const measureOrder = new Map(measures.map((m, i) => [m.id, i]));
	const titleOf = new Map(measures.map((m) => [m.id, m['title']]));
	const ownerName = new Map(stored.owners.map((o) => [o.id, o['name']]));

	const sheets: { definition: SheetDefinition; rows: Values[]; extra?: Column[] }[] = [
		{ definition: SHEETS.district, rows: stored.district ? [stored.district] : [] },
		{ definition: SHEETS.actionFields, rows: actionFields.map((f) => ({ ...f, key: ownKey(fieldKey, f), parent: key(fieldKey, f['parent']) })) },
		{ definition: SHEETS.longTermValues, rows: actionFields.flatMap((f) => listOf(f['long_term_values']).map((v) => ({ ...v, action_field: key(fieldKey, f.id) }))) },
		{ definition: SHEETS.profileSections, rows: actionFields.flatMap((f) => listOf(f['profile_sections']).map((v) => ({ ...v, action_field: key(fieldKey, f.id) }))) },
		{ definition: SHEETS.measures, rows: measures.map((m) => ({ ...m, key: ownKey(measureKey, m), action_field: key(fieldKey, m['action_field']), owner: ownerName.get(String(m['owner'])) ?? null })) },
		{ definition: SHEETS.otherCodes, rows: measures.flatMap((m) => listOf(m['other_codes']).map((c) => ({ ...c, measure: key(measureKey, m.id) }))) },
		{
			definition: SHEETS.successions,
			rows: [...stored.measure_successions]
				.sort((a, b) => (measureOrder.get(String(a['predecessor'])) ?? 0) - (measureOrder.get(String(b['predecessor'])) ?? 0) || (measureOrder.get(String(a['successor'])) ?? 0) - (measureOrder.get(String(b['successor'])) ?? 0))
				.map((s) => ({
					predecessor: key(measureKey, s['predecessor']),
					predecessor_title: titleOf.get(String(s['predecessor'])) ?? null,
					successor: key(measureKey, s['successor']),
					successor_title: titleOf.get(String(s['successor'])) ?? null,
					note: s['note'],
				})),
		},
		{
			definition: SHEETS.criteria,
			rows: criteria.flatMap((c) => levelsOf(c).map((l) => ({ criterion: c['name'], weight: c['weight'], description: c['description'], label: l['label'], points: l['points'] }))),
		},
	];

	// Bewertungen: a column per criterion holding the level's label, then a justification column where any is given.
	const ratingsByMeasure = new Map<string, Map<string, Rec>>();
	for (const rating of stored.measure_ratings) {
		const perMeasure = ratingsByMeasure.get(String(rating['measure'])) ?? new Map<string, Rec>();
		perMeasure.set(String(rating['criterion']), rating);
		ratingsByMeasure.set(String(rating['measure']), perMeasure);
	}
	const justified = criteria.filter((c) => stored.measure_ratings.some((r) => r['criterion'] === c.id && r['justification']));
	const criterionColumns: Column[] = [
		...criteria.map((c) => ({ header: String(c['name']), field: `level:${c.id}`, kind: { type: 'text' as const }, description: `Stufe nach „${String(c['name'])}“.` })),
		...justified.map((c) => ({ header: `${JUSTIFICATION_PREFIX}${String(c['name'])}`, field: `why:${c.id}`, kind: { type: 'text' as const }, description: 'Begründung der Bewertung.' })),
	];
	sheets.push({
		definition: SHEETS.ratings,
		extra: criterionColumns,
		rows: criteria.length === 0 ? [] : measures.filter((m) => ratingsByMeasure.has(m.id)).map((m) => {
			const perMeasure = ratingsByMeasure.get(m.id)!;
			const row: Values = { measure: key(measureKey, m.id), title: m['title'] };
			for (const c of criteria) {
				const rating = perMeasure.get(c.id);
				row[`level:${c.id}`] = rating ? levelLabel.get(String(rating['level'])) : null;
				row[`why:${c.id}`] = rating?.['justification'] ?? null;
			}
			return row;
		}),
	});

	const goals = [...stored.annual_goals].sort((a, b) => Number(a['sort'] ?? 0) - Number(b['sort'] ?? 0) || Number(a['year']) - Number(b['year']));
	sheets.push({ definition: SHEETS.goals, rows: goals.map((g) => ({ ...g, key: g.id, action_field: key(fieldKey, g['action_field']) })) });
	const goalOrder = new Map(goals.map((g, i) => [g.id, i]));
	sheets.push({
		definition: SHEETS.costs,
		rows: [...stored.annual_goal_costs]
			.filter((c) => goalOrder.has(String(c['annual_goal'])))
			.sort((a, b) => goalOrder.get(String(a['annual_goal']))! - goalOrder.get(String(b['annual_goal']))! || Number(a['sort'] ?? 0) - Number(b['sort'] ?? 0) || a.id.localeCompare(b.id))
			.map((c) => ({ ...c, key: c.id, annual_goal: c['annual_goal'], goal_title: goals[goalOrder.get(String(c['annual_goal']))!]!['title'] })),
	});

	const kpis = [...stored.kpis].sort((a, b) => String(a['name']).localeCompare(String(b['name']), 'de'));
	sheets.push({
		definition: SHEETS.kpis,
		rows: kpis.flatMap((k): Values[] => {
			const parent: Values = { ...k, key: k.id, action_field: key(fieldKey, k['action_field']), measure: key(measureKey, k['measure']) };
			const values = stored.kpi_values.filter((v) => v['kpi'] === k.id).sort((a, b) => String(a['date']).localeCompare(String(b['date'])));
			return values.length === 0 ? [{ ...parent, note: null }] : values.map((v) => ({ ...parent, date: v['date'], value: v['value'], approximate: v['approximate'], note: v['note'] }));
		}),
	});

	const reports = [...stored.status_reports].sort((a, b) => String(a['report_date']).localeCompare(String(b['report_date'])));
	sheets.push({
		definition: SHEETS.reports,
		rows: reports.flatMap((r): Values[] => {
			const parent: Values = { key: r.id, title: r['title'], report_date: r['report_date'], report_date_label: r['report_date_label'], document_ref: r['document_ref'], committee: r['committee'], meeting_date: r['meeting_date'], document_url: r['document_url'], consultations: r['consultations'] ?? [], body: r['body'], state: r['state'] ?? 'draft' };
			const updates = stored.progress_updates.filter((u) => u['status_report'] === r.id).sort((a, b) => (measureOrder.get(String(a['measure'])) ?? 0) - (measureOrder.get(String(b['measure'])) ?? 0));
			return updates.length === 0 ? [parent] : updates.map((u) => ({ ...parent, ...u, measure: key(measureKey, u['measure']) }));
		}),
	});

	const snapshots = [...stored.action_field_snapshots].sort((a, b) => String(a['date']).localeCompare(String(b['date'])));
	sheets.push({ definition: SHEETS.snapshots, rows: snapshots.map((s) => ({ ...s, action_field: key(fieldKey, s['action_field']), status_report: s['status_report'] ?? null })) });
	sheets.push({
		definition: SHEETS.dependencies,
		rows: stored.action_field_dependencies.map((d) => ({ ...d, from_field: key(fieldKey, d['from_field']), to_field: key(fieldKey, d['to_field']) })),
	});

	sheets.push({ definition: SHEETS.owners, rows: [...stored.owners].sort((a, b) => String(a['name']).localeCompare(String(b['name']), 'de')) });

	const order = SHEET_ORDER.map((id) => SHEETS[id].name);
	sheets.sort((a, b) => order.indexOf(a.definition.name) - order.indexOf(b.definition.name));
	return sheets.map(({ definition, rows, extra = [] }) => toSheetData(definition, [...definition.columns, ...extra], rows, themes));
}

/** A JSON list field as ItemsService returns it (parsed, or as text on some drivers); [] when empty. */
function listOf(value: unknown): Values[] {
	const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
	return Array.isArray(parsed) ? (parsed as Values[]) : [];
}

function toSheetData(definition: SheetDefinition, columns: Column[], rows: Values[], themes: ThemeRef[]): SheetData {
	return {
		name: definition.name,
		description: definition.description,
		columns: columns.map((c) => ({ header: c.header, description: c.description, computed: Boolean(c.computed), date: c.kind.type === 'date' })),
		rows: rows.map((row) => columns.map((c): Cell => formatCell(c.kind, row[c.field], themes))),
	};
}
