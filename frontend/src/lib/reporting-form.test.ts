import { describe, expect, it } from 'vitest';
import type { ReportingMeasure } from '../api/reporting-api';
import { formFromMeasure, parseGermanNumber, toSubmissionPayload, type MeasureForm } from './reporting-form';

const measure = (overrides: Partial<ReportingMeasure> = {}): ReportingMeasure => ({
	id: 'm44',
	code: '44',
	title: 'Work Space',
	status: 'planned',
	progress_current: 2.5,
	progress_target: 10,
	progress_text: 'Ausschreibung vorbereitet',
	next_steps: null,
	planned_date: null,
	overdue: false,
	last_report: null,
	submission: null,
	...overrides,
});

const form = (overrides: Partial<MeasureForm> = {}): MeasureForm => ({ status: 'in_progress', progress: '4', progressText: '', nextSteps: '', ...overrides });

describe('formFromMeasure', () => {
	it('starts from the live values of a measure without a submission, the number written the German way', () => {
		expect(formFromMeasure(measure())).toEqual({ status: 'planned', progress: '2,5', progressText: 'Ausschreibung vorbereitet', nextSteps: '' });
	});

	it('starts from what was sent when a returned submission carries its values, so it can be corrected', () => {
		const returned = measure({ submission: { id: 's1', state: 'returned', submitted_at: '2026-12-01T10:00:00Z', review_note: 'Bitte Termin nennen', status: 'in_progress', progress_current: 12, progress_text: 'Läuft', next_steps: null } });
		expect(formFromMeasure(returned)).toEqual({ status: 'in_progress', progress: '12', progressText: 'Läuft', nextSteps: '' });
	});

	it('starts from the live values once a submission was taken over, since the measure holds them now', () => {
		const accepted = measure({ status: 'in_progress', progress_current: 5, submission: { id: 's1', state: 'accepted', submitted_at: null, review_note: null, status: 'planned', progress_current: 1, progress_text: null, next_steps: null } });
		expect(formFromMeasure(accepted)).toEqual({ status: 'in_progress', progress: '5', progressText: 'Ausschreibung vorbereitet', nextSteps: '' });
	});

	it('leaves the status to choose for a measure that has none', () => {
		expect(formFromMeasure(measure({ status: null })).status).toBe('');
	});
});

describe('parseGermanNumber', () => {
	it('reads a comma or a point as the decimal sign, empty as no value and anything else as NaN', () => {
		expect(['2,5', ' 3.75 ', '0', '', '  ', 'vier', '1.000,5', '3 von 10'].map(parseGermanNumber)).toEqual([2.5, 3.75, 0, null, null, NaN, NaN, NaN]);
	});
});

describe('toSubmissionPayload', () => {
	const ids = { report: 'r7', measure: 'm44', target: 10 };

	it('sends the status, the progress as a number and trimmed texts, empty ones as null', () => {
		expect(toSubmissionPayload(form({ progress: '4,5', progressText: '  Möbel bestellt ', nextSteps: ' ' }), ids)).toEqual({
			payload: { report: 'r7', measure: 'm44', status: 'in_progress', progress_current: 4.5, progress_text: 'Möbel bestellt', next_steps: null },
			errors: null,
		});
	});

	it('leaves a value above the target to the server, which checks it by the same rule as a direct edit', () => {
		expect(toSubmissionPayload(form({ progress: '12' }), ids).payload?.progress_current).toBe(12);
	});

	it('names the progress field when what was typed is not a number, and sends nothing', () => {
		expect(toSubmissionPayload(form({ progress: 'fast fertig' }), ids)).toEqual({
			payload: null,
			errors: { progress_current: '„Fortschritt“ muss eine Zahl sein, z. B. 4 oder 2,5 (angegeben: fast fertig).' },
		});
	});

	it('sends no progress value for a measure without a target', () => {
		expect(toSubmissionPayload(form({ progress: '3' }), { ...ids, target: null }).payload?.progress_current).toBeNull();
	});

	it('sends an unchosen status as null, for the server to say what is missing', () => {
		expect(toSubmissionPayload(form({ status: '' }), ids).payload?.status).toBeNull();
	});
});
