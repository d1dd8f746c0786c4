import { describe, expect, it } from 'vitest';
import { compareRow, dashboard, header, status, themeMetrics } from '@cockpit/shared/testing';
import { dashboardToCompareResponse, mergeCompareResponses } from './compare-merge';

const a = 'http://127.0.0.1:8055';
const b = 'http://localhost:8055';

describe('dashboardToCompareResponse', () => {
	it('maps a single district dashboard to the row shape of the compare endpoint', () => {
		const onlineDienste = themeMetrics('online-dienste-ozg', 'Online-Dienste und OZG', { measureCount: 3 });
		const friesland = dashboard({
			status: status({ in_progress: 3 }),
			meanProgress: 40,
			goals: { total: 2, withAttainment: 1, meanAttainment: 50, lights: { green: 0, yellow: 1, red: 0, unknown: 1 } },
			themes: [onlineDienste],
		});
		expect(dashboardToCompareResponse(friesland).districts).toEqual([
			{
				district: friesland.district,
				reports: friesland.reports,
				status: friesland.status,
				meanProgress: 40,
				meanAttainment: 50,
				byTheme: { 'online-dienste-ozg': onlineDienste },
			},
		]);
	});

	it('gives no goal attainment (null, not 0) to a district without annual goals', () => {
		expect(dashboardToCompareResponse(dashboard({ goals: null })).districts[0]!.meanAttainment).toBeNull();
	});
});

describe('mergeCompareResponses', () => {
	it('merges instances in the chosen order, themes in catalogue order, missing themes as null', () => {
		const dms = themeMetrics('e-akte-dms', 'E-Akte und DMS', { measureCount: 2 });
		const schulen = themeMetrics('schulen-bildung', 'Schulen und Bildung', { measureCount: 12 });
		const friesland = compareRow({ district: header({ id: 'friesland' }), byTheme: { 'e-akte-dms': dms } });
		const unna = compareRow({ district: header({ id: 'unna', name: 'Kreis Unna' }), byTheme: { 'schulen-bildung': schulen } });
		const view = mergeCompareResponses(
			[
				{ instance: a, label: 'Lokal', response: { themes: [{ id: 'schulen-bildung', name: 'Schulen und Bildung' }], districts: [unna] } },
				{ instance: b, label: 'Zweite', response: { themes: [{ id: 'e-akte-dms', name: 'E-Akte und DMS' }], districts: [friesland] } },
			],
			[
				{ instance: b, id: 'friesland' },
				{ instance: a, id: 'unna' },
			],
		);
		expect(view).toEqual({
			themes: [
				{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
				{ id: 'schulen-bildung', name: 'Schulen und Bildung' },
			],
			rows: [
				{ ...friesland, byTheme: { 'e-akte-dms': dms, 'schulen-bildung': null }, key: `${b}#friesland`, ref: { instance: b, id: 'friesland' }, instanceLabel: 'Zweite' },
				{ ...unna, byTheme: { 'e-akte-dms': null, 'schulen-bildung': schulen }, key: `${a}#unna`, ref: { instance: a, id: 'unna' }, instanceLabel: 'Lokal' },
			],
		});
	});

	it('leaves out a district its instance did not answer for', () => {
		const view = mergeCompareResponses([{ instance: a, label: 'Lokal', response: { themes: [], districts: [] } }], [{ instance: a, id: 'viersen' }]);
		expect(view.rows).toEqual([]);
	});
});
