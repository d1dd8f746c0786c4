import { describe, expect, it } from 'vitest';
import { buildReportModel } from './build-report-model';
import type { ProgressUpdateView, StatusReportView } from './dashboard-types';
import { dashboard, goal, header, kpi, measure } from './testing';

const august = { id: 'r-2022-08', title: 'Sachstandsbericht zur Digitalisierungsstrategie August 2022', report_date: '2022-08-01', report_date_label: 'August 2022' };
const february = { id: 'r-2023-02', title: 'Sachstandsbericht Februar 2023', report_date: '2023-02-01', report_date_label: null };
const view = (report: typeof august | typeof february, overrides: Partial<StatusReportView> = {}): StatusReportView => ({
	...report,
	document_ref: null,
	body: null,
	committee: null,
	meeting_date: null,
	document_url: null,
	consultations: [],
	...overrides,
});

function update(overrides: Partial<ProgressUpdateView>): ProgressUpdateView {
	return { report: august, status: 'in_progress', progress_value: null, progress_approximate: false, progress_target: null, progress_percent: null, progress_text: null, next_steps: null, priority_class: null, ...overrides };
}

describe('buildReportModel', () => {
	it('takes the snapshots of the newest report, numbered as in the document, closed measures in the history, the paper on top', () => {
		const seven = measure({ id: 'm7', code: '7', title: 'Erfassung aller OZG-Dienstleistungen', priority_class: '3', progress_current: 4, progress_target: 8, updates: [update({ progress_value: 3, progress_target: 8, progress_percent: 37.5, progress_text: 'Testphase beendet.', next_steps: 'Steckbriefe erstellen.', priority_class: '3' })] });
		const ten = measure({ id: 'm10', code: '10', title: 'Datenanalyse-Plattform', former_titles: ['Government-Intelligence-System'], priority_class: '3', updates: [update({ status: 'planned' })] });
		const history = measure({ id: 'h4', code: '4', title: 'Online-Verwaltungsportal', status: 'completed' });
		const model = buildReportModel(
			dashboard({
				district: header({ name: 'Landkreis Friesland' }),
				measures: [ten, history, seven],
				statusReports: [view(august, { document_ref: '168/22', body: 'Einleitung', committee: 'Kreistag', meeting_date: '2022-11-08', consultations: [{ committee: 'Kreisausschuss', meeting_date: '2022-11-07', role: 'Kenntnisnahme' }] })],
			}),
		);
		expect(model).toEqual({
			reportId: 'r-2022-08',
			districtName: 'Landkreis Friesland',
			title: 'Sachstandsbericht zur Digitalisierungsstrategie August 2022',
			dateLabel: 'August 2022',
			paper: { documentRef: '168/22', documentUrl: null, committee: 'Kreistag', meetingDate: '08.11.2022', consultations: [{ committee: 'Kreisausschuss', meetingDate: '07.11.2022', role: 'Kenntnisnahme' }] },
			intro: 'Einleitung',
			basis: 'report',
			entries: [
				{ id: 'm7', number: '7', title: 'Erfassung aller OZG-Dienstleistungen', formerTitles: [], status: 'in_progress', statusLabel: 'In Umsetzung', priorityClass: '3', progressValue: 3, progressApproximate: false, progressTarget: 8, progressPercent: 37.5, progressLabel: '3 von 8 (37,5 %)', goal: null, progressText: 'Testphase beendet.', nextSteps: 'Steckbriefe erstellen.' , overdue: false, plannedDate: null },
				{ id: 'm10', number: '10', title: 'Datenanalyse-Plattform', formerTitles: ['Government-Intelligence-System'], status: 'planned', statusLabel: 'Geplant', priorityClass: '3', progressValue: null, progressApproximate: false, progressTarget: null, progressPercent: null, progressLabel: null, goal: null, progressText: null, nextSteps: null , overdue: false, plannedDate: null },
			],
			history: [{ id: 'h4', number: '4', title: 'Online-Verwaltungsportal', formerTitles: [], status: 'completed', statusLabel: 'Umgesetzt', priorityClass: null, progressValue: null, progressApproximate: false, progressTarget: null, progressPercent: null, progressLabel: null, goal: null, progressText: null, nextSteps: null , overdue: false, plannedDate: null }],
			changes: null,
			goals: [],
			kpis: [],
		});
	});

	it('prints "ca." before an approximate progress value and "nicht angegeben" for a missing status, and keeps history entries apart', () => {
		const approx = measure({ id: 'm5', code: '5', title: 'Breitband', status: null, progress_current: 2.5, progress_approximate: true, progress_target: 10, progress_percent: 25 });
		const old = measure({ id: 'h15', code: '15', title: 'Alte Nummer 15', status: null, historical: true });
		const model = buildReportModel(dashboard({ measures: [approx, old] }));
		expect([model.entries.map((e) => [e.number, e.statusLabel, e.progressLabel]), model.history.map((e) => [e.number, e.statusLabel])]).toEqual([
			[['5', 'nicht angegeben', 'ca. 2,5 von 10 (25 %)']],
			[['15', 'nicht angegeben']],
		]);
	});

	it('prints a goal without direction without "mindestens" and without attainment, and its cost as components', () => {
		const none = { approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal' as const, note: null };
		const model = buildReportModel(
			dashboard({
				annualGoals: [
					goal({ id: 'g1', title: 'Zehn Ämter', direction: 'at_least', target_value: 10, actual_value: 8, attainment_percent: 80, cost: { components: [{ ...none, kind: 'one_off', amount: 150 }, { ...none, kind: 'per_year', amount: 6000 }], note: 'Satz' } }),
					goal({ id: 'g2', title: 'Prozesse', direction: null, target_value: 200, target_approximate: true, unit: 'Prozesse', attainment_percent: null, cost: { components: [{ ...none, kind: 'funding', amount: 430000, approximate: true, attribution: 'partial' }], note: null } }),
					goal({ id: 'g3', title: 'Ohne Ziel', direction: null, target_value: null, unit: null }),
				],
			}),
		);
		expect(model.goals.map((g) => [g.targetLabel, g.actualLabel, g.attainmentLabel, g.attainmentNote, g.costLabel])).toEqual([
			['mindestens 10 Ämter', '8 Ämter', '80 %', null, 'einmalig 150 €; pro Jahr 6.000 €'],
			['ca. 200 Prozesse', null, null, 'ohne Richtung im Dokument, daher keine Zielerreichung', 'Fördersumme ca. 430.000 € – zum Teil für dieses Ziel'],
			[null, null, null, null, null],
		]);
	});

	it('prints a KPI’s undated approximate baseline, its deadline as written and "ca." before an approximate value', () => {
		const model = buildReportModel(
			dashboard({
				kpis: [
					kpi({
						unit: '%',
						target_value: 80,
						direction: 'at_least',
						baseline: { value: 60, approximate: true, date: null, note: '„rd. 60 Prozent“' },
						deadline: { date: '2021-12-31', label: 'bis zum Jahresende 2021' },
						values: [{ date: '2021-12-31', value: 65, approximate: true }],
						attainment_percent: 81.25,
					}),
				],
			}),
		);
		expect(model.kpis.map((k) => [k.targetLabel, k.baselineLabel, k.deadlineLabel, k.values.map((v) => v.label), k.attainmentLabel])).toEqual([
			['mindestens 80 %', 'ca. 60 % (ohne Stichtag)', 'bis zum Jahresende 2021', ['31.12.2021: ca. 65 %'], '81,3 %'],
		]);
	});

	it('compares an earlier report with the closed one before it, naming a step back in status', () => {
		const back = measure({ id: 'm1', code: '1', title: 'E-Akte', updates: [update({ status: 'planned', progress_value: 2, progress_target: 10, progress_percent: 20 }), update({ report: february, status: 'in_progress', progress_value: 5, progress_target: 10, progress_percent: 50 })] });
		const board = dashboard({ measures: [back], statusReports: [view(february), view(august)] });
		const newest = buildReportModel(board);
		const earlier = buildReportModel(board, { reportId: august.id });
		expect([newest.reportId, newest.changes?.progressUp.map((l) => l.id), newest.changes?.statusChanged.map((l) => l.statusChange), earlier.reportId, earlier.changes, earlier.entries[0]?.progressLabel]).toEqual([
			'r-2023-02',
			[],
			['von Geplant auf In Umsetzung'],
			'r-2022-08',
			null,
			'2 von 10 (20 %)',
		]);
	});

	it('shows a draft with today’s values against the newest closed report', () => {
		const back = measure({ id: 'm1', code: '1', title: 'E-Akte', status: 'planned', progress_current: 2, progress_target: 10, progress_percent: 20, updates: [update({ status: 'in_progress', progress_value: 5, progress_target: 10, progress_percent: 50 })] });
		const done = measure({ id: 'm2', code: '2', title: 'Portal', status: 'completed', updates: [update({ status: 'in_progress' })] });
		const model = buildReportModel(dashboard({ measures: [back, done], statusReports: [view(august)] }), { draft: view(february, { document_ref: '12/23' }) });
		expect([model.basis, model.paper.documentRef, model.entries.map((e) => e.id), model.changes?.statusChanged.map((l) => [l.code, l.statusChange]), model.changes?.completed.map((l) => l.code)]).toEqual([
			'draft',
			'12/23',
			['m1', 'm2'],
			[['1', 'von In Umsetzung zurück auf Geplant']],
			['2'],
		]);
	});

	it("marks a measure overdue as the report's date saw it: the same rule, with the status the report froze", () => {
		const late = measure({ id: 'late', code: '1', planned_date: '2022-06-30', status: 'completed', overdue: false, updates: [update({ status: 'in_progress' })] });
		const onTime = measure({ id: 'on-time', code: '2', planned_date: '2022-12-31', status: 'in_progress', overdue: true, updates: [update({ status: 'in_progress' })] });
		const model = buildReportModel(dashboard({ measures: [late, onTime], statusReports: [view(august)] }));
		expect(model.entries.map((e) => [e.id, e.overdue, e.plannedDate])).toEqual([
			['late', true, '2022-06-30'],
			['on-time', false, '2022-12-31'],
		]);
	});

	it('falls back to the current values of open measures when no report holds snapshots', () => {
		const model = buildReportModel(
			dashboard({
				district: header({ name: 'Kreis Viersen', strategy_title: 'Digitalisierungsstrategie', source_date_label: '2021' }),
				measures: [measure({ id: 'a', code: '44', title: 'Work Space', status: 'planned' }), measure({ id: 'b', code: '3', title: 'Workshops', status: 'ended' })],
			}),
		);
		expect([model.basis, model.title, model.dateLabel, model.entries.map((e) => e.title), model.history.map((e) => e.title), model.changes]).toEqual([
			'current',
			'Sachstandsbericht: Digitalisierungsstrategie',
			'2021',
			['Work Space'],
			['Workshops'],
			null,
		]);
	});
});
