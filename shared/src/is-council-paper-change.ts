/** One deliberation of the council paper (Beratungsfolge): the body and the date of its meeting. */
export interface Consultation {
	committee: string;
	/** ISO date of the meeting; null where the document names the body but no date. */
	meeting_date: string | null;
	/** "Kenntnisnahme", "Beschlussfassung"; null where not given. */
	role: string | null;
}

/**
 * The fields of `status_reports` that describe the council paper the report goes out as, not
 * the state it froze: the paper often gets its number and meeting only after the report is
 * closed, so they stay editable then.
 */
export const COUNCIL_PAPER_FIELDS = ['committee', 'meeting_date', 'document_ref', 'document_url', 'consultations'] as const;

/** Whether a change to a status report touches nothing but its council paper's fields. */
export function isCouncilPaperChange(payload: Record<string, unknown>): boolean {
	const keys = Object.keys(payload);
	return keys.length > 0 && keys.every((key) => (COUNCIL_PAPER_FIELDS as readonly string[]).includes(key));
}
