import { describe, expect, it } from 'vitest';
import { summarizeFieldSnapshots } from './summarize-field-snapshots';

describe('summarizeFieldSnapshots', () => {
	it('sums the counts of all project fields and derives the completed share', () => {
		expect(
			summarizeFieldSnapshots([
				{ total_count: 10, completed_count: 4, completing_soon_count: 1, in_progress_count: 3, ongoing_count: 2 },
				{ total_count: 6, completed_count: 2, completing_soon_count: 0, in_progress_count: 2, ongoing_count: 2 },
			]),
		).toEqual({ total: 16, completed: 6, inProgress: 6, ongoing: 4, completedShare: 37.5 });
	});

	it('counts projects finishing soon as in progress', () => {
		expect(
			summarizeFieldSnapshots([
				{ total_count: 5, completed_count: 0, completing_soon_count: 2, in_progress_count: 3, ongoing_count: 0 },
			]),
		).toEqual({ total: 5, completed: 0, inProgress: 5, ongoing: 0, completedShare: 0 });
	});

	it('sums only the stated counts when some fields leave a count open', () => {
		expect(
			summarizeFieldSnapshots([
				{ total_count: 8, completed_count: null, completing_soon_count: null, in_progress_count: 3, ongoing_count: null },
				{ total_count: 4, completed_count: 3, completing_soon_count: 1, in_progress_count: null, ongoing_count: 1 },
			]),
		).toEqual({ total: 12, completed: 3, inProgress: 4, ongoing: 1, completedShare: 25 });
	});

	it('keeps a count null, not 0, when no field states it', () => {
		expect(
			summarizeFieldSnapshots([
				{ total_count: 7, completed_count: null, completing_soon_count: null, in_progress_count: null, ongoing_count: null },
				{ total_count: 3, completed_count: null, completing_soon_count: null, in_progress_count: null, ongoing_count: 0 },
			]),
		).toEqual({ total: 10, completed: null, inProgress: null, ongoing: 0, completedShare: null });
	});

	it('has no completed share when the total is unknown or 0', () => {
		expect([
			summarizeFieldSnapshots([
				{ total_count: null, completed_count: 2, completing_soon_count: null, in_progress_count: null, ongoing_count: null },
			]).completedShare,
			summarizeFieldSnapshots([
				{ total_count: 0, completed_count: 0, completing_soon_count: 0, in_progress_count: 0, ongoing_count: 0 },
			]).completedShare,
		]).toEqual([null, null]);
	});

	it('rounds the completed share to two decimals', () => {
		expect(
			summarizeFieldSnapshots([
				{ total_count: 3, completed_count: 1, completing_soon_count: 0, in_progress_count: 2, ongoing_count: 0 },
			]),
		).toEqual({ total: 3, completed: 1, inProgress: 2, ongoing: 0, completedShare: 33.33 });
	});

	it('is null throughout for no snapshots', () => {
		expect(summarizeFieldSnapshots([])).toEqual({
			total: null,
			completed: null,
			inProgress: null,
			ongoing: null,
			completedShare: null,
		});
	});
});
