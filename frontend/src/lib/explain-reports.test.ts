import type { DistrictReports, ThemeMetrics } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { describeReports, describeThemeInstead, explainMissing } from './explain-reports';

const none: DistrictReports = { measures: false, statusCounts: false, priorityScores: false, priorityClasses: false, progress: false, annualGoals: false, kpis: false, fieldSnapshots: false };
const paderborn: DistrictReports = { ...none, annualGoals: true };
const unna: DistrictReports = { ...none, measures: true, statusCounts: true, fieldSnapshots: true };
const friesland: DistrictReports = { ...none, measures: true, statusCounts: true, progress: true, priorityClasses: true };
const viersen: DistrictReports = { ...none, measures: true, statusCounts: true, priorityScores: true, kpis: true };

const theme = (overrides: Partial<ThemeMetrics>): ThemeMetrics => ({
	theme: { id: 'online', name: 'Online-Dienste und OZG' },
	measureCount: null,
	status: { total: null, byStatus: null, unspecified: null, completed: null, inProgress: null, completedShare: null, source: null },
	meanProgress: null,
	progressCoverage: { withValue: 0, total: 0 },
	meanScore: null,
	goalCount: null,
	meanAttainment: null,
	kpis: [],
	...overrides,
});

describe('describeReports', () => {
	it('says a district of annual goals reports no measures', () => {
		expect(describeReports('Kreis Paderborn', paderborn)).toBe('Kreis Paderborn berichtet Jahresziele, keine Maßnahmen');
	});

	it('says a district of project-field counts reports no individual measures, even beside a few named projects', () => {
		expect(describeReports('Kreis Unna', unna)).toBe('Kreis Unna berichtet nur Anzahlen je Projektfeld, keine einzelnen Maßnahmen');
	});

	it('names what the measures of a district carry, and its KPIs', () => {
		expect([describeReports('Landkreis Friesland', friesland), describeReports('Kreis Viersen', viersen)]).toEqual([
			'Landkreis Friesland berichtet Maßnahmen mit Fortschritt und Prioritätsklassen',
			'Kreis Viersen berichtet Maßnahmen mit Priorisierungsmatrix und Kennzahlen',
		]);
	});

	it('says so when a district reports nothing yet', () => {
		expect(describeReports('Kreis X', none)).toBe('Kreis X berichtet bisher keine Daten');
	});
});

describe('explainMissing', () => {
	it('explains missing progress by the district\'s shape, or by measures without progress', () => {
		expect([
			explainMissing('meanProgress', { name: 'Kreis Unna', reports: unna, status: { source: 'snapshots' } }),
			explainMissing('meanProgress', { name: 'Kreis Paderborn', reports: paderborn, status: { source: null } }),
			explainMissing('meanProgress', { name: 'Kreis Viersen', reports: viersen, status: { source: 'measures' } }),
		]).toEqual([
			'Kreis Unna berichtet nur Anzahlen je Projektfeld, keine einzelnen Maßnahmen',
			'Kreis Paderborn berichtet Jahresziele, keine Maßnahmen',
			'Kreis Viersen nennt zu keiner Maßnahme einen Fortschritt',
		]);
	});

	it('tells a district without annual goals from one whose goals have no actual value', () => {
		expect([
			explainMissing('meanAttainment', { name: 'Kreis Unna', reports: unna, status: { source: 'snapshots' } }),
			explainMissing('meanAttainment', { name: 'Kreis Paderborn', reports: paderborn, status: { source: null } }),
		]).toEqual(['Kreis Unna berichtet keine Jahresziele', 'Kreis Paderborn nennt zu keinem Jahresziel einen Ist-Wert']);
	});

	it('explains a missing count and share of completed work', () => {
		expect([
			explainMissing('items', { name: 'Kreis Paderborn', reports: paderborn, status: { source: null } }),
			explainMissing('completedShare', { name: 'Kreis Unna', reports: unna, status: { source: 'snapshots' } }),
		]).toEqual(['Kreis Paderborn berichtet Jahresziele, keine Maßnahmen', 'Kreis Unna nennt keine Zahl umgesetzter Projekte']);
	});
});

describe('describeThemeInstead', () => {
	it('names a theme\'s annual goals where measures are counted, with "1" in the singular', () => {
		expect([describeThemeInstead(theme({ goalCount: 4 }), 'itemCount'), describeThemeInstead(theme({ goalCount: 1, meanAttainment: 50 }), 'itemCount')]).toEqual([
			'4 Jahresziele, ohne Ist-Wert',
			'1 Jahresziel, Zielerreichung 50 %',
		]);
	});

	it('names a theme\'s project counts where progress is asked', () => {
		const counted = theme({ status: { total: 25, byStatus: null, unspecified: null, completed: 15, inProgress: 5, completedShare: 60, source: 'snapshots' } });
		expect(describeThemeInstead(counted, 'meanProgress')).toBe('25 Projekte, davon 15 umgesetzt (Zählung je Projektfeld)');
	});

	it('names measures without progress, and measures where goal attainment is asked', () => {
		const measures = theme({ measureCount: 3, status: { total: 3, byStatus: null, unspecified: 3, completed: 0, inProgress: 0, completedShare: 0, source: 'measures' }, kpis: [{} as ThemeMetrics['kpis'][number]] });
		expect([describeThemeInstead(measures, 'meanProgress'), describeThemeInstead(measures, 'meanAttainment')]).toEqual([
			'3 Maßnahmen, ohne Fortschrittsangabe; 1 Kennzahl',
			'3 Maßnahmen; 1 Kennzahl',
		]);
	});

	it('says "nichts zu diesem Thema" where the district has nothing on the theme', () => {
		expect([describeThemeInstead(null, 'itemCount'), describeThemeInstead(theme({}), 'meanProgress')]).toEqual(['nichts zu diesem Thema', 'nichts zu diesem Thema']);
	});
});
