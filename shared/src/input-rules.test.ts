import { describe, expect, it } from 'vitest';
import { checkDistrictKey, checkPositive, checkPriorityClass, checkProgress, checkRequired, checkStatus } from './input-rules';

describe('input rules', () => {
	it('accepts progress between 0 and the completion mark', () => {
		expect([checkProgress(0, 10), checkProgress(8, 8), checkProgress(null, null), checkProgress(null, 10)]).toEqual([null, null, null, null]);
	});

	it('refuses progress beyond the completion mark with the bounds in the message', () => {
		expect(checkProgress(11, 10)).toBe('„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: 11).');
	});

	it('refuses negative progress', () => {
		expect(checkProgress(-1, 10)).toBe('„Fortschritt“ muss zwischen 0 und 10 („Abschluss bei“) liegen (angegeben: -1).');
	});

	it('refuses progress without a completion mark', () => {
		expect(checkProgress(3, null)).toBe('„Fortschritt“ braucht einen Wert für „Abschluss bei“, z. B. 10.');
	});

	it('refuses a completion mark of 0', () => {
		expect(checkProgress(null, 0)).toBe('„Abschluss bei“ muss größer als 0 sein (angegeben: 0).');
	});

	it('refuses a negative weight and text where a number belongs', () => {
		expect([checkPositive(-5, 'Gewichtung'), checkPositive('viel', 'Gewichtung')]).toEqual([
			'„Gewichtung“ muss größer als 0 sein (angegeben: -5).',
			'„Gewichtung“ muss eine Zahl sein.',
		]);
	});

	it('names the allowed statuses when the status is unknown', () => {
		expect(checkStatus('fertig')).toBe(
			'Unbekannter Status „fertig“. Erlaubt sind: „Idee / neu“ (idea), „Geplant“ (planned), „In Umsetzung“ (in_progress), „Umgesetzt“ (completed), „Daueraufgabe“ (ongoing), „Beendet“ (ended).',
		);
	});

	it('accepts an empty priority class and refuses an unknown one', () => {
		expect([checkPriorityClass(null), checkPriorityClass('1+'), checkPriorityClass('5')]).toEqual([
			null,
			null,
			'Unbekannte Prioritätsklasse „5“. Erlaubt sind 1+, 1, 2, 3, 4 oder leer.',
		]);
	});

	it('lists every missing required field', () => {
		expect(checkRequired({ title: 'Titel', theme: 'Thema' }, { title: '' })).toBe('Bitte diese Felder angeben: „Titel“, „Thema“.');
	});

	it('accepts a five-digit district key or none, and refuses anything else with an example', () => {
		expect([checkDistrictKey('05166'), checkDistrictKey(null), checkDistrictKey(''), checkDistrictKey('5166'), checkDistrictKey('05166000')]).toEqual([
			null,
			null,
			null,
			'Der Kreisschlüssel besteht aus genau fünf Ziffern, z. B. „05166“ (angegeben: „5166“).',
			'Der Kreisschlüssel besteht aus genau fünf Ziffern, z. B. „05166“ (angegeben: „05166000“).',
		]);
	});
});
