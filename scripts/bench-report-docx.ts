/**
 * `npm run bench:report`: how long building the report model and writing the Word file takes
 * for a report of 2,000 measures (each with two closed reports' snapshots and texts of a few
 * hundred characters, as Friesland writes them), and how much memory it needs. The rows are
 * built in memory: reading them is the dashboard endpoint's work and measured by bench:scale.
 * Prints figures; asserts nothing. BENCH_MEASURES changes the count. The resident memory's
 * peak includes garbage not yet collected; run with `NODE_OPTIONS=--max-old-space-size=150`
 * to see that the live heap fits below that.
 */
import { buildReportModel, MEASURE_STATUSES, type ProgressUpdateView, type StatusReportView } from '@cockpit/shared';
import { dashboard, measure } from '@cockpit/shared/testing';
import { renderReportDocx } from '../extensions/cockpit-reports/src/render-report-docx';

const COUNT = Number(process.env['BENCH_MEASURES'] ?? 2000);
const RUNS = 3;
const text = (n: number, what: string) => `${what} ${n}: ` + 'Die Fachbereiche haben ihre Prozesse erfasst, die Schnittstellen sind beschrieben und die Ausschreibung ist vorbereitet. '.repeat(3);
const head = (id: string, title: string, date: string): StatusReportView => ({ id, title, report_date: date, report_date_label: null, document_ref: '12/23', body: 'Einleitung.', committee: 'Kreistag', meeting_date: '2023-03-14', document_url: null, consultations: [] });
const before = head('r1', 'Sachstand August 2022', '2022-08-01');
const after = head('r2', 'Sachstand Februar 2023', '2023-02-01');
const snapshot = (r: StatusReportView, n: number, value: number): ProgressUpdateView => ({
	report: { id: r.id, title: r.title, report_date: r.report_date, report_date_label: null },
	status: MEASURE_STATUSES[n % 4]!, progress_value: value, progress_approximate: n % 5 === 0, progress_target: 10, progress_percent: value * 10, progress_text: text(n, 'Stand'), next_steps: text(n, 'Nächste Schritte'), priority_class: '2',
});
const board = dashboard({
	measures: Array.from({ length: COUNT }, (_, n) => measure({ id: `m${n}`, code: String(n + 1), title: `Maßnahme ${n + 1}`, goal: text(n, 'Ziel'), updates: [snapshot(before, n, n % 10), snapshot(after, n + (n % 3 === 0 ? 1 : 0), Math.min(10, (n % 10) + (n % 2)))] })),
	statusReports: [after, before],
});

const baseline = process.memoryUsage().rss;
let peak = baseline;
// Building is synchronous for long stretches, so the peak is also sampled after each step.
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const sampler = setInterval(sample, 10);
for (let run = 1; run <= RUNS; run++) {
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	const model = buildReportModel(board, { reportId: 'r2' });
	const t1 = performance.now();
	sample();
	const file = await renderReportDocx(model);
	const t2 = performance.now();
	sample();
	const cpu = process.cpuUsage(cpu0);
	// On a shared machine the wall time waits for other processes; the CPU time is this work's own.
	console.log(`Lauf ${run}: ${COUNT} Maßnahmen, Modell ${(t1 - t0).toFixed(0)} ms, Word-Datei ${(t2 - t1).toFixed(0)} ms, zusammen ${(t2 - t0).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), ${(file.length / 1024).toFixed(0)} KB`);
}
clearInterval(sampler);
console.log(`Speicher (RSS): vorher ${(baseline / 1048576).toFixed(0)} MB, Spitze ${(peak / 1048576).toFixed(0)} MB, Zuwachs ${((peak - baseline) / 1048576).toFixed(0)} MB`);
