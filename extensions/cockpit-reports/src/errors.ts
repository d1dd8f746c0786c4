/** The endpoint's refusals, with messages a non-developer understands. */
import { createError } from '@directus/errors';

/** A draft, an unpublished district's report and an unknown id read alike to a visitor, so none of them is revealed. */
export const ReportNotFound = createError('REPORT_NOT_FOUND', 'Dieser Sachstandsbericht wurde nicht gefunden.', 404);

export const OparlNotAllowed = createError(
	'FORBIDDEN',
	'Angaben aus dem Ratsinformationssystem übernehmen dürfen nur Redaktion und Administration im Studio.',
	403,
);

export const OparlFailed = createError<{ message: string }>('INVALID_PAYLOAD', ({ message }) => `Aus dem Ratsinformationssystem wurde nichts übernommen: ${message}`, 400);
