import { FINISHED_STATUSES, type MeasureStatus } from './types';

export interface SubmissionAccessInput {
	/** The owner the calling person reports for (`directus_users.owner`); null when none. */
	callerOwner: string | null;
	measure: { owner: string | null; district: string; status: MeasureStatus | null; code: string | null; title: string };
	report: { district: string; state: string; title: string };
	/** Whether the measure already has a submission in this report (then it stays reportable). */
	submitted: boolean;
}

export interface SubmissionRefusal {
	status: 400 | 403;
	message: string;
}

/**
 * Whether a person may submit the state of a measure in a report, checked on the server for
 * every submission because the unlicensed tier has no row rules ("only my owner's measures").
 *
 * Ownership first: a person without an owner, or a measure of another owner, is a 403. Then the
 * report: it must be a draft of the measure's district (400). A measure completed or ended
 * before this round is no longer reported in it (400), unless it was already submitted here:
 * an owner who reports "umgesetzt" keeps the measure in the round and may correct it.
 */
export function checkSubmissionAccess({ callerOwner, measure, report, submitted }: SubmissionAccessInput): SubmissionRefusal | null {
	const name = measure.code ? `${measure.code} „${measure.title}“` : `„${measure.title}“`;
	if (callerOwner === null) {
		return { status: 403, message: 'Ihrem Konto ist keine verantwortliche Stelle zugeordnet. Bitte wenden Sie sich an die Redaktion.' };
	}
	if (measure.owner !== callerOwner) {
		return { status: 403, message: `Die Maßnahme ${name} gehört nicht zu Ihrer Stelle. Sie können nur Maßnahmen Ihrer eigenen Stelle melden.` };
	}
	if (report.district !== measure.district) {
		return { status: 400, message: `Der Bericht „${report.title}“ gehört zu einem anderen Kreis als die Maßnahme ${name}.` };
	}
	if (report.state !== 'draft') {
		return { status: 400, message: `Der Bericht „${report.title}“ ist abgeschlossen; Meldungen sind nicht mehr möglich.` };
	}
	if (!submitted && measure.status !== null && FINISHED_STATUSES.includes(measure.status)) {
		return { status: 400, message: `Die Maßnahme ${name} ist bereits umgesetzt oder beendet und wird nicht mehr gemeldet.` };
	}
	return null;
}
