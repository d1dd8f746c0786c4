import { describe, expect, it } from 'vitest';
import type { TimelineGroup } from '../lib/timeline';
import { buildTimelineChart, OVERDUE_COLOR, placementText } from './build-timeline-chart';
import { STATUS_COLORS } from './palette';

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const group: TimelineGroup = {
	field: { id: 'f31', code: '3.1', title: 'Online-Services' },
	items: [
		{ id: 'm26', code: '26', title: 'Schulwege', status: 'planned', overdue: true, placement: 'date', start: '2018-08-01', end: '2018-08-01', label: '01.08.2018' },
		{ id: 'm30', code: '30', title: 'beBPo', status: 'completed', overdue: false, placement: 'date', start: '2018-01-01', end: '2018-01-01', label: '01.01.2018' },
		{ id: 'm1', code: '1', title: 'Bauleitplanung', status: 'planned', overdue: false, placement: 'period', start: '2018-01-01', end: '2018-12-31', label: '2018' },
	],
	undated: [],
};
const range = { start: '2018-01-01', end: '2026-12-01' };

describe('buildTimelineChart', () => {
	it('draws a bar per measure in its status colour, the missed stretch up to today in red, and today as a line', () => {
		const options = buildTimelineChart(group, range, '2026-12-01')!;
		const block = (t('2026-12-01') + DAY - t('2018-01-01')) / 70;
		expect({ series: options.series, colors: options.colors, today: options.annotations?.xaxis?.[0]?.x, type: options.chart?.type }).toEqual({
			series: [
				{
					name: 'Geplant',
					data: [
						{ x: '26 Schulwege', y: [t('2018-08-02') - block, t('2018-08-02')] },
						{ x: '1 Bauleitplanung', y: [t('2018-01-01'), t('2019-01-01')] },
					],
				},
				{ name: 'Umgesetzt', data: [{ x: '30 beBPo', y: [t('2018-01-02') - block, t('2018-01-02')] }] },
				{ name: 'Überfällig (Termin verstrichen)', data: [{ x: '26 Schulwege', y: [t('2018-08-02'), t('2026-12-02')] }] },
			],
			colors: [STATUS_COLORS.planned, STATUS_COLORS.completed, OVERDUE_COLOR],
			today: t('2026-12-01') + DAY / 2,
			type: 'rangeBar',
		});
	});

	it('draws nothing for a group without dated measures', () => {
		expect(buildTimelineChart({ ...group, items: [] }, range, '2026-12-01')).toBeNull();
	});
});

describe('placementText', () => {
	it('says how the document dates the measure', () => {
		expect(group.items.map((item) => placementText(item))).toEqual(['geplant bis 01.08.2018', 'geplant bis 01.01.2018', 'geplant im Zeitraum 2018']);
	});
});
