import type { ReportingSubmission } from '../api/reporting-api';
import { de } from '../i18n/de';
import { fill, formatDateTime } from './format';

export type SubmissionTone = 'open' | 'submitted' | 'accepted' | 'returned';

/**
 * What became of a measure's report in this round, as its owner reads it: not yet reported,
 * "eingereicht am …", "übernommen" or "zurückgegeben: <Hinweis>".
 */
export function describeSubmission(submission: ReportingSubmission | null, timeZone?: string): { text: string; tone: SubmissionTone } {
	const texts = de.reporting.state;
	if (!submission) return { text: texts.open, tone: 'open' };
	const when = submission.submitted_at ? formatDateTime(submission.submitted_at, timeZone) : null;
	if (submission.state === 'accepted') return { text: when ? fill(texts.acceptedAt, { when }) : texts.accepted, tone: 'accepted' };
	if (submission.state === 'returned') {
		const note = submission.review_note?.trim();
		return { text: note ? fill(texts.returnedWithNote, { note }) : texts.returned, tone: 'returned' };
	}
	return { text: when ? fill(texts.submittedAt, { when }) : texts.submitted, tone: 'submitted' };
}
