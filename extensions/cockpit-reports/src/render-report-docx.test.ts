import { buildReportModel, type ProgressUpdateView, type StatusReportView } from '@cockpit/shared';
import { dashboard, goal, header, kpi, measure } from '@cockpit/shared/testing';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from './render-report-docx';

const report = (id: string, title: string, report_date: string, overrides: Partial<StatusReportView> = {}): StatusReportView => ({
	id, title, report_date, report_date_label: null, document_ref: null, body: null, committee: null, meeting_date: null, document_url: null, consultations: [], ...overrides,
});
const august = report('r1', 'Sachstand August 2022', '2022-08-01');
const february = report('r2', 'Sachstand Februar 2023', '2023-02-01', { document_ref: '12/23', committee: 'Kreistag', meeting_date: '2023-03-14', body: 'Der Bericht zeigt den Stand.' });
const update = (r: StatusReportView, overrides: Partial<ProgressUpdateView>): ProgressUpdateView => ({
	report: { id: r.id, title: r.title, report_date: r.report_date, report_date_label: null }, status: 'in_progress', progress_value: null, progress_approximate: false, progress_target: 10, progress_percent: null, progress_text: null, next_steps: null, priority_class: null, ...overrides,
});

async function read(buffer: Buffer) {
	const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
	const tags = (tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
	return { html, text, h1: tags('h1'), h2: tags('h2'), tables: (html.match(/<table>/g) ?? []).length };
}

describe('renderReportDocx', () => {
	it('writes headings as Word heading styles, lists as tables, figures and dates in German', async () => {
		const model = buildReportModel(
			dashboard({
				district: header({ name: 'Landkreis Friesland' }),
				measures: [
					measure({ id: 'm1', code: '1', title: 'E-Akte', status: 'planned', updates: [update(august, { progress_value: 4, progress_percent: 40 }), update(february, { status: 'planned', progress_value: 2, progress_percent: 20, progress_text: 'Zurückgestellt.\nNeue Ausschreibung.' })] }),
					measure({ id: 'm2', code: '2', title: 'Portal', updates: [update(august, { progress_value: 1.5, progress_percent: 15 }), update(february, { progress_value: 2.5, progress_percent: 25 })] }),
				],
				statusReports: [february, august],
			}),
		);
		const doc = await read(await renderReportDocx(model));
		expect([doc.h1, doc.h2]).toEqual([
			['Übersicht der Maßnahmen', 'Veränderungen seit dem letzten Bericht', 'Maßnahmen'],
			['Neu aufgenommen (0)', 'Umgesetzt (0)', 'Beendet (0)', 'Status geändert (1)', 'Fortschritt gestiegen (1)', 'Fortschritt gesunken (0)', 'Sonst aktualisiert (Text, Klasse oder Zielwert) (0)', 'Ohne neue Meldung (0)', '1 E-Akte', '2 Portal'],
		]);
		// Title page facts, overview, two change groups.
		expect(doc.tables).toBe(4);
		expect(doc.text).toMatch(/Drucksache\s+12\/23\s+Gremium\s+Kreistag\s+Sitzung\s+14\.03\.2023/);
		expect(doc.text).toContain('von In Umsetzung zurück auf Geplant; 40 % → 20 %');
		expect(doc.text).toContain('Status: In Umsetzung · Priorität: keine Angabe · Fortschritt: 2,5 von 10 (25 %)');
		expect(doc.text).toMatch(/Zurückgestellt\.\s+Neue Ausschreibung\./);
		expect(doc.text).toContain('Der Bericht zeigt den Stand.');
	});

	it('prints "ca." before approximate numbers, "nicht angegeben" for a missing status, goals without direction words or attainment, costs as components', async () => {
		const none = { approximate: false, years: null, year: null, funder: null, share_percent: null, attribution: 'goal' as const, note: null };
		const model = buildReportModel(
			dashboard({
				district: header({ name: 'Kreis Paderborn' }),
				measures: [measure({ id: 'm5', code: '5', title: 'Breitband', status: null, progress_current: 2.5, progress_approximate: true, progress_target: 10, progress_percent: 25 })],
				annualGoals: [
					goal({ id: 'g1', title: 'Zehn Ämter', direction: 'at_least', target_value: 10, unit: 'Ämter', cost: { components: [{ ...none, kind: 'one_off', amount: 150 }, { ...none, kind: 'per_year', amount: 6000 }], note: null } }),
					goal({ id: 'g2', title: '200 Prozesse', direction: null, target_value: 200, target_approximate: true, unit: 'Prozesse', cost: { components: [{ ...none, kind: 'funding', amount: 430000, approximate: true, attribution: 'partial' }], note: null } }),
				],
				kpis: [kpi({ name: 'Telearbeit', unit: '%', baseline: { value: 60, approximate: true, date: null, note: null }, values: [{ date: '2021-12-31', value: 65, approximate: true }] })],
			}),
		);
		const doc = await read(await renderReportDocx(model));
		expect([
			doc.text.includes('Status: nicht angegeben · Priorität: keine Angabe · Fortschritt: ca. 2,5 von 10 (25 %)'),
			doc.text.includes('mindestens 10 Ämter'),
			doc.text.includes('einmalig 150 €; pro Jahr 6.000 €'),
			/200 Prozesse\s+ca\. 200 Prozesse\s+keine Angabe\s+ohne Richtung im Dokument, daher keine Zielerreichung/.test(doc.text),
			doc.text.includes('mindestens ca. 200'),
			doc.text.includes('Fördersumme ca. 430.000 € – zum Teil für dieses Ziel'),
			doc.text.includes('ca. 60 % (ohne Stichtag)'),
			doc.text.includes('31.12.2021: ca. 65 %'),
			doc.h1.slice(-2),
		]).toEqual([true, true, true, true, false, true, true, true, ['Jahresziele', 'Kennzahlen']]);
	});
});
