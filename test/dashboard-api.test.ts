/**
 * The dashboard API as the app and a visitor use it, against the seeded Directus: the figures
 * of each district checked against the transcribed documents in seed/data, null where a
 * district reports nothing, German refusals, and who may see what.
 */
import type { CompareResponse, DistrictCard, DistrictDashboard } from '@cockpit/shared';
import { buildCompare, computeCompetitionRanks, computeProgressPercent, roundTo, THEMES } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { readSeedFile, SEED_DISTRICTS } from '../seed/read-seed-files';
import { anonymous, asAdmin, asLeitung, failure } from './support/api';

const district = (id: string) => anonymous().get<DistrictDashboard>(`/dashboard/districts/${id}`);
const compare = (ids: string) => anonymous().get<CompareResponse>(`/dashboard/compare?districts=${ids}`);
const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe('dashboard API: the districts in figures', () => {
	it('answers every published district to a visitor without login, with its name', async () => {
		const names = await Promise.all(SEED_DISTRICTS.map(async (id) => (await district(id)).district.name));
		expect(names).toEqual(SEED_DISTRICTS.map((id) => readSeedFile(id).district.name));
	});

	it('lists one card per published district on the start page, ordered by id', async () => {
		const cards = await anonymous().get<DistrictCard[]>('/dashboard/districts');
		expect(cards.map((card) => [card.district.id, card.district.published])).toEqual([...SEED_DISTRICTS].sort().map((id) => [id, true]));
	});

	it('Unna: status summed from the project-field counts of its report, no progress and no invented per-status split', async () => {
		const seed = readSeedFile('unna');
		const snapshots = seed.action_field_snapshots;
		const { status, meanProgress, reports, latestReportDate } = await district('unna');
		const total = sum(snapshots.map((s) => s.total_count));
		const completed = sum(snapshots.map((s) => s.completed_count));
		expect({ status, meanProgress, fieldSnapshots: reports.fieldSnapshots, latestReportDate }).toEqual({
			status: {
				total, // 25 + 13 + 12 + 14 + 13 = 77 in Drucksache 168/22
				byStatus: null,
				unspecified: null,
				completed,
				inProgress: sum(snapshots.flatMap((s) => [s.in_progress_count, s.completing_soon_count])),
				completedShare: roundTo((100 * completed) / total, 2),
				source: 'snapshots',
			},
			meanProgress: null,
			fieldSnapshots: true,
			latestReportDate: seed.status_reports[0]!.report_date,
		});
	});

	it('Viersen: measures ranked by the weighted criteria, Work Space (44) first at 2.85, and no progress over 46 measures', async () => {
		const seed = readSeedFile('viersen');
		// The document's printed "Gesamt" column, ranked the way the API promises: rank, then number.
		const printedRanks = computeCompetitionRanks(seed.measures.map((m) => ({ id: m.code, score: m.document_score })));
		const printed = [...seed.measures].sort((a, b) => printedRanks.get(a.code)! - printedRanks.get(b.code)! || Number(a.code) - Number(b.code));
		const { measures, meanProgress, progressCoverage, scoreCoverage } = await district('viersen');
		expect({
			top: measures.slice(0, 3).map((m) => [m.code, m.title, m.priority_score, m.priority_rank]),
			meanProgress,
			progressCoverage,
			scoreCoverage,
		}).toEqual({
			top: [['44', 'Work Space', 2.85, 1], ...printed.slice(1, 3).map((m) => [m.code, m.title, m.document_score, printedRanks.get(m.code)])],
			meanProgress: null,
			progressCoverage: { withValue: 0, total: seed.measures.length },
			scoreCoverage: { withValue: seed.measures.length, total: seed.measures.length },
		});
	});

	it('Friesland: mean progress over the measures with an estimate, and measure 7 at 3 of 8 in the August 2022 report', async () => {
		const seed = readSeedFile('friesland');
		const percents = seed.measures.flatMap((m) => {
			const percent = computeProgressPercent(m.progress_current, m.progress_target);
			return percent === null ? [] : [percent];
		});
		const { meanProgress, progressCoverage, measures } = await district('friesland');
		const seven = measures.find((m) => m.code === '7' && !m.historical);
		expect({
			meanProgress,
			progressCoverage,
			seven: seven && [seven.progress_current, seven.progress_target, seven.progress_percent, seven.updates.map((u) => [u.report.report_date_label, u.progress_value, u.progress_target])],
		}).toEqual({
			meanProgress: roundTo(sum(percents) / percents.length, 2),
			progressCoverage: { withValue: percents.length, total: seed.measures.length },
			seven: [3, 8, 37.5, [['August 2022', 3, 8]]],
		});
	});

	it('Paderborn: 33 annual goals with their cost components as the seed states them, and no status where it lists no measures', async () => {
		const seed = readSeedFile('paderborn');
		const { goals, status, meanProgress, annualGoals } = await district('paderborn');
		const byTitle = new Map(annualGoals.map((g) => [g.title, g]));
		expect({
			goalTotal: goals?.total,
			status,
			meanProgress,
			costs: seed.annual_goals.map((g) => [g.title, byTitle.get(g.title)?.cost]),
			// A goal without direction has no attainment and the light of "no attainment".
			undirected: annualGoals.filter((g) => g.direction === null).map((g) => [g.title, g.attainment_percent, g.light]),
		}).toEqual({
			goalTotal: seed.annual_goals.length,
			status: { total: null, byStatus: null, unspecified: null, completed: null, inProgress: null, completedShare: null, source: null },
			meanProgress: null,
			costs: seed.annual_goals.map((g) => [g.title, { components: g.costs, note: g.cost_note }]),
			undirected: seed.annual_goals.filter((g) => g.direction === null).map((g) => [g.title, null, 'unknown']),
		});
	});

	it('Friesland: history, other numbers, approximate readings and successions of its measures as the seed states them', async () => {
		const seed = readSeedFile('friesland');
		const { measures } = await district('friesland');
		const titleOf = new Map(seed.measures.map((m) => [m.key, m.title]));
		const key = (m: { code: string | null; title: string }) => `${m.code ?? ''} ${m.title}`;
		const seeded = new Map(seed.measures.map((m) => [key(m), m]));
		expect(
			measures.map((m) => [key(m), m.status, m.historical, m.other_codes, m.progress_approximate, m.successors.map((s) => s.title).sort(), m.predecessors.map((p) => p.title).sort()]),
		).toEqual(
			measures.map((m) => {
				const s = seeded.get(key(m))!;
				const successors = seed.measure_successions.filter((x) => x.predecessor === s.key).map((x) => titleOf.get(x.successor)!);
				const predecessors = seed.measure_successions.filter((x) => x.successor === s.key).map((x) => titleOf.get(x.predecessor)!);
				return [key(m), s.status, s.historical, s.other_codes, s.progress_approximate, successors.sort(), predecessors.sort()];
			}),
		);
	});

	it('Viersen: Steckbrief fields, the owner by name, and the KPI with its baseline, deadline and measure as the seed states them', async () => {
		const seed = readSeedFile('viersen');
		const { measures, kpis } = await district('viersen');
		const ownerName = new Map((seed.owners ?? []).map((o) => [o.key, o.name]));
		const byCode = new Map(measures.map((m) => [m.code, m]));
		expect({
			profiles: seed.measures.map((m) => {
				const view = byCode.get(m.code);
				return [m.code, view?.profile_description, view?.benefit, view?.addressees, view?.best_practice, view?.profile_empty_sections, view?.owner_name];
			}),
			kpis: kpis.map((k) => [k.name, k.direction, k.baseline, k.deadline, k.measure && measures.find((m) => m.id === k.measure)?.code]),
		}).toEqual({
			profiles: seed.measures.map((m) => [m.code, m.profile_description, m.benefit, m.addressees, m.best_practice, m.profile_empty_sections, m.owner ? ownerName.get(m.owner) : null]),
			kpis: [...seed.kpis]
				.sort((a, b) => a.name.localeCompare(b.name))
				.map((k) => [
					k.name,
					k.direction,
					k.baseline && { value: k.baseline.value, approximate: k.baseline.approximate, date: k.baseline.date, note: k.baseline.note },
					k.deadline_date === null && k.deadline_label === null ? null : { date: k.deadline_date, label: k.deadline_label },
					k.measure && seed.measures.find((m) => m.key === k.measure)?.code,
				]),
		});
	});
});

