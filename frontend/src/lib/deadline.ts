import { de } from '../i18n/de';
import { fill, formatDate } from './format';

/** How close a report round's Meldeschluss is: none set, open, within three days, today, or passed. */
export type DeadlineTone = 'none' | 'open' | 'soon' | 'today' | 'passed';

export interface Deadline {
	/** "15.12.2026", or null without a Meldeschluss. */
	date: string | null;
	/** "noch 14 Tage", "heute", "überschritten seit 2 Tagen". */
	remaining: string | null;
	tone: DeadlineTone;
}

const DAY = 86_400_000;
const dayNumber = (isoDate: string) => Math.round(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY);

/** The calendar day of a moment in the reader's time zone as YYYY-MM-DD. */
export function localIsoDate(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * The Meldeschluss in calendar days from `today` (both YYYY-MM-DD): the deadline day itself still
 * counts as open ("heute"), the day after it is passed.
 */
export function describeDeadline(dueDate: string | null, today: string): Deadline {
	if (!dueDate || !/^\d{4}-\d{2}-\d{2}/.test(dueDate)) return { date: null, remaining: null, tone: 'none' };
	const days = dayNumber(dueDate) - dayNumber(today);
	const texts = de.reporting.deadline;
	const date = formatDate(dueDate);
	if (days === 0) return { date, remaining: texts.today, tone: 'today' };
	if (days === 1) return { date, remaining: texts.tomorrow, tone: 'soon' };
	if (days > 1) return { date, remaining: fill(texts.daysLeft, { days }), tone: days <= 3 ? 'soon' : 'open' };
	return { date, remaining: days === -1 ? texts.passedYesterday : fill(texts.passedSince, { days: -days }), tone: 'passed' };
}
