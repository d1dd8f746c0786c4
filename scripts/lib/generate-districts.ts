/**
 * Synthetic districts for load tests and demos of a large instance: German-sounding Landkreise
 * and kreisfreie Städte in the Bundesländer that have them, each with a strategy of the size
 * of a real one (5 action fields, 100 measures, 5 criteria with 3 levels, 500 ratings,
 * 30 annual goals, 5 KPIs with 12 values, two closed status reports a year apart, each with
 * every running measure's progress frozen as the reporting cycle freezes it on closing).
 *
 * Every generated district's id starts with `synth-` (SYNTHETIC_PREFIX), its name says
 * nothing else; it is unpublished unless asked for, and `removeSyntheticDistricts` deletes
 * exactly those and everything below them. The rows are written in bulk with knex on the
 * database Directus uses (the API would recompute a district after every single rating), and
 * the computed values come from the same functions of @cockpit/shared the hook calls.
 */
import type { Knex } from 'knex';
import {
	computeAttainmentPercent,
	computeDistrictPriorities,
	computeProgressPercent,
	FINISHED_STATUSES,
	MEASURE_STATUSES,
	THEMES,
	type GoalDirection,
	type MeasureStatus,
} from '@cockpit/shared';
import { seedId } from '../../seed/seed-id';

export const SYNTHETIC_PREFIX = 'synth-';

const STATES = [
	'Baden-Württemberg', 'Bayern', 'Brandenburg', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen',
	'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen',
];
const STEMS = [
	'Alten', 'Neu', 'Ober', 'Nieder', 'Hohen', 'Rosen', 'Linden', 'Eich', 'Buchen', 'Wald', 'Berg', 'Stein', 'Mühl', 'Kirch', 'Hag',
	'Brunn', 'Wester', 'Oster', 'Sonder', 'Grün', 'Fried', 'Wolfs', 'Haller', 'Erlen', 'Birken',
];
const ENDINGS = ['feld', 'burg', 'heim', 'hausen', 'dorf', 'stadt', 'bach', 'au', 'ingen', 'rode', 'hagen', 'born', 'stedt', 'beck', 'furt', 'brück', 'kirchen', 'see'];
const MEASURE_TOPICS = [
	'Einführung der E-Akte im Fachbereich', 'Online-Antrag für', 'Digitalisierung des Posteingangs im Amt für', 'Schulung zu digitalen Werkzeugen für',
	'Automatisierung der Bearbeitung von', 'Breitbandausbau im Gebiet', 'Offene Daten zu', 'Bürgerbeteiligung online zu', 'Mobiles Arbeiten im Bereich',
	'IT-Sicherheitskonzept für',
];
const TOPIC_OBJECTS = ['Bauanträge', 'Wohngeld', 'Jugendhilfe', 'Kfz-Zulassung', 'Schülerbeförderung', 'Gewerbeangelegenheiten', 'Sozialhilfe', 'Umweltschutz', 'Gesundheitsamt', 'Ordnungsamt'];
/** Viersen's five criteria and weights, the matrix every generated district (and bench:compute's) rates on. */
export const CRITERIA = [
	{ name: 'Innenwirkung', weight: 40 },
	{ name: 'Außenwirkung', weight: 15 },
	{ name: 'Fallzahlen', weight: 5 },
	{ name: 'Aufwand', weight: 20 },
	{ name: 'Umsetzungsdauer', weight: 20 },
];
const LEVELS = [
	{ label: 'hoch', points: 3 },
	{ label: 'mittel', points: 2 },
	{ label: 'niedrig', points: 1 },
];
const KPI_NAMES = ['Anteil online gestellter Anträge', 'Digitale Arbeitsplätze', 'Geschulte Beschäftigte', 'Elektronisch geführte Akten', 'Angeschlossene Schulen'];

/** The rows of every collection, in an order in which each only references earlier ones. */
export type GeneratedRows = Record<
	| 'districts' | 'action_fields' | 'measures' | 'priority_criteria' | 'priority_levels' | 'measure_ratings' | 'annual_goals' | 'annual_goal_costs' | 'kpis' | 'kpi_values'
	| 'status_reports' | 'progress_updates',
	Record<string, unknown>[]
>;

