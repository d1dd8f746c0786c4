/** The days before a Meldeschluss on which reminders go out when COCKPIT_REMINDER_DAYS is not set. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 1, 0];

/**
 * COCKPIT_REMINDER_DAYS ("7,1,0": days before the Meldeschluss) as numbers, largest first.
 * Unset or empty gives the default; anything that is not a list of whole numbers from 0 to 365
 * is an error with a German message, so a typo stops the start instead of silently sending nothing.
 */
export function parseReminderDays(value: string | undefined | null): { days: number[]; error: null } | { days: null; error: string } {
	const text = String(value ?? '').trim();
	if (text === '') return { days: [...DEFAULT_REMINDER_DAYS], error: null };
	const parts = text.split(',').map((part) => part.trim());
	if (parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 365)) {
		return { days: null, error: `COCKPIT_REMINDER_DAYS muss eine Liste ganzer Tage zwischen 0 und 365 sein, z. B. „7,1,0“; angegeben ist „${text}“.` };
	}
	return { days: [...new Set(parts.map(Number))].sort((a, b) => b - a), error: null };
}
