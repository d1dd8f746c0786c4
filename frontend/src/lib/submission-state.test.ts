import { describe, expect, it } from 'vitest';
import { describeSubmission } from './submission-state';

const values = { status: 'in_progress', progress_current: 4, progress_text: null, next_steps: null } as const;

describe('describeSubmission', () => {
	const at = '2026-12-01T13:30:00.000Z';

	it('says a measure is not reported yet without a submission', () => {
		expect(describeSubmission(null)).toEqual({ text: 'noch nicht gemeldet', tone: 'open' });
	});

	it('says when a submission was sent, in German date and time', () => {
		expect(describeSubmission({ id: 's1', ...values, state: 'submitted', submitted_at: at, review_note: null }, 'Europe/Berlin')).toEqual({ text: 'eingereicht am 01.12.2026, 14:30 Uhr', tone: 'submitted' });
	});

	it('says a submission was taken over', () => {
		expect(describeSubmission({ id: 's1', ...values, state: 'accepted', submitted_at: at, review_note: null }, 'UTC').text).toBe('übernommen (eingereicht am 01.12.2026, 13:30 Uhr)');
	});

	it('gives the Redaktion\'s note of a returned submission', () => {
		expect(describeSubmission({ id: 's1', ...values, state: 'returned', submitted_at: at, review_note: ' Bitte den Termin nennen. ' })).toEqual({ text: 'zurückgegeben: Bitte den Termin nennen.', tone: 'returned' });
	});
});
