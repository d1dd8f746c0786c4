/**
 * Who sees which districts. A logged-in user who may read `districts` (Leitung, Redaktion,
 * the administrator) sees all of them; without a login only published districts are visible.
 * The unlicensed Directus tier allows no row filters in permissions, so the published rule is
 * applied here rather than in a public policy.
 */
import { isDirectusError } from '@directus/errors';
import type { DistrictRow } from '@cockpit/shared';
import { NoDistrictAccess } from './errors';

export type Visibility = 'all' | 'published';

/**
 * `readOneDistrict` reads one district with the caller's own permissions: Directus decides
 * through the user's roles and policies, so the endpoint keeps no second list of roles.
 */
export async function visibilityFor(
	caller: { user?: string | null; admin?: boolean } | null | undefined,
	readOneDistrict: () => Promise<unknown>,
): Promise<Visibility> {
	if (!caller?.user) return 'published';
	if (caller.admin) return 'all';
	try {
		await readOneDistrict();
	} catch (error) {
		if (isDirectusError(error, 'FORBIDDEN')) throw new NoDistrictAccess();
		throw error;
	}
	return 'all';
}

export function isVisible(district: DistrictRow, visibility: Visibility): boolean {
	return visibility === 'all' || district.published;
}