export const GENERATED_COLLECTIONS: (keyof GeneratedRows)[] = [
	'districts', 'action_fields', 'measures', 'priority_criteria', 'priority_levels', 'measure_ratings', 'annual_goals', 'annual_goal_costs', 'kpis', 'kpi_values',
	'status_reports', 'progress_updates',
];

/** Deterministic: the same count gives the same districts, so benchmark runs are comparable. */
export function generateDistricts(count: number, options: { published?: boolean } = {}): GeneratedRows {
	const random = mulberry32(20261128);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const rows: GeneratedRows = Object.fromEntries(GENERATED_COLLECTIONS.map((c) => [c, []])) as unknown as GeneratedRows;
	const usedIds = new Set<string>();

	for (let n = 0; n < count; n++) {
		// About a quarter are kreisfreie Städte, as in Germany (106 of 400).
		const city = n % 4 === 3;
		// Each stem meets each ending once before any name repeats (25 × 18 = 450 names).
		const place = `${STEMS[n % STEMS.length]}${ENDINGS[(Math.floor(n / STEMS.length) + 7 * (n % STEMS.length)) % ENDINGS.length]}`;
		const name = city ? `Stadt ${place}` : n % 3 === 0 ? `Kreis ${place}` : `Landkreis ${place}`;
		let id = `${SYNTHETIC_PREFIX}${slug(place)}`;
		for (let suffix = 2; usedIds.has(id); suffix++) id = `${SYNTHETIC_PREFIX}${slug(place)}-${suffix}`;
		usedIds.add(id);
		const key = (collection: string, k: string | number) => seedId(id, collection, String(k));

		rows.districts.push({
			id,
			name,
			state: pick(STATES),
			published: options.published ?? false,
			strategy_title: `Digitalisierungsstrategie ${city ? 'der Stadt' : 'des Kreises'} ${place}`,
			source_document: `Drucksache ${100 + (n % 300)}/${22 + (n % 3)} (synthetisch)`,
			source_date: localDate(2022 + (n % 3), 1 + (n % 12), 1),
			source_date_label: null,
			strategy_summary: 'Synthetischer Kreis für Last- und Skalierungstests; keine echten Daten.',
		});

		const themes = Array.from({ length: 5 }, (_, f) => THEMES[(n + f * 2) % THEMES.length]!.id);
		const fieldIds = themes.map((theme, f) => {
			const fieldId = key('action_fields', f);
			rows.action_fields.push({ id: fieldId, district: id, kind: 'handlungsfeld', code: String(f + 1), title: THEMES.find((t) => t.id === theme)!.name, parent: null, theme, sort: f + 1 });
			return fieldId;
		});

		const criteria = CRITERIA.map((criterion, c) => ({ id: key('priority_criteria', c), ...criterion }));
		const levels = criteria.flatMap((criterion, c) => LEVELS.map((level, l) => ({ id: key('priority_levels', `${c}/${l}`), criterion: criterion.id, ...level, sort: l + 1 })));
		rows.priority_criteria.push(...criteria.map((criterion, c) => ({ ...criterion, district: id, description: null, sort: c + 1 })));
		rows.priority_levels.push(...levels);

		const measures = Array.from({ length: 100 }, (_, m) => {
			const status: MeasureStatus = pick(MEASURE_STATUSES);
			const target = pick([4, 5, 10, 100]);
			const current = status === 'completed' ? target : status === 'idea' || status === 'planned' ? (random() < 0.5 ? null : 0) : Math.round(random() * target);
			return {
				id: key('measures', m),
				district: id,
				action_field: fieldIds[m % 5]!,
				code: String(m + 1),
				theme: themes[m % 5]!,
				title: `${pick(MEASURE_TOPICS)} ${pick(TOPIC_OBJECTS)}`,
				former_titles: JSON.stringify([]),
				status,
				priority_class: null,
				progress_current: current,
				progress_target: current === null ? null : target,
				progress_percent: computeProgressPercent(current, current === null ? null : target),
				goal: 'Schnellere und medienbruchfreie Bearbeitung für Bürgerinnen, Bürger und Unternehmen.',
				description: null,
				progress_text: status === 'idea' ? null : 'Die Arbeiten laufen nach Plan; Details im Sachstandsbericht.',
				next_steps: null,
			};
		});
		const ratings = measures.flatMap((measure, m) =>
			criteria.map((criterion, c) => ({ id: key('measure_ratings', `${m}/${c}`), measure: measure.id, criterion: criterion.id, level: levels[c * 3 + Math.floor(random() * 3)]!.id, justification: null })),
		);
		const priorities = computeDistrictPriorities({ measures, criteria, levels, ratings });
		rows.measures.push(...measures.map((measure) => ({ ...measure, priority_score: priorities.get(measure.id)?.score ?? null, priority_rank: priorities.get(measure.id)?.rank ?? null })));
		rows.measure_ratings.push(...ratings);

		for (let g = 0; g < 30; g++) {
			const direction: GoalDirection = g % 5 === 4 ? 'at_most' : 'at_least';
			const target = pick([5, 10, 20, 50, 100]);
			const actual = g % 6 === 5 ? null : Math.round(random() * target * 1.2);
			rows.annual_goals.push({
				id: key('annual_goals', g),
				district: id,
				action_field: fieldIds[g % 5]!,
				year: 2023 + (g % 3),
				title: `Jahresziel ${g + 1}: ${pick(TOPIC_OBJECTS)} digital`,
				direction,
				target_value: target,
				actual_value: actual,
				unit: pick(['Verfahren', 'Ämter', '%', 'Schulen']),
				attainment_percent: computeAttainmentPercent(target, actual, direction),
				target_approximate: false,
				cost_note: null,
				sort: g + 1,
			});
			// Cost components as the documents state them: one kind, or a volume with funders' shares.
			const kind = pick(['one_off', 'per_year', 'none', 'not_calculable', 'funded'] as const);
			const cost = (c: number, values: Record<string, unknown>) => ({
				id: key('annual_goal_costs', `${g}/${c}`),
				annual_goal: key('annual_goals', g),
				amount: null,
				approximate: false,
				years: null,
				year: null,
				funder: null,
				share_percent: null,
				attribution: 'goal',
				note: null,
				sort: c + 1,
				...values,
			});
			if (kind === 'funded') {
				rows.annual_goal_costs.push(cost(0, { kind: 'total', amount: 1000 * pick([50, 200, 1500]) }), cost(1, { kind: 'share', funder: 'Bund', share_percent: 50 }), cost(2, { kind: 'share', funder: 'Land', share_percent: 50 }));
			} else {
				rows.annual_goal_costs.push(cost(0, { kind, amount: kind === 'one_off' || kind === 'per_year' ? 1000 * pick([5, 20, 80]) : null, approximate: kind === 'per_year' }));
			}
		}

		KPI_NAMES.forEach((kpiName, k) => {
			const kpiId = key('kpis', k);
			const target = pick([50, 100, 250]);
			rows.kpis.push({ id: kpiId, district: id, action_field: fieldIds[k]!, theme: themes[k]!, name: kpiName, description: null, unit: k === 0 ? '%' : null, target_value: target, direction: 'at_least' });
			let value = Math.round(random() * target * 0.3);
			for (let month = 0; month < 12; month++) {
				value += Math.round(random() * target * 0.05);
				rows.kpi_values.push({ id: key('kpi_values', `${k}/${month}`), kpi: kpiId, date: localDate(2024, month + 1, 1), value, note: null });
			}
		});

		// Two past reports to the council, as the seed's: closed, so the dashboards count them and
		// compare the newer with the older. A year earlier no measure was finished yet, so the
		// newer report froze every measure again (selectMeasuresToFreeze).
		const reports = [
			{ year: 2023, measures: measures.map((measure) => ({ ...measure, ...earlierState(measure, random) })) },
			{ year: 2024, measures },
		];
		for (const { year, measures: frozen } of reports) {
			const reportId = key('status_reports', year);
			rows.status_reports.push({
				id: reportId,
				district: id,
				title: `Sachstandsbericht Digitalisierung ${year}`,
				report_date: localDate(year, 12, 1),
				report_date_label: `Dezember ${year}`,
				state: 'closed',
				closed_at: new Date(year, 11, 10, 9, 30),
				document_ref: `Drucksache ${200 + (n % 300)}/${year - 2000} (synthetisch)`,
				body: 'Synthetischer Bericht: Die Maßnahmen der Strategie sind überwiegend in Umsetzung.',
			});
			rows.progress_updates.push(
				...frozen.map((measure) => ({
					id: key('progress_updates', `${year}/${measure.id}`),
					status_report: reportId,
					measure: measure.id,
					status: measure.status,
					progress_value: measure.progress_current,
					progress_target: measure.progress_target,
					progress_percent: measure.progress_percent,
					priority_class: measure.priority_class,
					progress_text: measure.progress_text,
					next_steps: measure.next_steps,
				})),
			);
		}
	}
	return rows;
}

