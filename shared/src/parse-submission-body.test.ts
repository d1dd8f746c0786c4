import { describe, expect, it } from 'vitest';
import { parseSubmissionBody } from './parse-submission-body';

const report = '1b4e28ba-2fa1-5d3b-a3f5-ef19b5a7633b';
const measure = '6fa459ea-ee8a-5ca4-894e-db77e160355e';

describe('parseSubmissionBody', () => {
	it('takes report, measure and the values that are present', () => {
		expect(parseSubmissionBody({ report, measure, status: 'in_progress', progress_text: null })).toEqual({
			request: { report, measure, values: { status: 'in_progress', progress_text: null } },
			problem: null,
		});
	});

	it('names a field the contract does not know', () => {
		expect(parseSubmissionBody({ report, measure, progress: 4 }).problem).toEqual({
			field: 'progress',
			message: 'Unbekanntes Feld „progress“. Erlaubt sind: report, measure, status, progress_current, progress_text, next_steps.',
		});
	});

	it('asks for a missing report or measure and refuses one that is no UUID', () => {
		expect([parseSubmissionBody({ measure }).problem, parseSubmissionBody({ report, measure: 44 }).problem]).toEqual([
			{ field: 'report', message: 'Bitte „report“ (den Sachstandsbericht) angeben.' },
			{ field: 'measure', message: '„measure“ muss die Kennung (UUID) für die Maßnahme sein (angegeben: 44).' },
		]);
	});

	it('refuses anything but an object', () => {
		expect([parseSubmissionBody([]).problem?.field, parseSubmissionBody('x').problem?.field, parseSubmissionBody(null).problem?.field]).toEqual([null, null, null]);
	});
});
