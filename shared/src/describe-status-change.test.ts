import { describe, expect, it } from 'vitest';
import { describeStatusChange } from './describe-status-change';

describe('describeStatusChange', () => {
	it('names a step forward from one status to the other', () => {
		expect(describeStatusChange('planned', 'in_progress')).toBe('von Geplant auf In Umsetzung');
	});

	it('names a step back as such', () => {
		expect(describeStatusChange('in_progress', 'planned')).toBe('von In Umsetzung zurück auf Geplant');
	});

	it('names reopening a completed measure as a step back', () => {
		expect(describeStatusChange('completed', 'in_progress')).toBe('von Umgesetzt zurück auf In Umsetzung');
	});

	it('does not call a move between two ends a step back', () => {
		expect(describeStatusChange('completed', 'ongoing')).toBe('von Umgesetzt auf Daueraufgabe');
	});

	it('says nothing when the status stayed or one side is unknown', () => {
		expect([describeStatusChange('planned', 'planned'), describeStatusChange(null, 'planned'), describeStatusChange('planned', null)]).toEqual([null, null, null]);
	});
});
