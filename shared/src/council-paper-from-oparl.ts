import type { Consultation } from './is-council-paper-change';

/** One consultation of a paper as the OParl server describes it, its meeting and organisation read. */
export interface OparlConsultationFacts {
	/** The organisation's name (Organization.name), e.g. "Kreisausschuss". */
	committee: string | null;
	/** Meeting.start, e.g. "2022-11-07T15:00:00+01:00". */
	meetingStart: string | null;
	role: string | null;
	authoritative: boolean;
}

export interface OparlPaperFacts {
	reference: string | null;
	/** Paper.date, "YYYY-MM-DD". */
	date: string | null;
	consultations: OparlConsultationFacts[];
}

export interface CouncilPaperValues {
	document_ref: string | null;
	paper_date: string | null;
	committee: string | null;
	meeting_date: string | null;
	consultations: Consultation[];
}

const isoDate = (value: string | null) => (value !== null && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/**
 * The status report's council paper fields from an OParl Paper: its reference and date, the
 * Beratungsfolge in meeting order, and as committee and meeting the consultation that decides
 * (`authoritative`), else the last one with a date, since the report goes up to the body that
 * deliberates last. The meeting date is the date as the server writes it, in the meeting's own
 * time zone. Consultations without an organisation name are left out.
 */
export function councilPaperFromOparl(paper: OparlPaperFacts): CouncilPaperValues {
	const consultations = paper.consultations
		.filter((c): c is OparlConsultationFacts & { committee: string } => c.committee !== null && c.committee.trim() !== '')
		.map((c) => ({ committee: c.committee.trim(), meeting_date: isoDate(c.meetingStart), role: c.role, authoritative: c.authoritative }))
		.sort((a, b) => (a.meeting_date ?? '9999').localeCompare(b.meeting_date ?? '9999'));
	const dated = consultations.filter((c) => c.meeting_date !== null);
	const main = consultations.filter((c) => c.authoritative).at(-1) ?? dated.at(-1) ?? consultations.at(-1) ?? null;
	return {
		document_ref: paper.reference?.trim() || null,
		paper_date: isoDate(paper.date),
		committee: main?.committee ?? null,
		meeting_date: main?.meeting_date ?? null,
		consultations: consultations.map(({ committee, meeting_date, role }) => ({ committee, meeting_date, role })),
	};
}
