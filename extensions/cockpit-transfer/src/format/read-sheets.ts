/**
 * The sheets of an uploaded workbook to a district's rows, with every problem found named by
 * sheet, row and column in German. Checks here need nothing but the workbook; what needs the
 * stored district (references to rows only the database holds) is checked in plan-import.
 */
import { checkCostComponent, checkNotNegative, checkPositive, checkProgress, isDistrictId } from '@cockpit/shared';
import { isEmpty, isListKind, parseCell, type ThemeRef } from './cells';
import type { DistrictModel, Problem, RawSheet, Row } from './model';
import { JUSTIFICATION_PREFIX, SHEETS, type Column, type SheetDefinition } from './sheets';

export interface ReadResult {
	model: DistrictModel | null;
	problems: Problem[];
}

export function readSheets(raw: RawSheet[], themes: ThemeRef[]): ReadResult {
	const problems: Problem[] = [];
	const find = (definition: SheetDefinition) => raw.find((sheet) => sameName(sheet.name, definition.name));
	const rowsOf = (definition: SheetDefinition, required = false): Row[] => {
		const sheet = find(definition);
		if (!sheet) {
			if (required) problems.push({ sheet: definition.name, row: null, column: null, message: 'Das Blatt fehlt in der Arbeitsmappe.' });
			return [];
		}
		return parseRows(sheet, definition.columns, themes, problems);
	};

	// A missing Kreis sheet is one problem, not also "no row in it".
	const districtRows = rowsOf(SHEETS.district, true);
	const district = find(SHEETS.district) ? readDistrict(districtRows, problems) : null;
	const actionFields = keyed(rowsOf(SHEETS.actionFields), SHEETS.actionFields.name, problems, true);
	attachList(find(SHEETS.longTermValues) && rowsOf(SHEETS.longTermValues), SHEETS.longTermValues.name, 'action_field', actionFields, SHEETS.actionFields.name, 'long_term_values', (r) => ({ value: r['value'], unit: r['unit'], direction: r['direction'], approximate: r['approximate'], wording: r['wording'] }), problems);
	attachList(find(SHEETS.profileSections) && rowsOf(SHEETS.profileSections), SHEETS.profileSections.name, 'action_field', actionFields, SHEETS.actionFields.name, 'profile_sections', (r) => ({ heading: r['heading'], text: r['text'] }), problems);
	const owners = unique(rowsOf(SHEETS.owners), SHEETS.owners.name, (o) => String(o['name']).toLowerCase(), 'Diese Stelle steht schon', problems);
	const measures = keyed(rowsOf(SHEETS.measures), SHEETS.measures.name, problems, true);
	// An older workbook without the column leaves the stored owners alone.
	if (!find(SHEETS.measures)?.headers.some((h) => h.trim().toLowerCase() === 'verantwortliche stelle')) for (const measure of measures) delete measure['owner'];
	for (const measure of measures) check(problems, SHEETS.measures.name, measure, null, checkProgress(measure['progress_current'], measure['progress_target']));
	attachList(find(SHEETS.otherCodes) && rowsOf(SHEETS.otherCodes), SHEETS.otherCodes.name, 'measure', measures, SHEETS.measures.name, 'other_codes', (r) => ({ code: r['code'], source: r['source'] }), problems);
	const successions = readSuccessions(rowsOf(SHEETS.successions), problems);
	const criteria = readCriteria(rowsOf(SHEETS.criteria), problems);
	const ratings = readRatings(find(SHEETS.ratings), themes, problems);
	const goals = keyed(rowsOf(SHEETS.goals), SHEETS.goals.name, problems, false);
	for (const goal of goals) {
		const year = goal['year'] as number | null;
		if (year !== null && (year < 2000 || year > 2100)) problems.push(at(SHEETS.goals.name, goal, 'Jahr', `Bitte ein Jahr zwischen 2000 und 2100 angeben (angegeben: ${year}).`));
		check(problems, SHEETS.goals.name, goal, 'Zielwert', checkPositive(goal['target_value'], 'Zielwert'));
	}
	refuseRetiredColumns(find(SHEETS.goals), problems);
	const costs = readCosts(rowsOf(SHEETS.costs), problems);
	const kpis = readKpis(rowsOf(SHEETS.kpis), problems);
	const reports = readReports(rowsOf(SHEETS.reports), problems);
	const snapshots = unique(rowsOf(SHEETS.snapshots), SHEETS.snapshots.name, (s) => `${s['action_field']}|${s['date']}`, 'Für dieses Projektfeld gibt es schon eine Zeile mit demselben Stichtag', problems);
	const dependencies = unique(rowsOf(SHEETS.dependencies), SHEETS.dependencies.name, (d) => `${d['from_field']}|${d['to_field']}`, 'Dieser Bezug steht schon', problems);

	actionFields.forEach((field, index) => (field['sort'] = index + 1));
	goals.forEach((goal, index) => (goal['sort'] = index + 1));
	if (problems.length > 0 || !district) return { model: null, problems };
	return { model: { district, actionFields, owners, measures, successions, criteria, ratings, goals, costs, kpis, reports, snapshots, dependencies }, problems };
}

