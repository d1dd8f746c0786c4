import { describe, expect, it } from 'vitest';
import { isMeasureOverdue } from './is-measure-overdue';

describe('isMeasureOverdue', () => {
	it('is overdue when the planned date has passed and the measure still runs', () => {
		expect(isMeasureOverdue({ planned_date: '2024-06-30', status: 'in_progress' }, '2024-07-01')).toBe(true);
	});

	it('is not overdue on the planned day itself', () => {
		expect(isMeasureOverdue({ planned_date: '2024-06-30', status: 'planned' }, '2024-06-30')).toBe(false);
	});

	it('is never overdue when completed or ended', () => {
		expect([
			isMeasureOverdue({ planned_date: '2020-01-01', status: 'completed' }, '2024-07-01'),
			isMeasureOverdue({ planned_date: '2020-01-01', status: 'ended' }, '2024-07-01'),
		]).toEqual([false, false]);
	});

	it('counts every other status, an ongoing task included, as running', () => {
		const statuses = ['idea', 'planned', 'in_progress', 'ongoing', null] as const;
		expect(statuses.map((status) => isMeasureOverdue({ planned_date: '2020-01-01', status }, '2024-07-01'))).toEqual([true, true, true, true, true]);
	});

	it('is not overdue without a planned date', () => {
		expect(isMeasureOverdue({ planned_date: null, status: 'in_progress' }, '2024-07-01')).toBe(false);
	});

	it('compares the day only when either side carries a time', () => {
		expect([
			isMeasureOverdue({ planned_date: '2024-06-30T00:00:00', status: 'planned' }, '2024-06-30T12:00:00.000Z'),
			isMeasureOverdue({ planned_date: '2024-06-29T23:00:00', status: 'planned' }, '2024-06-30T00:10:00.000Z'),
		]).toEqual([false, true]);
	});
});
