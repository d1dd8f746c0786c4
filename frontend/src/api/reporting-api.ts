import { customEndpoint } from '@directus/sdk';
import type { MeasureStatus, SubmissionState } from '@cockpit/shared';

/**
 * A submission as `GET /reporting/me` lists it. The values sent with it are optional: where the
 * server includes them, the form shows what was sent instead of the measure's live values.
 */
export interface ReportingSubmission {
	id: string | number;
	state: SubmissionState;
	submitted_at: string | null;
	review_note: string | null;
	status?: MeasureStatus | null;
	progress_current?: number | null;
	progress_text?: string | null;
	next_steps?: string | null;
}

/** One running measure of the caller's owner, with its live values (the last report's state). */
export interface ReportingMeasure {
	id: string | number;
	code: string | null;
	title: string;
	status: MeasureStatus;
	progress_current: number | null;
	progress_target: number | null;
	progress_text: string | null;
	next_steps: string | null;
	overdue: boolean;
	submission: ReportingSubmission | null;
}

/** A draft status report of the owner's district: an open report round. */
export interface ReportingRound {
	report: { id: string | number; title: string; report_date: string | null; due_date: string | null };
	measures: ReportingMeasure[];
}

export interface ReportingMe {
	owner: { id: string | number; name: string; district: string } | null;
	rounds: ReportingRound[];
}

/** What `POST /reporting/submissions` takes. */
export interface SubmissionPayload {
	report: string | number;
	measure: string | number;
	status: MeasureStatus;
	progress_current: number | null;
	progress_text: string | null;
	next_steps: string | null;
}

/** The requests of the reporting endpoint extension; the SDK unwraps `{ data }`. */
export const reportingRequests = {
	me: () => customEndpoint<ReportingMe>({ path: '/reporting/me', method: 'GET' }),
	submit: (payload: SubmissionPayload) => customEndpoint<Partial<ReportingSubmission> | null>({ path: '/reporting/submissions', method: 'POST', body: JSON.stringify(payload) }),
};
