import type { ProgressUpdateView } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { dashboard, header, measure } from '@cockpit/shared/testing';
import { buildReportModel } from './report-model';

const august = { id: 'r-2022-08', title: 'Sachstandsbericht zur Digitalisierungsstrategie August 2022', report_date: '2022-08-01', report_date_label: 'August 2022' };

function update(overrides: Partial<ProgressUpdateView>): ProgressUpdateView {
	return { report: august, status: null, progress_value: null, progress_target: null, progress_percent: null, progress_text: null, next_steps: null, priority_class: null, ...overrides };
}

describe('buildReportModel', () => {
	it('takes the snapshots of the newest report, numbered as in the document, closed measures in the history', () => {
		const seven = measure({ id: 'm7', code: '7', title: 'Erfassung aller OZG-Dienstleistungen', priority_class: '3', progress_current: 4, progress_target: 8, updates: [update({ progress_value: 3, progress_target: 8, progress_text: 'Testphase beendet.', next_steps: 'Steckbriefe erstellen.', priority_class: '3' })] });
		const ten = measure({ id: 'm10', code: '10', title: 'Datenanalyse-Plattform', former_titles: ['Government-Intelligence-System'], priority_class: '3', updates: [update({})] });
		const history = measure({ id: 'h4', code: '4', title: 'Online-Verwaltungsportal', status: 'completed' });
		const model = buildReportModel(
			dashboard({
				district: header({ name: 'Landkreis Friesland' }),
				measures: [ten, history, seven],
				statusReports: [{ ...august, document_ref: 'FB 10', body: 'Einleitung' }],
			}),
		);
		expect(model).toEqual({
			districtName: 'Landkreis Friesland',
			title: 'Sachstandsbericht zur Digitalisierungsstrategie August 2022',
			dateLabel: 'August 2022',
			documentRef: 'FB 10',
			intro: 'Einleitung',
			basis: 'report',
			entries: [
				{ id: 'm7', number: '7', title: 'Erfassung aller OZG-Dienstleistungen', formerTitles: [], status: 'in_progress', priorityClass: '3', progressValue: 3, progressTarget: 8, goal: null, progressText: 'Testphase beendet.', nextSteps: 'Steckbriefe erstellen.', overdue: false, plannedDate: null },
				{ id: 'm10', number: '10', title: 'Datenanalyse-Plattform', formerTitles: ['Government-Intelligence-System'], status: 'in_progress', priorityClass: '3', progressValue: null, progressTarget: null, goal: null, progressText: null, nextSteps: null, overdue: false, plannedDate: null },
			],
			history: [{ id: 'h4', number: '4', title: 'Online-Verwaltungsportal', formerTitles: [], status: 'completed', priorityClass: null, progressValue: null, progressTarget: null, goal: null, progressText: null, nextSteps: null, overdue: false, plannedDate: null }],
		});
	});

	it('marks a measure overdue as the report\'s date saw it: the same rule, with the status the report froze', () => {
		const late = measure({ id: 'late', code: '1', planned_date: '2022-06-30', status: 'completed', overdue: false, updates: [update({ status: 'in_progress' })] });
		const onTime = measure({ id: 'on-time', code: '2', planned_date: '2022-12-31', status: 'in_progress', overdue: true, updates: [update({ status: 'in_progress' })] });
		const model = buildReportModel(dashboard({ measures: [late, onTime], statusReports: [{ ...august, document_ref: null, body: null }] }));
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
		expect([model.basis, model.title, model.dateLabel, model.entries.map((e) => e.title), model.history.map((e) => e.title)]).toEqual([
			'current',
			'Sachstandsbericht: Digitalisierungsstrategie',
			'2021',
			['Work Space'],
			['Workshops'],
		]);
	});
});
