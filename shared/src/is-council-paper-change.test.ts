import { describe, expect, it } from 'vitest';
import { isCouncilPaperChange } from './is-council-paper-change';

describe('isCouncilPaperChange', () => {
	it('is true for the paper number, committee, meeting, address and deliberations alone', () => {
		expect(isCouncilPaperChange({ document_ref: '168/22', committee: 'Kreistag', meeting_date: '2022-11-08', document_url: 'https://ris.example/paper/1', consultations: [] })).toBe(true);
	});

	it('is false as soon as anything the report froze or states is in the change', () => {
		expect([isCouncilPaperChange({ document_ref: '168/22', title: 'Neu' }), isCouncilPaperChange({ state: 'draft' }), isCouncilPaperChange({})]).toEqual([false, false, false]);
	});
});