/**
 * A list field of a parent row (an action field's long-term values, a measure's other numbers)
 * from its own sheet, one row per entry in the sheet's order. Only where the workbook has the
 * sheet: an older workbook without it leaves the stored lists alone.
 */
function attachList(rows: Row[] | undefined, sheet: string, refField: string, parents: Row[], parentSheet: string, field: string, entry: (row: Row) => Record<string, unknown>, problems: Problem[]): void {
	if (!rows) return;
	const byKey = new Map(parents.map((parent) => [String(parent['key']), parent]));
	for (const parent of parents) parent[field] = [];
	for (const row of rows) {
		const parent = byKey.get(String(row[refField]));
		if (!parent) {
			problems.push(at(sheet, row, SHEETS_BY_NAME.get(sheet)?.columns.find((c) => c.field === refField)?.header ?? null, `„${String(row[refField])}“ steht nicht im Blatt „${parentSheet}“. Bitte die Kennung einer Zeile dieses Blatts angeben.`));
			continue;
		}
		(parent[field] as unknown[]).push(entry(row));
	}
}

const SHEETS_BY_NAME = new Map<string, SheetDefinition>(Object.values(SHEETS).map((definition) => [definition.name, definition]));

/** The cost columns of Jahresziele before cost components: a workbook exported then still holds them. */
const RETIRED_COST_COLUMNS = ['Kostenart', 'Betrag (EUR)', 'Laufzeit (Jahre)', 'Finanzierungsanteile'];

/** Ignoring a filled old cost column would lose the cost silently; an empty one is harmless. */
function refuseRetiredColumns(sheet: RawSheet | undefined, problems: Problem[]): void {
	if (!sheet) return;
	for (const header of RETIRED_COST_COLUMNS) {
		const index = sheet.headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
		if (index < 0 || sheet.rows.every(({ cells }) => isEmpty(cells[index] ?? null))) continue;
		problems.push({ sheet: sheet.name, row: 1, column: header, message: `Die Spalte „${header}“ gibt es nicht mehr: Kosten stehen je Bestandteil im Blatt „${SHEETS.costs.name}“ (Art, Betrag, Laufzeit, Träger, Anteil). Bitte die Angaben dorthin übertragen und die Spalte löschen.` });
	}
}

/** Kosten: each row a component of the goal it names, checked by the same rule as a direct edit; `sort` is its place among the goal's rows. */
function readCosts(rows: Row[], problems: Problem[]): Row[] {
	const sheet = SHEETS.costs.name;
	const places = new Map<string, number>();
	const keys = new Map<string, number>();
	for (const row of rows) {
		row['attribution'] ??= 'goal';
		const goal = String(row['annual_goal']);
		const place = (places.get(goal) ?? 0) + 1;
		places.set(goal, place);
		row['sort'] = place;
		if (row['key'] !== null) {
			const first = keys.get(String(row['key']));
			if (first !== undefined) problems.push(at(sheet, row, 'Kennung', `Die Kennung „${String(row['key'])}“ kommt doppelt vor (schon in Zeile ${first}).`));
			else keys.set(String(row['key']), row.row);
		}
		check(problems, sheet, row, null, checkCostComponent(row));
	}
	return rows;
}

/** Nachfolge: one row per pair; the rule of a direct edit (checkSuccession) needs the measures and runs in plan-import. */
function readSuccessions(rows: Row[], problems: Problem[]): Row[] {
	return unique(rows, SHEETS.successions.name, (r) => `${String(r['predecessor'])}|${String(r['successor'])}`, 'Diese Nachfolge steht schon', problems);
}

