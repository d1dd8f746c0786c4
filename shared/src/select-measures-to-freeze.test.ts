import { describe, expect, it } from 'vitest';
import { selectMeasuresToFreeze } from './select-measures-to-freeze';

const seededAt = '2026-01-10T08:00:00.000Z';
const closedAt = '2026-01-10T08:00:05.000Z';

describe('selectMeasuresToFreeze', () => {
	it('freezes every measure, finished ones included, when there is no previous closed report', () => {
		expect(
			selectMeasuresToFreeze(
				[
					{ id: 'a', status: 'in_progress', date_created: seededAt },
					{ id: 'b', status: 'completed', date_created: seededAt },
				],
				null,
			),
		).toEqual(['a', 'b']);
	});

	it('freezes measures running at the previous report, also those finished since, and leaves out those finished then', () => {
		expect(
			selectMeasuresToFreeze(
				[
					{ id: 'running', status: 'in_progress', date_created: seededAt },
					{ id: 'finished-since', status: 'completed', date_created: seededAt },
					{ id: 'finished-then', status: 'completed', date_created: seededAt },
					{ id: 'ended-then', status: 'ended', date_created: seededAt },
				],
				{
					closed_at: closedAt,
					updates: [
						{ measure: 'running', status: 'in_progress' },
						{ measure: 'finished-since', status: 'planned' },
						{ measure: 'finished-then', status: 'completed' },
						{ measure: 'ended-then', status: 'ended' },
					],
				},
			),
		).toEqual(['running', 'finished-since']);
	});

	it('adds measures created after the previous report was closed, even if already completed, and not older ones without an update', () => {
		expect(
			selectMeasuresToFreeze(
				[
					{ id: 'history', status: 'completed', date_created: seededAt },
					{ id: 'new', status: 'planned', date_created: '2026-02-01T10:00:00.000Z' },
					{ id: 'new-done', status: 'completed', date_created: '2026-02-01T10:00:00.000Z' },
				],
				{ closed_at: closedAt, updates: [] },
			),
		).toEqual(['new', 'new-done']);
	});

	it('counts an update without status as running and, without times, a running measure without update as new', () => {
		expect(
			selectMeasuresToFreeze(
				[
					{ id: 'old-row', status: 'completed', date_created: null },
					{ id: 'unknown-age', status: 'planned', date_created: null },
					{ id: 'unknown-age-done', status: 'ended', date_created: null },
				],
				{ closed_at: null, updates: [{ measure: 'old-row', status: null }] },
			),
		).toEqual(['old-row', 'unknown-age']);
	});
});
