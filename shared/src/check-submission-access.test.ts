import { describe, expect, it } from 'vitest';
import { checkSubmissionAccess, type SubmissionAccessInput } from './check-submission-access';

const input: SubmissionAccessInput = {
	callerOwner: 'iuk',
	measure: { owner: 'iuk', district: 'viersen', status: 'in_progress', code: '44', title: 'Technische Ausstattung' },
	report: { district: 'viersen', state: 'draft', title: 'Sachstand 2025' },
	submitted: false,
};

describe('checkSubmissionAccess', () => {
	it('lets a person submit a running measure of their own owner in a draft report', () => {
		expect(checkSubmissionAccess(input)).toBeNull();
	});

	it('refuses a person without an owner with 403', () => {
		expect(checkSubmissionAccess({ ...input, callerOwner: null })).toEqual({
			status: 403,
			message: 'Ihrem Konto ist keine verantwortliche Stelle zugeordnet. Bitte wenden Sie sich an die Redaktion.',
		});
	});

	it('refuses a measure of another owner, or of no owner, with 403', () => {
		const message = 'Die Maßnahme 44 „Technische Ausstattung“ gehört nicht zu Ihrer Stelle. Sie können nur Maßnahmen Ihrer eigenen Stelle melden.';
		expect([
			checkSubmissionAccess({ ...input, measure: { ...input.measure, owner: 'zentrale-dienste' } }),
			checkSubmissionAccess({ ...input, measure: { ...input.measure, owner: null } }),
		]).toEqual([
			{ status: 403, message },
			{ status: 403, message },
		]);
	});

	it('checks ownership before the report, so a foreign measure is never told apart by its report', () => {
		expect(checkSubmissionAccess({ ...input, measure: { ...input.measure, owner: 'other' }, report: { ...input.report, state: 'closed' } })?.status).toBe(403);
	});

	it('refuses a closed report with 400', () => {
		expect(checkSubmissionAccess({ ...input, report: { ...input.report, state: 'closed' } })).toEqual({
			status: 400,
			message: 'Der Bericht „Sachstand 2025“ ist abgeschlossen; Meldungen sind nicht mehr möglich.',
		});
	});

	it('refuses a report of another district with 400', () => {
		expect(checkSubmissionAccess({ ...input, report: { ...input.report, district: 'unna' } })).toEqual({
			status: 400,
			message: 'Der Bericht „Sachstand 2025“ gehört zu einem anderen Kreis als die Maßnahme 44 „Technische Ausstattung“.',
		});
	});

	it('refuses a finished measure unless it was already submitted in this report', () => {
		const finished = { ...input, measure: { ...input.measure, status: 'completed' as const } };
		expect([checkSubmissionAccess(finished), checkSubmissionAccess({ ...finished, submitted: true })]).toEqual([
			{ status: 400, message: 'Die Maßnahme 44 „Technische Ausstattung“ ist bereits umgesetzt oder beendet und wird nicht mehr gemeldet.' },
			null,
		]);
	});
});
