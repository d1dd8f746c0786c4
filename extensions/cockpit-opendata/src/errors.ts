/** The open-data endpoint's refusals, in German. */
import { createError } from '@directus/errors';

export const FileNotFound = createError<{ file: string }>(
	'ROUTE_NOT_FOUND',
	({ file }) => `Die Datei „${file}“ gibt es nicht. Angeboten werden: massnahmen, jahresziele, jahresziel-kosten, kennzahlen, handlungsfelder, projektfeld-staende und massnahmen-nachfolge, jeweils als .csv oder .json.`,
	404,
);

export const AdminOnly = createError('FORBIDDEN', 'Nur die Administration kann eine Ernte starten.', 403);