describe('dashboard API: comparison', () => {
	it('compares all five districts with the figures of their own dashboards', async () => {
		// The comparison builds only the districts' summaries; each dashboard builds everything.
		const ids = [...SEED_DISTRICTS].reverse();
		const dashboards = await Promise.all(ids.map(district));
		expect(await compare(ids.join(','))).toEqual(buildCompare(THEMES, dashboards));
	});

	it('compares Friesland and Unna on every theme with null, not 0, where a district reports nothing', async () => {
		const friesland = readSeedFile('friesland');
		const unna = readSeedFile('unna');
		// Unna is present on a theme through a measure or a project field that has a snapshot.
		const fieldsWithCounts = new Set(unna.action_field_snapshots.map((s) => s.action_field));
		const unnaThemes = new Set([
			...unna.measures.map((m) => m.theme),
			...unna.action_fields.filter((f) => fieldsWithCounts.has(f.key)).map((f) => f.theme),
		]);
		const onlyFriesland = [...new Set(friesland.measures.map((m) => m.theme))].filter((theme) => !unnaThemes.has(theme)).sort();

		const { themes, districts } = await compare('friesland,unna');
		const [f, u] = districts;
		expect({
			themes,
			order: districts.map((d) => d.district.id),
			unnaMeanProgress: u?.meanProgress,
			unnaMeanAttainment: u?.meanAttainment,
			onlyFriesland: onlyFriesland.map((theme) => [theme, f?.byTheme[theme] === null, u?.byTheme[theme]]),
			unnaOnline: u?.byTheme['online-dienste-ozg']?.status,
		}).toEqual({
			themes: THEMES.map(({ id, name }) => ({ id, name })),
			order: ['friesland', 'unna'],
			unnaMeanProgress: null,
			unnaMeanAttainment: null,
			onlyFriesland: onlyFriesland.map((theme) => [theme, false, null]),
			unnaOnline: {
				total: 25,
				byStatus: null,
				unspecified: null,
				completed: 15,
				inProgress: 10,
				completedShare: 60,
				source: 'snapshots',
			},
		});
	});

	it('shows per theme what a district reports in another shape: Paderborn its goals and their attainment, Unna its project-field counts', async () => {
		const paderborn = readSeedFile('paderborn');
		const unna = readSeedFile('unna');
		const themeOfField = new Map(paderborn.action_fields.map((f) => [f.key, f.theme]));
		const goalsOn = (theme: string) => paderborn.annual_goals.filter((g) => g.action_field !== null && themeOfField.get(g.action_field) === theme);
		const countedFields = new Set(unna.action_field_snapshots.map((s) => s.action_field));
		const unnaCounted = new Set(unna.action_fields.filter((f) => countedFields.has(f.key)).map((f) => f.theme));
		const { districts } = await compare('paderborn,unna');
		const [p, u] = districts;
		expect({
			paderborn: THEMES.map((t) => [t.id, p?.byTheme[t.id]?.goalCount ?? null, p?.byTheme[t.id]?.measureCount ?? null]),
			unna: THEMES.filter((t) => unnaCounted.has(t.id)).map((t) => [t.id, u?.byTheme[t.id]?.status.source]),
		}).toEqual({
			paderborn: THEMES.map((t) => [t.id, goalsOn(t.id).length || null, null]),
			unna: THEMES.filter((t) => unnaCounted.has(t.id)).map((t) => [t.id, 'snapshots']),
		});
	});

	it('refuses a malformed list of districts with a German message that says what is allowed', async () => {
		const answers = await Promise.all(
			['friesland,rendsburg-eckernfoerde,viersen,paderborn,unna,friesland2', 'friesland', 'friesland,friesland', '', 'friesland,Unna!'].map((ids) =>
				failure(compare(encodeURIComponent(ids))),
			),
		);
		expect(answers.map(({ status, message }) => [status, message.includes('Erlaubt sind zwei bis fünf verschiedene Kreiskennungen')])).toEqual([
			[400, true],
			[400, true],
			[400, true],
			[400, true],
			[400, true],
		]);
	});

	it('answers 404 naming a district that does not exist', async () => {
		expect(await failure(compare('friesland,atlantis'))).toEqual({ status: 404, message: 'Der Kreis „atlantis“ wurde nicht gefunden.' });
	});
});