function sameName(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function at(sheet: string, row: Row | null, column: string | null, message: string): Problem {
	return { sheet, row: row?.row ?? null, column, message };
}

function check(problems: Problem[], sheet: string, row: Row, column: string | null, message: string | null): void {
	if (message) problems.push(at(sheet, row, column, message));
}

/** Parses every non-empty row; a missing required column is one problem for the sheet, not one per row. */
function parseRows(sheet: RawSheet, columns: Column[], themes: ThemeRef[], problems: Problem[]): Row[] {
	const index = new Map<string, number>();
	sheet.headers.forEach((header, i) => index.set(header.trim().toLowerCase(), i));
	const present: { column: Column; at: number }[] = [];
	for (const column of columns) {
		if (column.computed) continue;
		const at = index.get(column.header.toLowerCase());
		if (at === undefined) {
			if (column.required) problems.push({ sheet: sheet.name, row: 1, column: column.header, message: `Die Pflichtspalte „${column.header}“ fehlt in der Kopfzeile.` });
			continue;
		}
		present.push({ column, at });
	}
	refuseFormulas(sheet, new Map(present.map(({ column, at }) => [at, column.header])), problems);
	const rows: Row[] = [];
	for (const { row, cells } of sheet.rows) {
		if (cells.every((cell) => isEmpty(cell))) continue;
		const item: Row = { row };
		for (const { column, at } of present) {
			const cell = cells[at] ?? null;
			const parsed = parseCell(column.kind, cell, themes);
			if ('error' in parsed) problems.push({ sheet: sheet.name, row, column: column.header, message: parsed.error });
			else if (column.required && parsed.value === null) problems.push({ sheet: sheet.name, row, column: column.header, message: `Bitte „${column.header}“ angeben.` });
			else item[column.field] = parsed.value;
		}
		for (const column of columns) if (!column.computed && !(column.field in item)) item[column.field] ??= isListKind(column.kind) ? [] : null;
		rows.push(item);
	}
	return rows;
}

/**
 * A formula's result is what the file claims it is, computed by whatever wrote the file, and
 * it changes when another cell changes: the import takes typed-in values only. Refused in the
 * columns it reads (`headers`: index to header), the header row included; computed and unknown
 * columns may hold formulas.
 */
function refuseFormulas(sheet: RawSheet, headers: Map<number, string>, problems: Problem[]): void {
	for (const { row, index, formula } of sheet.formulas ?? []) {
		const header = headers.get(index);
		if (header === undefined) continue;
		problems.push({
			sheet: sheet.name,
			row,
			column: header,
			message: `Die Zelle enthält eine Formel (${formula}). Der Import übernimmt nur eingetragene Werte: bitte die Formel durch ihren Wert ersetzen (in Excel: Zelle kopieren, dann „Einfügen: Werte“).`,
		});
	}
}

function readDistrict(rows: Row[], problems: Problem[]): Row | null {
	const sheet = SHEETS.district.name;
	if (rows.length !== 1) {
		problems.push({ sheet, row: rows[1]?.row ?? null, column: null, message: `Das Blatt braucht genau eine Zeile mit dem Kreis (gefunden: ${rows.length}).` });
		return null;
	}
	const district = rows[0]!;
	const id = district['id'] as string | null;
	if (id !== null && !isDistrictId(id)) {
		problems.push(at(sheet, district, 'Kennung', `„${id}“ ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. „rhein-kreis-neuss“.`));
	}
	district['published'] ??= false;
	return district;
}

/** Rows with a key: the Kennung column, or the Nummer where `codeIsKey` and no Kennung is given; unique in the sheet. */
function keyed(rows: Row[], sheet: string, problems: Problem[], codeIsKey: boolean): Row[] {
	const seen = new Map<string, number>();
	for (const row of rows) {
		const key = (row['key'] as string | null) ?? (codeIsKey ? (row['code'] as string | null) : null);
		if (key === null) {
			// Without codeIsKey the Kennung column is required and parseRows has reported it.
			if (codeIsKey) problems.push(at(sheet, row, 'Kennung', 'Bitte „Kennung“ oder „Nummer“ angeben.'));
			continue;
		}
		row['key'] = key;
		const first = seen.get(key);
		if (first !== undefined) problems.push(at(sheet, row, codeIsKey && row['key'] === row['code'] ? 'Nummer' : 'Kennung', `Die Kennung „${key}“ kommt doppelt vor (schon in Zeile ${first}).`));
		else seen.set(key, row.row);
	}
	return rows;
}

function unique(rows: Row[], sheet: string, keyOf: (row: Row) => string, message: string, problems: Problem[]): Row[] {
	const seen = new Map<string, number>();
	for (const row of rows) {
		const key = keyOf(row);
		const first = seen.get(key);
		if (first !== undefined) problems.push(at(sheet, row, null, `${message} (Zeile ${first}).`));
		else seen.set(key, row.row);
	}
	return rows;
}

/**
 * Rows that share a key form one parent (criterion, KPI, report): its fields come from the
 * first row; a later row may leave them empty or repeat them, but not contradict them.
 */
function group(rows: Row[], keyField: string, parentFields: Column[], sheet: string, problems: Problem[]): { parent: Row; rows: Row[] }[] {
	const groups = new Map<string, { parent: Row; rows: Row[] }>();
	for (const row of rows) {
		const key = String(row[keyField]);
		const existing = groups.get(key);
		if (!existing) {
			groups.set(key, { parent: { row: row.row, ...Object.fromEntries(parentFields.map((c) => [c.field, row[c.field]])) } as Row, rows: [row] });
			continue;
		}
		existing.rows.push(row);
		for (const column of parentFields) {
			const value = row[column.field];
			const first = existing.parent[column.field];
			// An empty cell says nothing; for a mark such as „ca.“ that is false.
			const blank = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0) || (column.kind.type === 'flag' && v === false);
			if (blank(value)) continue;
			if (blank(first)) existing.parent[column.field] = value;
			else if (JSON.stringify(first) !== JSON.stringify(value)) {
				problems.push(at(sheet, row, column.header, `Widerspricht Zeile ${existing.parent.row} derselben Kennung „${key}“. Bitte gleich angeben oder leer lassen.`));
			}
		}
	}
	return [...groups.values()];
}

