/** The endpoint's refusals, with messages a non-developer understands. */
import { createError } from '@directus/errors';
import { describeProblem, type Problem } from './format/model';

/** One problem of a workbook; the answer lists one such error per problem. */
export const WorkbookProblem = createError<{ sheet: string; row: number | null; column: string | null; text: string }>(
	'INVALID_PAYLOAD',
	({ sheet, row, column, text }) => describeProblem({ sheet, row, column, message: text }),
	400,
);

export const DistrictNotFound = createError<{ id: string }>('DISTRICT_NOT_FOUND', ({ id }) => `Der Kreis „${id}“ wurde nicht gefunden.`, 404);

export const EditorsOnly = createError(
	'FORBIDDEN',
	'Import und Export sind der Redaktion und der Administration vorbehalten. Bitte melden Sie sich mit einem Redaktionskonto an.',
	403,
);

export const EmptyUpload = createError(
	'INVALID_PAYLOAD',
	'Es wurde keine Datei übertragen. Bitte die Arbeitsmappe (.xlsx) als Inhalt der Anfrage oder als Datei eines Formulars senden.',
	400,
);

export const TooLarge = createError<{ limit: number }>(
	'CONTENT_TOO_LARGE',
	({ limit }) => `Die Datei ist größer als ${limit} MB; mehr nimmt der Import nicht an. Die Arbeitsmappe eines Kreises mit 500 Maßnahmen hat etwa 100 KB: bitte Bilder und nicht benötigte Blätter entfernen.`,
	413,
);

export const UnsupportedType = createError<{ type: string }>(
	'UNSUPPORTED_MEDIA_TYPE',
	({ type }) =>
		`Der Import nimmt nur eine Excel-Arbeitsmappe (.xlsx) an: als Inhalt der Anfrage mit dem Typ „application/vnd.openxmlformats-officedocument.spreadsheetml.sheet“ oder als Datei eines Formulars („multipart/form-data“). Gesendet wurde ${type ? `„${type}“` : 'kein Inhaltstyp'}.`,
	415,
);

export const ImportRunning = createError(
	'IMPORT_RUNNING',
	'Für Ihr Konto läuft gerade schon ein Import oder eine Vorschau. Bitte warten Sie, bis er abgeschlossen ist, und senden Sie die Arbeitsmappe dann erneut.',
	429,
);

const MAX_LISTED = 200;

/** Every problem as its own error entry, so a client can show them as a list. */
export function problemErrors(problems: Problem[]): InstanceType<typeof WorkbookProblem>[] {
	const unique = [...new Map(problems.map((p) => [describeProblem(p), p])).values()];
	const listed = unique.slice(0, MAX_LISTED).map((p) => new WorkbookProblem({ sheet: p.sheet, row: p.row, column: p.column, text: p.message }));
	if (unique.length > MAX_LISTED) {
		listed.push(new WorkbookProblem({ sheet: '(Datei)', row: null, column: null, text: `… und ${unique.length - MAX_LISTED} weitere Probleme. Bitte die genannten beheben und erneut hochladen.` }));
	}
	return listed;
}