/** A measure's state a year before now: not finished yet, and no further along than today. */
function earlierState(
	measure: { status: MeasureStatus; progress_current: number | null; progress_target: number | null },
	random: () => number,
): { status: MeasureStatus; progress_current: number | null; progress_percent: number | null; progress_text: string | null } {
	const earlier: Record<MeasureStatus, MeasureStatus> = { idea: 'idea', planned: 'idea', in_progress: 'planned', completed: 'in_progress', ongoing: 'in_progress', ended: 'in_progress' };
	const status = random() < 0.5 || FINISHED_STATUSES.includes(measure.status) ? earlier[measure.status] : measure.status;
	const current = measure.progress_current === null ? null : Math.floor(measure.progress_current * random());
	return {
		status,
		progress_current: current,
		progress_percent: computeProgressPercent(current, measure.progress_target),
		progress_text: status === 'idea' ? null : 'Die Arbeiten haben begonnen.',
	};
}

/** Writes the rows in one transaction, in chunks within SQLite's limits (500 rows, 32,766 bound values per statement), then has PostgreSQL vacuum and analyse them. */
export async function insertGeneratedRows(db: Knex, rows: GeneratedRows): Promise<void> {
	await db.transaction(async (trx) => {
		for (const collection of GENERATED_COLLECTIONS) {
			const items = rows[collection];
			if (items.length === 0) continue;
			const columns = Object.keys(items[0]!).length;
			await trx.batchInsert(collection, items, Math.max(1, Math.min(500, Math.floor(30_000 / columns))));
		}
	});
	// PostgreSQL plans by its table statistics, which autovacuum renews only a while after a bulk
	// load. Until then it guesses: measured with 400 districts, a recompute scanned all 200,000
	// ratings (41 ms instead of 7 once analysed). So, as PostgreSQL's documentation advises after
	// loading much data, the tables are vacuumed and analysed at once, not by autovacuum later,
	// in the middle of whatever runs next (the benchmarks' timings).
	if (db.client.config.client === 'pg') await db.raw(`VACUUM (ANALYZE) ${GENERATED_COLLECTIONS.map(() => '??').join(', ')}`, GENERATED_COLLECTIONS);
}

