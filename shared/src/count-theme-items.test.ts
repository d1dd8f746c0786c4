import { describe, expect, it } from 'vitest';
import { countThemeItems } from './count-theme-items';
import { noStatus, status } from './testing';

const snapshotStatus = { ...noStatus(), total: 25, completed: 15, inProgress: 5, completedShare: 60, source: 'snapshots' as const };

describe('countThemeItems', () => {
	it('counts the measures on a theme for a district that lists measures, and 0 where it has none', () => {
		expect([countThemeItems(status({ planned: 3 }), { status: status({ planned: 2, completed: 1 }) }), countThemeItems(status({ planned: 3 }), null)]).toEqual([3, 0]);
	});

	it('counts the projects of a district that tallies project fields, leaving out the measures it lists besides', () => {
		expect([
			countThemeItems(snapshotStatus, { status: snapshotStatus }),
			countThemeItems(snapshotStatus, { status: status({ planned: 1 }) }),
			countThemeItems(snapshotStatus, null),
		]).toEqual([25, 0, 0]);
	});

	it('gives a theme that carries only goals or KPIs 0 for a counting district', () => {
		expect(countThemeItems(status({ idea: 4 }), { status: noStatus() })).toBe(0);
	});

	it('knows nothing for a district that counts nothing, rather than 0', () => {
		expect([countThemeItems(noStatus(), null), countThemeItems(noStatus(), { status: noStatus() })]).toEqual([null, null]);
	});
});
