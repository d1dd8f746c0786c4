import { describe, expect, it } from 'vitest';
import { sortMeasuresByRank } from './sort-measures-by-rank';

describe('sortMeasuresByRank', () => {
	it('puts the best rank first, shared ranks by number, and unranked measures last', () => {
		expect(
			sortMeasuresByRank([
				{ priority_rank: null, code: '1', title: 'Rückmeldungen' },
				{ priority_rank: 2, code: '46', title: 'Hardware' },
				{ priority_rank: 1, code: '44', title: 'Work Space' },
				{ priority_rank: 2, code: '12', title: 'Schulungen' },
			]).map((m) => m.code),
		).toEqual(['44', '12', '46', '1']);
	});

	it('orders unranked measures by their number in natural order, then by title, with no number last', () => {
		expect(
			sortMeasuresByRank([
				{ priority_rank: null, code: '10', title: 'Datenanalyse' },
				{ priority_rank: null, code: null, title: 'Service-Portal' },
				{ priority_rank: null, code: '4', title: 'Online-Verwaltungsportal' },
				{ priority_rank: null, code: '2', title: 'DMS' },
				{ priority_rank: null, code: '4', title: 'Arbeitskreis' },
			]).map((m) => `${m.code} ${m.title}`),
		).toEqual(['2 DMS', '4 Arbeitskreis', '4 Online-Verwaltungsportal', '10 Datenanalyse', 'null Service-Portal']);
	});
});
