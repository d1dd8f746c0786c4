import { customEndpoint } from '@directus/sdk';
import type { MeasureStatus, ReportingMe, ReportingSubmission } from '@cockpit/shared';

// The answer's shapes are fixed once in @cockpit/shared, beside the builder the endpoint uses.
export type { ReportingLastReport, ReportingMe, ReportingMeasure, ReportingRound, ReportingSubmission } from '@cockpit/shared';

/** What `POST /reporting/submissions` takes. A status left empty is sent as null: the server says what is missing. */
export interface SubmissionPayload {
	report: string;
	measure: string;
	status: MeasureStatus | null;
	progress_current: number | null;
	progress_text: string | null;
	next_steps: string | null;
}

/** The requests of the reporting endpoint extension; the SDK unwraps `{ data }`. */
export const reportingRequests = {
	me: () => customEndpoint<ReportingMe>({ path: '/reporting/me', method: 'GET' }),
	/** Answers the stored submission. */
	submit: (payload: SubmissionPayload) => customEndpoint<ReportingSubmission>({ path: '/reporting/submissions', method: 'POST', body: JSON.stringify(payload) }),
};
