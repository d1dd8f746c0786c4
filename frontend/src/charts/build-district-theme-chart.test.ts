import type { StatusMetrics, ThemeMetrics } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { buildDistrictThemeChart, districtThemeBars } from './build-district-theme-chart';

const none: StatusMetrics = { total: null, byStatus: null, unspecified: null, completed: null, inProgress: null, completedShare: null, source: null };
const theme = (name: string, overrides: Partial<ThemeMetrics>): ThemeMetrics => ({
	theme: { id: name, name },
	measureCount: null,
	status: none,
	meanProgress: null,
	progressCoverage: { withValue: 0, total: 0 },
	meanScore: null,
	goalCount: null,
	meanAttainment: null,
	kpis: [],
	...overrides,
});
const counted = (total: number, source: 'measures' | 'snapshots'): StatusMetrics => ({ ...none, total, source });

describe('districtThemeBars', () => {
	it('counts measures per theme and leaves out themes without any', () => {
		expect(
			districtThemeBars({
				status: counted(5, 'measures'),
				themes: [theme('E-Akte und DMS', { status: counted(3, 'measures') }), theme('Infrastruktur', { status: counted(2, 'measures') }), theme('Organisation', { goalCount: 1 })],
			}),
		).toEqual({ series: 'Maßnahmen', bars: [{ theme: 'E-Akte und DMS', value: 3 }, { theme: 'Infrastruktur', value: 2 }] });
	});

	it('counts projects where the district counts per project field', () => {
		expect(districtThemeBars({ status: counted(25, 'snapshots'), themes: [theme('Online-Dienste und OZG', { status: counted(25, 'snapshots') })] })).toEqual({
			series: 'Projekte (Zählung je Projektfeld)',
			bars: [{ theme: 'Online-Dienste und OZG', value: 25 }],
		});
	});

	it('counts annual goals where the district reports only those, and gives null with nothing to count', () => {
		expect([districtThemeBars({ status: none, themes: [theme('Mobiles Arbeiten', { goalCount: 4 })] }), districtThemeBars({ status: none, themes: [theme('Mobiles Arbeiten', {})] })]).toEqual([
			{ series: 'Jahresziele', bars: [{ theme: 'Mobiles Arbeiten', value: 4 }] },
			null,
		]);
	});
});

describe('buildDistrictThemeChart', () => {
	it('draws the largest first and labels every bar with its value', () => {
		const options = buildDistrictThemeChart({ series: 'Maßnahmen', bars: [{ theme: 'B', value: 2 }, { theme: 'A', value: 7 }] });
		const formatter = options.dataLabels?.formatter as (value: number) => string;
		expect({ categories: options.xaxis?.categories, series: options.series, enabled: options.dataLabels?.enabled, label: formatter(7) }).toEqual({
			categories: ['A', 'B'],
			series: [{ name: 'Maßnahmen', data: [7, 2] }],
			enabled: true,
			label: '7',
		});
	});
});
