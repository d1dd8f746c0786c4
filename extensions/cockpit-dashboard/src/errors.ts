/** The endpoint's refusals, with messages a non-developer understands. */
import { createError } from '@directus/errors';

export const InvalidDistrictList = createError<{ message: string }>('INVALID_QUERY', ({ message }) => message, 400);

export const InvalidCardQuery = createError<{ message: string }>('INVALID_QUERY', ({ message }) => message, 400);

/** An unpublished district is reported exactly like an unknown one, so its existence stays private. */
export const DistrictNotFound = createError<{ ids: string[] }>(
	'DISTRICT_NOT_FOUND',
	({ ids }) =>
		ids.length === 1
			? `Der Kreis „${ids[0]}“ wurde nicht gefunden.`
			: `Die Kreise ${ids.map((id) => `„${id}“`).join(', ')} wurden nicht gefunden.`,
	404,
);

export const NoDistrictAccess = createError(
	'FORBIDDEN',
	'Ihr Konto darf die Kreise nicht lesen. Bitte wenden Sie sich an die Administration, wenn Sie die Dashboards sehen sollen.',
	403,
);