describe('dashboard API: who sees what', () => {
	it('answers the Leitung role on every route', async () => {
		const leitung = await asLeitung();
		const statuses = await Promise.all(
			['/dashboard/districts', '/dashboard/districts/viersen', '/dashboard/compare?districts=viersen,paderborn'].map((path) =>
				leitung.get(path).then(() => 200, (error: { status: number }) => error.status),
			),
		);
		expect(statuses).toEqual([200, 200, 200]);
	});

	it('answers an unknown district with 404', async () => {
		expect(await failure(district('atlantis'))).toEqual({ status: 404, message: 'Der Kreis „atlantis“ wurde nicht gefunden.' });
	});

	it('hides an unpublished district from visitors exactly like an unknown one, while Leitung still sees it', async () => {
		const admin = await asAdmin();
		const leitung = await asLeitung();
		await admin.patch('/items/districts/viersen', { published: false });
		try {
			const cards = await anonymous().get<DistrictCard[]>('/dashboard/districts');
			expect({
				visitor: await failure(district('viersen')),
				visitorCompare: await failure(compare('viersen,unna')),
				visitorCards: cards.map((card) => card.district.id).includes('viersen'),
				leitung: (await leitung.get<DistrictDashboard>('/dashboard/districts/viersen')).district,
				leitungCards: (await leitung.get<DistrictCard[]>('/dashboard/districts')).map((card) => card.district.id).includes('viersen'),
			}).toEqual({
				visitor: { status: 404, message: 'Der Kreis „viersen“ wurde nicht gefunden.' },
				visitorCompare: { status: 404, message: 'Der Kreis „viersen“ wurde nicht gefunden.' },
				visitorCards: false,
				leitung: expect.objectContaining({ id: 'viersen', name: 'Kreis Viersen', published: false }),
				leitungCards: true,
			});
		} finally {
			await admin.patch('/items/districts/viersen', { published: true });
		}
	});
});

describe('dashboard API: overdue measures', () => {
	it('marks Rendsburg-Eckernförde\'s measures whose planned date has passed while they still run, and counts them', async () => {
		const today = new Date();
		const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
		const expected = readSeedFile('rendsburg-eckernfoerde')
			.measures.filter((m) => m.planned_date !== null && m.planned_date < iso && m.status !== 'completed' && m.status !== 'ended')
			.map((m) => m.code)
			.sort();
		const dashboard = await district('rendsburg-eckernfoerde');
		expect({ codes: dashboard.measures.filter((m) => m.overdue).map((m) => m.code).sort(), count: dashboard.overdueCount, dependencies: dashboard.dependencies.length }).toEqual({
			codes: expected, // 15, 26, 27, 28, 32, 33, 55: dates of 2018, still "neu" or "in Planung"
			count: expected.length,
			dependencies: readSeedFile('rendsburg-eckernfoerde').action_field_dependencies.length,
		});
		expect(expected.length).toBeGreaterThan(0);
	});

	it('never calls a measure without a planned date overdue (Viersen gives none)', async () => {
		const dashboard = await district('viersen');
		expect([dashboard.overdueCount, dashboard.measures.some((m) => m.overdue)]).toEqual([0, false]);
	});
});
