/**
 * The transcriptions hold together before they reach Directus: every reference points at an
 * item of the same file, every value is one the model allows, and keys are unique.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_FIELD_KINDS, COST_ATTRIBUTIONS, COST_TYPES, GOAL_DIRECTIONS, MEASURE_STATUSES, PRIORITY_CLASSES, THEMES, checkCostComponent } from '@cockpit/shared';
import { readSeedFiles, SEED_DISTRICTS } from './read-seed-files';
import { seedId } from './seed-id';

const files = readSeedFiles();
const themeIds = new Set<string>(THEMES.map((theme) => theme.id));

function duplicates(keys: string[]): string[] {
	return keys.filter((key, index) => keys.indexOf(key) !== index);
}

describe('seed files', () => {
	it('exist for all five documents', () => {
		expect(files.map((file) => file.district.id)).toEqual([...SEED_DISTRICTS]);
	});

	it.each(files.map((file) => [file.district.id, file] as const))('%s: references resolve and values are allowed', (_id, file) => {
		const fieldKeys = new Set(file.action_fields.map((f) => f.key));
		const measureKeys = new Set(file.measures.map((m) => m.key));
		const reportKeys = new Set(file.status_reports.map((r) => r.key));
		const unknownDirection = (direction: string | null) => direction !== null && !(GOAL_DIRECTIONS as readonly string[]).includes(direction);
		const levelKeys = new Map(file.priority_criteria.map((c) => [c.key, new Set(c.levels.map((l) => l.key))]));
		const problems = [
			...duplicates(file.action_fields.map((f) => f.key)).map((k) => `doppeltes Handlungsfeld ${k}`),
			...duplicates(file.measures.map((m) => m.key)).map((k) => `doppelte Maßnahme ${k}`),
			...duplicates(file.ratings.map((r) => `${r.measure}/${r.criterion}`)).map((k) => `doppelte Bewertung ${k}`),
			...file.action_fields.filter((f) => f.parent !== null && !fieldKeys.has(f.parent)).map((f) => `Elternfeld fehlt: ${f.key}`),
			...file.action_fields.filter((f) => !themeIds.has(f.theme)).map((f) => `unbekanntes Thema: ${f.key}`),
			...file.action_fields.filter((f) => !(ACTION_FIELD_KINDS as readonly string[]).includes(f.kind)).map((f) => `unbekannte Art: ${f.key}`),
			...file.measures.filter((m) => m.action_field !== null && !fieldKeys.has(m.action_field)).map((m) => `Handlungsfeld fehlt: ${m.key}`),
			...file.measures.filter((m) => !themeIds.has(m.theme)).map((m) => `unbekanntes Thema: ${m.key}`),
			...file.measures.filter((m) => m.status !== null && !(MEASURE_STATUSES as readonly string[]).includes(m.status)).map((m) => `unbekannter Status: ${m.key}`),
			...file.measures.filter((m) => typeof m.historical !== 'boolean' || typeof m.progress_approximate !== 'boolean').map((m) => `historical/progress_approximate kein Wahrheitswert: ${m.key}`),
			...file.measures.filter((m) => !Array.isArray(m.other_codes) || m.other_codes.some((c) => !c.code || !c.source)).map((m) => `weitere Nummer ohne Nummer oder Quelle: ${m.key}`),
			...file.measures.filter((m) => !Array.isArray(m.profile_empty_sections)).map((m) => `profile_empty_sections fehlt: ${m.key}`),
			...duplicates(file.measure_successions.map((s) => `${s.predecessor}->${s.successor}`)).map((k) => `doppelte Nachfolge ${k}`),
			...file.measure_successions.filter((s) => !measureKeys.has(s.predecessor) || !measureKeys.has(s.successor)).map((s) => `Nachfolge ohne Maßnahme: ${s.predecessor}->${s.successor}`),
			...file.measure_successions.filter((s) => s.predecessor === s.successor).map((s) => `Maßnahme folgt sich selbst: ${s.predecessor}`),
			...file.measures.filter((m) => m.priority_class !== null && !(PRIORITY_CLASSES as readonly string[]).includes(m.priority_class)).map((m) => `unbekannte Klasse: ${m.key}`),
			...file.measures
				.filter((m) => m.progress_current !== null && (m.progress_target === null || m.progress_current < 0 || m.progress_current > m.progress_target))
				.map((m) => `Fortschritt außerhalb 0..Abschluss: ${m.key}`),
			...file.ratings.filter((r) => !measureKeys.has(r.measure) || !levelKeys.get(r.criterion)?.has(r.level)).map((r) => `Bewertung ohne Ziel: ${r.measure}/${r.criterion}`),
			...file.annual_goals.filter((g) => !fieldKeys.has(g.action_field)).map((g) => `Ziel ohne strategisches Ziel: ${g.key}`),
			...file.annual_goals.filter((g) => g.target_value !== null && g.target_value <= 0).map((g) => `Zielwert <= 0: ${g.key}`),
			...file.annual_goals.filter((g) => unknownDirection(g.direction)).map((g) => `unbekannte Richtung: ${g.key}`),
			...file.annual_goals.filter((g) => !Array.isArray(g.costs)).map((g) => `Kostenbestandteile fehlen: ${g.key}`),
			...file.annual_goals.flatMap((g) =>
				g.costs.flatMap((c, index) => {
					const problem = checkCostComponent({ ...c }) ?? (!(COST_ATTRIBUTIONS as readonly string[]).includes(c.attribution) ? 'unbekannte Zurechnung' : null);
					const kindProblem = (COST_TYPES as readonly string[]).includes(c.kind) ? null : 'unbekannte Kostenart';
					return [problem, kindProblem].filter((p) => p !== null).map((p) => `Kosten ${g.key}/${index + 1}: ${p}`);
				}),
			),
			...file.annual_goals
				.flatMap((g) => g.costs.filter((c) => (c.kind === 'none' || c.kind === 'not_calculable') && c.amount !== null).map(() => `Betrag bei „keine“/„nicht kalkulierbar“: ${g.key}`)),
			...file.kpis.filter((k) => (k.action_field !== null && !fieldKeys.has(k.action_field)) || !themeIds.has(k.theme)).map((k) => `Kennzahl ohne Ziel: ${k.key}`),
			...file.kpis.filter((k) => unknownDirection(k.direction)).map((k) => `unbekannte Richtung: ${k.key}`),
			...file.kpis.filter((k) => k.measure !== null && !measureKeys.has(k.measure)).map((k) => `Kennzahl ohne Maßnahme: ${k.key}`),
			...file.kpis.flatMap((k) => duplicates(k.values.map((v) => v.date)).map((date) => `doppelter Messwert ${k.key}/${date}`)),
			...file.kpis.filter((k) => k.values.some((v) => typeof v.approximate !== 'boolean')).map((k) => `Messwert ohne approximate: ${k.key}`),
			...file.action_fields.filter((f) => !Array.isArray(f.long_term_values) || f.long_term_values.some((v) => typeof v.value !== 'number' || !v.wording || unknownDirection(v.direction))).map((f) => `Zahl des langfristigen Ziels unvollständig: ${f.key}`),
			...file.action_fields.filter((f) => !Array.isArray(f.profile_sections) || f.profile_sections.some((s) => !s.heading)).map((f) => `Steckbriefabschnitt ohne Überschrift: ${f.key}`),
			...file.status_reports.flatMap((r) => r.updates.filter((u) => !measureKeys.has(u.measure)).map((u) => `Meldung ohne Maßnahme: ${u.measure}`)),
			...file.status_reports.flatMap((r) => r.updates.filter((u) => typeof u.progress_approximate !== 'boolean').map((u) => `Meldung ohne progress_approximate: ${r.key}/${u.measure}`)),
			...file.action_field_snapshots.filter((s) => !fieldKeys.has(s.action_field) || (s.report !== null && !reportKeys.has(s.report))).map((s) => `Stand ohne Ziel: ${s.key}`),
			...file.action_field_dependencies.filter((d) => !fieldKeys.has(d.from) || !fieldKeys.has(d.to)).map((d) => `Abhängigkeit ohne Ziel: ${d.from}->${d.to}`),
		];
		expect(problems).toEqual([]);
	});
});

describe('owners', () => {
	// The profile's "Verantwortliche" is the owner; a profile that still prints it names the same unit.
	it.each(files.map((file) => [file.district.id, file] as const))('%s: each owner is one the file names, the one its measures\' profiles name, and owns a measure', (_id, file) => {
		const owners = new Map((file.owners ?? []).map((owner) => [owner.key, owner.name]));
		const problems = [
			...duplicates((file.owners ?? []).map((owner) => owner.key)).map((key) => `doppelte Stelle ${key}`),
			...duplicates((file.owners ?? []).map((owner) => owner.name)).map((name) => `doppelt benannte Stelle ${name}`),
			...file.measures.filter((m) => m.owner !== undefined && !owners.has(m.owner)).map((m) => `unbekannte Stelle: ${m.key}`),
			...file.measures
				.filter((m) => {
					const named = /^Verantwortliche: (.*)$/m.exec(m.profile ?? '')?.[1];
					return named !== undefined && (m.owner === undefined || named.trim() !== owners.get(m.owner));
				})
				.map((m) => `Steckbrief nennt eine andere Stelle: ${m.key}`),
			...[...owners.keys()].filter((key) => !file.measures.some((m) => m.owner === key)).map((key) => `Stelle ohne Maßnahme: ${key}`),
		];
		expect(problems).toEqual([]);
	});

	it('are the five units Viersen\'s Steckbriefe name, for their eleven measures', () => {
		const viersen = files.find((file) => file.district.id === 'viersen')!;
		expect({ owners: viersen.owners?.length, measures: viersen.measures.filter((m) => m.owner).map((m) => m.code) }).toEqual({
			owners: 5,
			measures: ['1', '9', '12', '14', '15', '32', '33', '34', '43', '44', '46'],
		});
	});
});

describe('seedId', () => {
	it('derives the same version-5 UUID from the same key, and another from another key', () => {
		const first = seedId('viersen', 'measures', '44');
		expect({
			again: seedId('viersen', 'measures', '44') === first,
			other: seedId('viersen', 'measures', '43') === first,
			shape: /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(first),
		}).toEqual({ again: true, other: false, shape: true });
	});
});
