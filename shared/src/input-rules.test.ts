import { describe, expect, it } from 'vitest';
import { checkCostComponent, checkDirection, checkDistrictKey, checkKpiMeasure, checkPositive, checkPriorityClass, checkProgress, checkRequired, checkStatus, checkSuccession } from './input-rules';

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

	it('accepts an empty status and direction ("nicht angegeben") but not an unknown one', () => {
		expect([checkStatus(null), checkStatus(undefined), checkStatus('ended'), checkDirection(null), checkDirection('at_most')]).toEqual([null, null, null, null, null]);
		expect(checkDirection('genau')).toBe('Unbekannte Richtung „genau“. Erlaubt sind „at_least“ (mindestens) und „at_most“ (höchstens).');
	});

	it('accepts cost components as the documents state them, with or without an amount', () => {
		expect([
			checkCostComponent({ kind: 'one_off', amount: 150 }),
			checkCostComponent({ kind: 'not_calculable', amount: null, attribution: 'goal' }),
			checkCostComponent({ kind: 'share', funder: 'Bund', share_percent: 100, attribution: 'partial' }),
			checkCostComponent({ kind: 'over_years', amount: 0, years: 3, year: 2024 }),
			checkCostComponent({ amount: 5 }, { partial: true }),
		]).toEqual([null, null, null, null, null]);
	});

	it('refuses a cost component without a known kind, with a negative amount, a bad term, share or attribution', () => {
		expect([
			checkCostComponent({ amount: 5 }),
			checkCostComponent({ kind: 'funded' }),
			checkCostComponent({ kind: 'one_off', amount: -1 }),
			checkCostComponent({ kind: 'over_years', years: 1.5 }),
			checkCostComponent({ kind: 'over_years', years: 0 }),
			checkCostComponent({ kind: 'share', share_percent: 0 }),
			checkCostComponent({ kind: 'share', share_percent: 120 }),
			checkCostComponent({ kind: 'one_off', attribution: 'halb' }),
			checkCostComponent({ kind: 'one_off', attribution: null }),
			checkCostComponent({ kind: null }, { partial: true }),
		]).toEqual([
			'Bitte die „Art“ der Kosten angeben, z. B. „Einmalig“ oder „Noch nicht kalkulierbar“.',
			'Unbekannte Kostenart „funded“. Erlaubt sind: „Einmalig“ (one_off), „Pro Jahr“ (per_year), „Über mehrere Jahre“ (over_years), „Gesamtvolumen“ (total), „Fördersumme“ (funding), „Finanzierungsanteil“ (share), „Keine Extrakosten“ (none), „Noch nicht kalkulierbar“ (not_calculable).',
			'„Betrag (EUR)“ darf nicht negativ sein (angegeben: -1).',
			'„Laufzeit (Jahre)“ muss eine ganze Zahl größer als 0 sein (angegeben: 1.5).',
			'„Laufzeit (Jahre)“ muss eine ganze Zahl größer als 0 sein (angegeben: 0).',
			'„Anteil in %“ muss größer als 0 und höchstens 100 sein (angegeben: 0).',
			'„Anteil in %“ muss größer als 0 und höchstens 100 sein (angegeben: 120).',
			'Unbekannte Zurechnung „halb“. Erlaubt sind: „Diesem Ziel zuzurechnen“ (goal), „Nur teilweise diesem Ziel zuzurechnen“ (partial), „Für dieses Ziel nicht ausweisbar (Betrag des Gesamtvorhabens)“ (not_attributable).',
			'Bitte die „Zurechnung“ der Kosten angeben, z. B. „Diesem Ziel zuzurechnen“.',
			'Bitte die „Art“ der Kosten angeben, z. B. „Einmalig“ oder „Noch nicht kalkulierbar“.',
		]);
	});

	it('accepts a succession within one district and refuses the same measure, another district, a missing one or a duplicate', () => {
		const a = { id: 'a', district: 'friesland' };
		const b = { id: 'b', district: 'friesland' };
		const c = { id: 'c', district: 'viersen' };
		expect([checkSuccession(a, b, false), checkSuccession(a, a, false), checkSuccession(a, c, false), checkSuccession(null, b, false), checkSuccession(a, null, false), checkSuccession(a, b, true)]).toEqual([
			null,
			'Eine Maßnahme kann nicht ihre eigene Nachfolgerin sein. Bitte wählen Sie eine andere Maßnahme.',
			'Vorgänger und Nachfolger gehören zu verschiedenen Kreisen. Bitte wählen Sie eine Maßnahme des Kreises „friesland“.',
			'Die vorangehende Maßnahme („Vorgänger“) wurde nicht gefunden.',
			'Die nachfolgende Maßnahme („Nachfolger“) wurde nicht gefunden.',
			'Diese Nachfolge ist bereits eingetragen. Bitte ändern Sie den vorhandenen Eintrag.',
		]);
	});

	it('accepts a KPI measure of the same district only', () => {
		expect([checkKpiMeasure({ id: 'm', district: 'viersen' }, 'viersen'), checkKpiMeasure({ id: 'm', district: 'unna' }, 'viersen'), checkKpiMeasure(null, 'viersen')]).toEqual([
			null,
			'Die Maßnahme gehört zu einem anderen Kreis als die Kennzahl. Bitte wählen Sie eine Maßnahme des Kreises „viersen“.',
			'Die Maßnahme der Kennzahl wurde nicht gefunden.',
		]);
	});
});
