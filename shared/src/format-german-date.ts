/** An ISO date (YYYY-MM-DD or a full timestamp, as written) as "07.11.2022"; other text stays as it is. */
export function formatGermanDate(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
	return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}
