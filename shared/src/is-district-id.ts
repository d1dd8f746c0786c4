/**
 * Whether a text can be a district id: a slug of lowercase letters, digits and single
 * hyphens ("rendsburg-eckernfoerde"), at most 64 characters as the key column allows.
 */
export function isDistrictId(value: string): boolean {
	return value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
