import { describe, expect, it } from 'vitest';
import { hasChangedSinceReport } from './has-changed-since-report';

const live = { status: 'in_progress' as const, progress_current: 4, progress_target: 10, priority_class: '2' as const, progress_text: 'läuft', next_steps: null };
const frozen = { status: 'in_progress' as const, progress_value: 4, progress_target: 10, priority_class: '2' as const, progress_text: 'läuft', next_steps: null };

describe('hasChangedSinceReport', () => {
	it('counts a measure without an update in the last closed report as changed', () => {
		expect(hasChangedSinceReport(live, null)).toBe(true);
	});

	it('sees no change when every frozen value is the same, empty text being no text', () => {
		expect(hasChangedSinceReport({ ...live, next_steps: '  ' }, frozen)).toBe(false);
	});

	it('sees a change in progress, status or text', () => {
		expect([
			hasChangedSinceReport({ ...live, progress_current: 5 }, frozen),
			hasChangedSinceReport({ ...live, status: 'completed' }, frozen),
			hasChangedSinceReport({ ...live, next_steps: 'Pilot' }, frozen),
		]).toEqual([true, true, true]);
	});
});