const columnsOf = (definition: SheetDefinition, fields: string[]) => definition.columns.filter((c) => fields.includes(c.field));

function readCriteria(rows: Row[], problems: Problem[]): DistrictModel['criteria'] {
	const sheet = SHEETS.criteria.name;
	return group(rows, 'criterion', columnsOf(SHEETS.criteria, ['criterion', 'weight', 'description']), sheet, problems).map(({ parent, rows: levels }, index) => {
		if (parent['weight'] === null) problems.push(at(sheet, parent, 'Gewichtung', `Bitte „Gewichtung“ für das Kriterium „${String(parent['criterion'])}“ angeben.`));
		check(problems, sheet, parent, 'Gewichtung', checkPositive(parent['weight'], 'Gewichtung'));
		const labels = new Map<string, number>();
		for (const level of levels) {
			check(problems, sheet, level, 'Punkte', checkNotNegative(level['points'], 'Punkte'));
			const label = String(level['label']);
			const first = labels.get(label.toLowerCase());
			if (first !== undefined) problems.push(at(sheet, level, 'Stufe', `Die Stufe „${label}“ steht für dieses Kriterium schon in Zeile ${first}.`));
			else labels.set(label.toLowerCase(), level.row);
		}
		return {
			row: parent.row,
			name: parent['criterion'],
			weight: parent['weight'],
			description: parent['description'],
			sort: index + 1,
			levels: levels.map((level, i) => ({ row: level.row, label: level['label'], points: level['points'], sort: i + 1 })),
		};
	});
}

/** Bewertungen: the criterion columns are named after the criteria, so they are read by header here. */
function readRatings(sheet: RawSheet | undefined, themes: ThemeRef[], problems: Problem[]): Row[] {
	if (!sheet) return [];
	const name = SHEETS.ratings.name;
	const rows = parseRows(sheet, SHEETS.ratings.columns, themes, problems);
	const fixed = new Set(SHEETS.ratings.columns.map((c) => c.header.toLowerCase()));
	const criterionColumns = sheet.headers
		.map((header, index) => ({ header: header.trim(), index }))
		.filter(({ header }) => header !== '' && !fixed.has(header.toLowerCase()) && !header.startsWith(JUSTIFICATION_PREFIX.trim()));
	const justificationColumns = new Map(
		sheet.headers.map((header, index) => [header.trim(), index] as const).filter(([header]) => header.startsWith(JUSTIFICATION_PREFIX.trim())).map(([header, index]) => [header.slice(JUSTIFICATION_PREFIX.trim().length).trim().toLowerCase(), index]),
	);
	refuseFormulas(sheet, new Map([...criterionColumns.map(({ header, index }) => [index, header] as const), ...[...justificationColumns.values()].map((index) => [index, sheet.headers[index]!.trim()] as const)]), problems);
	const ratings: Row[] = [];
	const seen = new Map<string, number>();
	const byRow = new Map(sheet.rows.map((r) => [r.row, r.cells]));
	for (const row of rows) {
		const measure = String(row['measure']);
		const first = seen.get(measure);
		if (first !== undefined) {
			problems.push(at(name, row, 'Maßnahme', `Die Maßnahme „${measure}“ ist schon in Zeile ${first} bewertet.`));
			continue;
		}
		seen.set(measure, row.row);
		const cells = byRow.get(row.row) ?? [];
		for (const { header, index } of criterionColumns) {
			const cell = cells[index] ?? null;
			const justificationAt = justificationColumns.get(header.toLowerCase());
			const justification = justificationAt === undefined ? null : cells[justificationAt] ?? null;
			if (isEmpty(cell)) {
				if (!isEmpty(justification)) problems.push(at(name, row, `${JUSTIFICATION_PREFIX}${header}`, 'Eine Begründung ohne Stufe: bitte die Stufe angeben oder die Begründung löschen.'));
				continue;
			}
			ratings.push({
				row: row.row,
				column: header,
				measure,
				criterion: header,
				level: String(cell).trim(),
				justification: isEmpty(justification) ? null : String(justification).trim(),
			});
		}
	}
	return ratings;
}

