import { describe, expect, it } from 'vitest';
import { measure } from '@cockpit/shared/testing';
import { buildProgressChart, measureLabel } from './build-progress-chart';

describe('buildProgressChart', () => {
	it('draws "Fortschritt" against "Abschluss bei" per measure in document order, measure 7 as 3 of 8', () => {
		const options = buildProgressChart([
			measure({ code: '7', title: 'OZG-Dienstleistungen erfassen', progress_current: 3, progress_target: 8 }),
			measure({ code: '1', title: 'Elektronische Verwaltungsorganisation', progress_current: 9, progress_target: 10 }),
		])!;
		expect({ series: options.series, categories: options.xaxis?.categories, max: options.xaxis?.max }).toEqual({
			series: [
				{ name: 'Fortschritt', data: [9, 3] },
				{ name: 'Abschluss bei', data: [10, 8] },
			],
			categories: ['1. Elektronische Verwaltungsorganisation', '7. OZG-Dienstleistungen erfassen'],
			max: 10,
		});
	});

	it('leaves measures without an estimate out instead of drawing them at 0', () => {
		const options = buildProgressChart([measure({ code: '9', progress_current: null, progress_target: null }), measure({ code: '12', title: 'IT-Sicherheit', progress_current: 0, progress_target: 10 })])!;
		expect(options.series).toEqual([
			{ name: 'Fortschritt', data: [0] },
			{ name: 'Abschluss bei', data: [10] },
		]);
	});

	it('draws nothing when no measure has an estimate', () => {
		expect(buildProgressChart([measure({ progress_current: 5, progress_target: null })])).toBeNull();
	});

	it('shortens long titles for the axis', () => {
		expect(measureLabel({ code: '4', title: 'Interkommunaler Arbeitskreis „Digitalisierung“ (Shared Services)' }, 30)).toBe('4. Interkommunaler Arbeitskreis…');
	});
});
