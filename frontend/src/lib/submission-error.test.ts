import { describe, expect, it } from 'vitest';
import { placeSubmissionError } from './submission-error';

/** A refused request as the Directus SDK throws it: the parsed body plus the response. */
const refused = (status: number, message: string, extensions: Record<string, unknown> = { code: 'INVALID_PAYLOAD' }) => ({
	errors: [{ message, extensions }],
	response: { status },
});

describe('placeSubmissionError', () => {
	it('puts a progress above the target at the progress field, by the label the message quotes', () => {
		const message = '„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 12).';
		expect(placeSubmissionError(refused(400, message))).toEqual({ field: 'progress_current', message, status: 400 });
	});

	it('puts an unknown status at the status field', () => {
		expect(placeSubmissionError(refused(400, 'Unbekannter Status „x“. Erlaubt sind: …')).field).toBe('status');
	});

	it('tells the progress text from the plain progress', () => {
		expect(placeSubmissionError(refused(400, '„Beschreibung des Fortschritts“ ist zu lang.')).field).toBe('progress_text');
	});

	it('puts a text that is too long at its own field', () => {
		expect(placeSubmissionError(refused(400, '„Nächste Tätigkeiten“ ist zu lang: höchstens 10.000 Zeichen (angegeben: 12.000).')).field).toBe('next_steps');
	});

	it('follows the field the server names over the message', () => {
		expect(placeSubmissionError(refused(400, 'Bitte prüfen.', { code: 'INVALID_PAYLOAD', field: 'next_steps' })).field).toBe('next_steps');
	});

	it('keeps a refusal of the report as a whole above the form', () => {
		expect(placeSubmissionError(refused(400, 'Der Bericht „Sachstand 2026“ ist abgeschlossen; Meldungen sind nicht mehr möglich.')).field).toBeNull();
	});

	it('trusts the server naming the report over a field label that the report\'s title happens to quote', () => {
		expect(placeSubmissionError(refused(400, 'Der Bericht „Status“ ist abgeschlossen.', { code: 'INVALID_PAYLOAD', field: 'report' })).field).toBeNull();
	});

	it('keeps a 403 above the form even when its message quotes a field label', () => {
		expect(placeSubmissionError(refused(403, 'Die Maßnahme gehört nicht zu Ihrer Stelle; „Status“ bleibt unverändert.'))).toEqual({
			field: null,
			message: 'Die Maßnahme gehört nicht zu Ihrer Stelle; „Status“ bleibt unverändert.',
			status: 403,
		});
	});

	it('says the server is unreachable when the request never got an answer', () => {
		expect(placeSubmissionError(new TypeError('Failed to fetch'))).toEqual({ field: null, message: 'Der Server ist nicht erreichbar.', status: null });
	});
});
