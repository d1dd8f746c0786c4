import { isDistrictId } from './is-district-id';

export const COMPARE_MIN_DISTRICTS = 2;
export const COMPARE_MAX_DISTRICTS = 5;

const ALLOWED = 'Erlaubt sind zwei bis fünf verschiedene Kreiskennungen, durch Kommas getrennt, z. B. districts=friesland,unna.';

export type DistrictListResult = { ids: string[]; error: null } | { ids: null; error: string };

/**
 * Reads the `districts` query parameter of a comparison. The message of a refused list says
 * in German what was wrong and what is allowed, for the person who typed or shared the link.
 */
export function parseDistrictList(raw: unknown): DistrictListResult {
	if (typeof raw !== 'string' || raw.trim() === '') {
		return refuse(`Bitte geben Sie die Kreise an, die verglichen werden sollen. ${ALLOWED}`);
	}
	const ids = raw.split(',').map((id) => id.trim());
	const invalid = ids.find((id) => !isDistrictId(id));
	if (invalid !== undefined) {
		return refuse(
			invalid === ''
				? `Die Liste der Kreise enthält einen leeren Eintrag. ${ALLOWED}`
				: `„${invalid}“ ist keine gültige Kreiskennung: nur Kleinbuchstaben, Ziffern und Bindestriche. ${ALLOWED}`,
		);
	}
	const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
	if (duplicate !== undefined) return refuse(`Der Kreis „${duplicate}“ ist mehrfach angegeben. ${ALLOWED}`);
	if (ids.length < COMPARE_MIN_DISTRICTS) return refuse(`Für einen Vergleich braucht es mindestens zwei Kreise, angegeben ist einer. ${ALLOWED}`);
	if (ids.length > COMPARE_MAX_DISTRICTS) return refuse(`Es lassen sich höchstens fünf Kreise vergleichen, angegeben sind ${ids.length}. ${ALLOWED}`);
	return { ids, error: null };
}

function refuse(error: string): DistrictListResult {
	return { ids: null, error };
}