function readKpis(rows: Row[], problems: Problem[]): DistrictModel['kpis'] {
	const sheet = SHEETS.kpis.name;
	const parentFields = columnsOf(SHEETS.kpis, ['key', 'name', 'theme', 'action_field', 'measure', 'description', 'unit', 'target_value', 'direction', 'baseline_value', 'baseline_approximate', 'baseline_date', 'baseline_note', 'deadline_date', 'deadline_label']);
	return group(rows.filter((r) => r['key'] !== null), 'key', parentFields, sheet, problems).map(({ parent, rows: values }) => {
		if (parent['name'] === null) problems.push(at(sheet, parent, 'Name', 'Bitte „Name“ der Kennzahl angeben.'));
		if (parent['theme'] === null) problems.push(at(sheet, parent, 'Thema', 'Bitte „Thema“ der Kennzahl angeben.'));
		check(problems, sheet, parent, 'Zielwert', checkPositive(parent['target_value'], 'Zielwert'));
		if (parent['baseline_value'] === null && (parent['baseline_approximate'] === true || parent['baseline_date'] !== null)) {
			problems.push(at(sheet, parent, 'Ausgangswert', '„Ausgangswert ca.“ oder „Ausgangswert am“ ohne Ausgangswert: bitte den Wert angeben oder die Angaben löschen.'));
		}
		const dates = new Map<string, number>();
		const measured: Row[] = [];
		for (const value of values) {
			if (value['date'] === null && value['value'] === null) continue;
			if (value['date'] === null) problems.push(at(sheet, value, 'Stichtag', 'Ein Wert ohne Stichtag: bitte das Datum angeben.'));
			else if (value['value'] === null) problems.push(at(sheet, value, 'Wert', 'Ein Stichtag ohne Wert: bitte den Wert angeben.'));
			else {
				const first = dates.get(String(value['date']));
				if (first !== undefined) problems.push(at(sheet, value, 'Stichtag', `Für diese Kennzahl gibt es schon einen Wert zu diesem Stichtag (Zeile ${first}).`));
				else dates.set(String(value['date']), value.row);
				measured.push({ row: value.row, date: value['date'], value: value['value'], approximate: value['approximate'], note: value['note'] });
			}
		}
		return { ...parent, values: measured };
	});
}

function readReports(rows: Row[], problems: Problem[]): DistrictModel['reports'] {
	const sheet = SHEETS.reports.name;
	const parentFields = columnsOf(SHEETS.reports, ['key', 'title', 'report_date', 'report_date_label', 'document_ref', 'committee', 'meeting_date', 'document_url', 'consultations', 'body', 'state']);
	return group(rows.filter((r) => r['key'] !== null), 'key', parentFields, sheet, problems).map(({ parent, rows: lines }) => {
		if (parent['title'] === null) problems.push(at(sheet, parent, 'Titel', 'Bitte „Titel“ des Berichts angeben.'));
		if (parent['report_date'] === null) problems.push(at(sheet, parent, 'Stichtag', 'Bitte „Stichtag“ des Berichts angeben.'));
		const measures = new Map<string, number>();
		const updates: Row[] = [];
		for (const line of lines) {
			if (line['measure'] === null) continue;
			const measure = String(line['measure']);
			const first = measures.get(measure);
			if (first !== undefined) problems.push(at(sheet, line, 'Maßnahme', `Die Maßnahme „${measure}“ hat in diesem Bericht schon eine Meldung (Zeile ${first}).`));
			else measures.set(measure, line.row);
			check(problems, sheet, line, null, checkProgress(line['progress_value'], line['progress_target']));
			updates.push({
				row: line.row,
				measure,
				status: line['status'] ?? null,
				progress_value: line['progress_value'],
				progress_approximate: line['progress_approximate'],
				progress_target: line['progress_target'],
				priority_class: line['priority_class'],
				progress_text: line['progress_text'],
				next_steps: line['next_steps'],
			});
		}
		return { ...parent, updates };
	});
}
