import type { DistrictReports, StatusMetrics, ThemeMetrics } from '@cockpit/shared';
import { de } from '../i18n/de';
import { fill, formatPercent, plural } from './format';

/**
 * Why a compared district has "keine Angabe", in the words a councillor reads: from what the
 * district's documents report at all (`DistrictReports`). Districts report in different shapes
 * (Paderborn only annual goals, Unna only counts per project field); a gap is explained by the
 * shape, and the district's own figures on a theme are named instead of a row of gaps.
 */

const T = de.explain;

/** "A, B und C" */
function list(parts: readonly string[]): string {
	if (parts.length <= 1) return parts[0] ?? '';
	return `${parts.slice(0, -1).join(', ')}${T.and}${parts[parts.length - 1]}`;
}

/** The district reports counts per project field instead of individual measures (Unna). */
function countsOnly(reports: DistrictReports): boolean {
	return reports.fieldSnapshots;
}

/**
 * What a district reports, and the main thing it does not: "Kreis Paderborn berichtet
 * Jahresziele, keine Maßnahmen"; "Kreis Unna berichtet nur Anzahlen je Projektfeld, keine
 * einzelnen Maßnahmen"; "Landkreis Friesland berichtet Maßnahmen mit Fortschritt und Prioritätsklassen".
 */
export function describeReports(name: string, reports: DistrictReports): string {
	const what: string[] = [];
	if (reports.measures && !countsOnly(reports)) {
		const details: string[] = [];
		if (reports.progress) details.push(T.withProgress);
		if (reports.priorityScores) details.push(T.withScores);
		if (reports.priorityClasses) details.push(T.withClasses);
		what.push(details.length ? fill(T.measuresWith, { details: list(details) }) : T.measures);
	}
	if (reports.fieldSnapshots) what.push(T.fieldCounts);
	if (reports.annualGoals) what.push(T.annualGoals);
	if (reports.kpis) what.push(T.kpis);
	if (what.length === 0) return fill(T.nothing, { name });
	const lacking = countsOnly(reports) ? T.noSingleMeasures : reports.measures ? null : T.noMeasures;
	const template = countsOnly(reports) && what.length === 1 ? T.reportsOnly : T.reports;
	const sentence = fill(template, { name, what: list(what) });
	return lacking ? `${sentence}, ${lacking}` : sentence;
}

/** The figures of the comparison's overview, and of its per-theme table. */
export type CompareFigure = 'items' | 'completedShare' | 'meanProgress' | 'meanAttainment';

export interface ExplainedDistrict {
	name: string;
	reports: DistrictReports;
	status: Pick<StatusMetrics, 'source'>;
}

/**
 * Why one overview figure of a district is missing. Called only for a figure that is null: a
 * district without individual measures is described by its shape; one with measures by what
 * they lack.
 */
export function explainMissing(figure: CompareFigure, district: ExplainedDistrict): string {
	const { name, reports } = district;
	switch (figure) {
		case 'items':
			return describeReports(name, reports);
		case 'completedShare':
			return district.status.source === 'snapshots' ? fill(T.noCompleted, { name }) : describeReports(name, reports);
		case 'meanProgress':
			return reports.measures && !countsOnly(reports) ? fill(T.noProgress, { name }) : describeReports(name, reports);
		case 'meanAttainment':
			return reports.annualGoals ? fill(T.noActuals, { name }) : fill(T.noGoals, { name });
	}
}

/** The per-theme figures the comparison's theme table shows one at a time. */
export type ThemeFigure = 'itemCount' | 'meanProgress' | 'meanAttainment';

/**
 * What a district reports on a theme where the figure shown is missing: "4 Jahresziele, ohne
 * Ist-Wert" (Paderborn, counted measures asked), "25 Projekte, davon 15 umgesetzt (Zählung je
 * Projektfeld)" (Unna, progress asked). "nichts zu diesem Thema" when it has nothing there.
 */
export function describeThemeInstead(theme: ThemeMetrics | null, figure: ThemeFigure): string {
	if (!theme) return T.themeNothing;
	const parts: string[] = [];
	if (figure !== 'itemCount') {
		const { status } = theme;
		if (status.source === 'snapshots' && status.total !== null) {
			parts.push(
				status.completed === null
					? plural(T.themeProjects, status.total)
					: plural(T.themeProjectsCompleted, status.total, { completed: status.completed }),
			);
		} else if (status.source === 'measures' && theme.measureCount !== null) {
			parts.push(plural(figure === 'meanProgress' ? T.themeMeasuresNoProgress : T.themeMeasures, theme.measureCount));
		}
	}
	if (figure !== 'meanAttainment' && theme.goalCount !== null) {
		parts.push(
			theme.meanAttainment === null
				? plural(T.themeGoalsNoActual, theme.goalCount)
				: plural(T.themeGoalsAttainment, theme.goalCount, { percent: formatPercent(theme.meanAttainment) }),
		);
	} else if (figure === 'meanAttainment' && theme.goalCount !== null) {
		parts.push(plural(T.themeGoalsNoActual, theme.goalCount));
	}
	if (theme.kpis.length > 0) parts.push(plural(T.themeKpis, theme.kpis.length));
	return parts.length ? parts.join('; ') : T.themeNothing;
}
