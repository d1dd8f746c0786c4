/**
 * The Word renderer of the status report: the same model as the app's print view
 * (`buildReportModel` in @cockpit/shared), drawn with the `docx` library. Headings carry Word's
 * built-in heading styles, so the navigation pane and screen readers find the structure; lists
 * of measures are real tables with a repeated header row; the language is German, so Word
 * checks spelling in German and hyphenates as the print view does.
 */
import {
	CHANGE_GROUPS,
	formatGermanNumber,
	PRIORITY_CLASS_LABELS,
	REPORT_TEXTS,
	type ChangeLine,
	type ReportEntry,
	type ReportGoal,
	type ReportKpi,
	type ReportModel,
} from '@cockpit/shared';
import { Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';

const T = REPORT_TEXTS;
const NO_DATA = T.noData;

/** The report as a .docx file. */
export async function renderReportDocx(model: ReportModel): Promise<Buffer> {
	const document = new Document({
		creator: 'Digitalisierungs-Cockpit',
		title: `${model.title} – ${model.districtName}`,
		description: [model.paper.documentRef && `${T.documentRef} ${model.paper.documentRef}`, model.dateLabel && `${T.reportDate} ${model.dateLabel}`].filter(Boolean).join(', '),
		styles: { default: { document: { run: { language: { value: 'de-DE' }, font: 'Arial', size: 22 } } } },
		sections: [{ children: [...titlePage(model), ...overview(model), ...changes(model), ...measures(model), ...history(model), ...goals(model), ...kpis(model)] }],
	});
	return Packer.toBuffer(document);
}

function titlePage(model: ReportModel): (Paragraph | Table)[] {
	const { paper } = model;
	const facts: [string, string][] = [
		[T.reportDate, model.dateLabel ?? NO_DATA],
		[T.documentRef, paper.documentRef ?? NO_DATA],
		[T.committee, paper.committee ?? NO_DATA],
		[T.meetingDate, paper.meetingDate ?? NO_DATA],
	];
	const blocks: (Paragraph | Table)[] = [
		new Paragraph({ children: [new TextRun({ text: model.districtName, bold: true, size: 28 })] }),
		new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
		keyValueTable(facts),
	];
	if (paper.consultations.length > 0) {
		blocks.push(
			new Paragraph({ text: T.consultations, heading: HeadingLevel.HEADING_2 }),
			table(
				[T.committee, T.meetingDate, 'Zuständigkeit'],
				paper.consultations.map((c) => [c.committee, c.meetingDate ?? NO_DATA, c.role ?? NO_DATA]),
			),
		);
	}
	for (const paragraph of paragraphs(model.intro)) blocks.push(paragraph);
	if (model.basis === 'current' && model.entries.length > 0) blocks.push(italic(T.currentBasis));
	if (model.basis === 'draft') blocks.push(italic(T.draftBasis));
	if (model.entries.length === 0 && model.history.length === 0) blocks.push(italic(T.noMeasures));
	if (model.goals.length > 0 || model.kpis.length > 0) blocks.push(italic(T.goalsAndKpisBasis));
	blocks.push(new Paragraph({ children: [new PageBreak()] }));
	return blocks;
}

function overview(model: ReportModel): (Paragraph | Table)[] {
	if (model.entries.length === 0) return [];
	return [
		new Paragraph({ text: T.overview, heading: HeadingLevel.HEADING_1 }),
		new Paragraph(T.progressExplained),
		table(
			[T.number, T.measureTitle, T.status, T.priority, T.progress],
			model.entries.map((e) => [e.number ?? '', e.title, e.statusLabel, e.priorityClass ?? NO_DATA, e.progressLabel ?? NO_DATA]),
		),
	];
}

function changes(model: ReportModel): (Paragraph | Table)[] {
	const summary = model.changes;
	if (summary === null) return [];
	const blocks: (Paragraph | Table)[] = [
		new Paragraph({ text: T.changes.title, heading: HeadingLevel.HEADING_1 }),
		new Paragraph(`Bericht „${summary.report.title}“ gegenüber „${summary.previous.title}“.`),
	];
	for (const group of CHANGE_GROUPS) {
		const lines = summary[group];
		blocks.push(new Paragraph({ text: `${T.changes[group]} (${lines.length})`, heading: HeadingLevel.HEADING_2 }));
		blocks.push(lines.length === 0 ? italic(T.changes.none) : table([T.number, T.measureTitle, 'Veränderung'], lines.map((line) => [line.code ?? '', line.title, changeText(line)])));
	}
	return blocks;
}

/** Status and progress of a change as the print view names them: "von In Umsetzung zurück auf Geplant; 40 % → 20 %". */
function changeText(line: ChangeLine): string {
	const percent = (value: number | null) => (value === null ? NO_DATA : `${formatGermanNumber(value, 1)} %`);
	const progress = line.before === null && line.after === null ? null : line.before === line.after ? percent(line.after) : `${percent(line.before)} → ${percent(line.after)}`;
	return [line.statusChange, progress].filter(Boolean).join('; ') || '–';
}

function measures(model: ReportModel): (Paragraph | Table)[] {
	if (model.entries.length === 0) return [];
	return [new Paragraph({ children: [new PageBreak()] }), new Paragraph({ text: T.measuresTitle, heading: HeadingLevel.HEADING_1 }), ...model.entries.flatMap((e) => measureSection(e))];
}

function history(model: ReportModel): (Paragraph | Table)[] {
	if (model.history.length === 0) return [];
	return [new Paragraph({ children: [new PageBreak()] }), new Paragraph({ text: T.history, heading: HeadingLevel.HEADING_1 }), new Paragraph(T.historyIntro), ...model.history.flatMap((e) => measureSection(e))];
}

/**
 * One measure: its heading, a line with status, priority and progress, then goal, progress and
 * next steps as labelled paragraphs. Paragraphs rather than a table per measure: the texts are
 * long and edited in Word, and a report of 2,000 measures stays a file Word opens quickly.
 */
function measureSection(entry: ReportEntry): Paragraph[] {
	const blocks: Paragraph[] = [new Paragraph({ text: [entry.number, entry.title].filter(Boolean).join(' '), heading: HeadingLevel.HEADING_2 })];
	if (entry.formerTitles.length > 0) blocks.push(italic(`${T.renamed} ${entry.formerTitles.join('; ')}`));
	const facts: [string, string][] = [
		[T.status, entry.statusLabel],
		[T.priority, entry.priorityClass ? PRIORITY_CLASS_LABELS[entry.priorityClass] : NO_DATA],
		[T.progress, entry.progressLabel ?? NO_DATA],
	];
	blocks.push(new Paragraph({ children: facts.flatMap(([label, value], i) => [new TextRun({ text: `${i > 0 ? ' · ' : ''}${label}: `, bold: true }), new TextRun(value)]) }));
	for (const [label, value] of [[T.goal, entry.goal], [T.progressText, entry.progressText], [T.nextSteps, entry.nextSteps]] as const) {
		blocks.push(new Paragraph({ children: [new TextRun({ text: label, bold: true })], keepNext: true }), ...(value === null ? [italic(NO_DATA)] : lines(value)));
	}
	return blocks;
}

/**
 * The annual goals as one table per year: the target with its direction word only where the
 * document gives one, the attainment only where there is a direction, and the cost as its
 * components ("einmalig 150 €; pro Jahr 6.000 €"), "ca." wherever the document has it.
 */
function goals(model: ReportModel): (Paragraph | Table)[] {
	if (model.goals.length === 0) return [];
	const G = T.goals;
	const years = [...new Set(model.goals.map((g) => g.year))];
	return [
		new Paragraph({ children: [new PageBreak()] }),
		new Paragraph({ text: G.title, heading: HeadingLevel.HEADING_1 }),
		...years.flatMap((year) => [
			new Paragraph({ text: `${G.title} ${year}`, heading: HeadingLevel.HEADING_2 }),
			table([G.goal, G.target, G.actual, G.attainment, G.cost], model.goals.filter((g) => g.year === year).map(goalRow)),
		]),
	];
}

function goalRow(goal: ReportGoal): string[] {
	const attainment = goal.attainmentLabel ?? goal.attainmentNote ?? NO_DATA;
	const cost = [goal.costLabel, goal.costNote && `${T.goals.costNote}: ${goal.costNote}`].filter(Boolean).join('\n') || NO_DATA;
	return [goal.title, goal.targetLabel ?? NO_DATA, goal.actualLabel ?? NO_DATA, attainment, cost];
}

function kpis(model: ReportModel): (Paragraph | Table)[] {
	if (model.kpis.length === 0) return [];
	const K = T.kpis;
	return [
		new Paragraph({ text: K.title, heading: HeadingLevel.HEADING_1 }),
		table([K.name, K.target, K.baseline, K.deadline, K.values, K.attainment], model.kpis.map(kpiRow)),
	];
}

function kpiRow(kpi: ReportKpi): string[] {
	const name = [kpi.name, kpi.description].filter(Boolean).join('\n');
	const baseline = [kpi.baselineLabel, kpi.baselineNote].filter(Boolean).join('\n') || NO_DATA;
	const values = kpi.values.map((v) => v.label).join('\n') || NO_DATA;
	return [name, kpi.targetLabel ?? NO_DATA, baseline, kpi.deadlineLabel ?? NO_DATA, values, kpi.attainmentLabel ?? NO_DATA];
}

/** A table with a header row Word repeats on every page. */
function table(headers: string[], rows: string[][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: headers.map((h) => cell([new TextRun({ text: h, bold: true })])) }),
			...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
		],
	});
}

/** Label and value side by side, as the Friesland document lays out a measure. */
function keyValueTable(rows: [string, string][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		columnWidths: [2600, 6400],
		rows: rows.map(([label, value]) => new TableRow({ children: [cell([new TextRun({ text: label, bold: true })], 28), cell(value, 72)] })),
	});
}

function cell(content: string | ParagraphChild[], widthPercent?: number): TableCell {
	const children = typeof content === 'string' ? lines(content) : [new Paragraph({ children: content })];
	return new TableCell({ children, ...(widthPercent ? { width: { size: widthPercent, type: WidthType.PERCENTAGE } } : {}) });
}

/** Text with line breaks as the editors typed them: one paragraph per line. */
function lines(text: string): Paragraph[] {
	return text.split(/\r?\n/).map((line) => new Paragraph(line));
}

function paragraphs(text: string | null): Paragraph[] {
	return (text ?? '').split(/\n{2,}/).filter((p) => p.trim() !== '').map((p) => new Paragraph(p.trim()));
}

function italic(text: string): Paragraph {
	return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}
