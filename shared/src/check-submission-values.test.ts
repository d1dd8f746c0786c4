import { describe, expect, it } from 'vitest';
import { checkProgress, checkStatus } from './input-rules';
import { checkSubmissionValues, MAX_SUBMISSION_TEXT } from './check-submission-values';

const values = { status: 'in_progress', progress_current: 4, progress_text: 'Pilot läuft', next_steps: null };

describe('checkSubmissionValues', () => {
	it('accepts values the measure would take', () => {
		expect([checkSubmissionValues(values, { progress_target: 10 }), checkSubmissionValues({ ...values, progress_current: null }, { progress_target: null })]).toEqual([null, null]);
	});

	it('refuses progress above the measure\'s completion mark with the message of a direct edit', () => {
		expect(checkSubmissionValues({ ...values, progress_current: 11 }, { progress_target: 10 })).toEqual({ field: 'progress_current', message: checkProgress(11, 10) });
	});

	it('refuses progress for a measure without a completion mark, as a direct edit does', () => {
		expect(checkSubmissionValues(values, { progress_target: null })).toEqual({
			field: 'progress_current',
			message: '„Fortschritt“ braucht einen Wert für „Abschluss bei“, z. B. 10.',
		});
	});

	it('refuses an unknown or missing status', () => {
		expect([checkSubmissionValues({ ...values, status: 'fertig' }, { progress_target: 10 }), checkSubmissionValues({ ...values, status: null }, { progress_target: 10 })]).toEqual([
			{ field: 'status', message: checkStatus('fertig') },
			{ field: 'status', message: 'Bitte „Status“ angeben.' },
		]);
	});

	it('refuses text that is no text or longer than the limit', () => {
		expect([
			checkSubmissionValues({ ...values, progress_text: 42 }, { progress_target: 10 }),
			checkSubmissionValues({ ...values, next_steps: 'x'.repeat(MAX_SUBMISSION_TEXT + 1) }, { progress_target: 10 }),
		]).toEqual([
			{ field: 'progress_text', message: '„Beschreibung des Fortschritts“ muss ein Text sein.' },
			{ field: 'next_steps', message: '„Nächste Tätigkeiten“ ist zu lang: höchstens 10.000 Zeichen (angegeben: 10.001).' },
		]);
	});
});