/** Deletes every synthetic district and everything that belongs to it; returns how many districts. */
export async function removeSyntheticDistricts(db: Knex): Promise<number> {
	const like = `${SYNTHETIC_PREFIX}%`;
	return db.transaction(async (trx): Promise<number> => {
		const of = (table: string, column = 'district') => trx(table).select('id').where(column, 'like', like);
		const fields = of('action_fields');
		const measures = of('measures');
		const reports = of('status_reports');
		await trx('measure_ratings').whereIn('measure', measures).delete();
		await trx('priority_levels').whereIn('criterion', of('priority_criteria')).delete();
		await trx('kpi_values').whereIn('kpi', of('kpis')).delete();
		await trx('annual_goal_costs').whereIn('annual_goal', of('annual_goals')).delete();
		await trx('progress_updates').whereIn('measure', measures).orWhereIn('status_report', reports).delete();
		await trx('action_field_snapshots').whereIn('action_field', fields).delete();
		await trx('action_field_dependencies').whereIn('from_field', fields).orWhereIn('to_field', fields).delete();
		for (const table of ['annual_goals', 'kpis', 'status_reports', 'priority_criteria', 'measures']) await trx(table).where('district', 'like', like).delete();
		// Children before parents: a field's parent may itself be a synthetic field.
		await trx('action_fields').where('district', 'like', like).update({ parent: null });
		await trx('action_fields').where('district', 'like', like).delete();
		return Number(await trx('districts').where('id', 'like', like).delete());
	});
}

/**
 * A date as Directus writes it: local midnight, which the SQLite driver stores as epoch
 * milliseconds and PostgreSQL as its date, so generated rows read back like edited ones.
 */
function localDate(year: number, month: number, day: number): Date {
	return new Date(year, month - 1, day);
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** A small seeded generator, so the synthetic data is the same on every run. */
function mulberry32(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
