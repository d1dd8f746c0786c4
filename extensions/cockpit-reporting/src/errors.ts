/** The endpoint's refusals, with messages a non-developer understands. */
import { createError } from '@directus/errors';

export const NotLoggedIn = createError('UNAUTHORIZED', 'Bitte melden Sie sich an, um Ihre Meldungen zu sehen oder einzureichen.', 401);

/** 403 for a measure of another owner or a person without one; `field` names nothing then. */
export const NotYours = createError<{ message: string }>('FORBIDDEN', ({ message }) => message, 403);

/** 400 for a value the measure would refuse; `field` tells a form where to show the message. */
export const RefusedValue = createError<{ message: string; field: string | null }>('INVALID_PAYLOAD', ({ message }) => message, 400);

export const NotFound = createError<{ message: string }>('NOT_FOUND', ({ message }) => message, 404);
