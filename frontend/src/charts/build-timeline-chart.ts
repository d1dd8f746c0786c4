import { statusLabel } from '../lib/format';
import { STATUS_KEYS, type StatusKey } from './status-counts';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { formatDate } from '../lib/format';
import type { TimelineGroup, TimelineItem, TimelineModel } from '../lib/timeline';
import { CATEGORY_LABELS, STATUS_COLORS, TEXT } from './palette';

const DAY = 86_400_000;
/** Red of the overdue stretch; 5.9:1 on white, and unlike any status colour in hue and position. */
export const OVERDUE_COLOR = '#dc2626';

/** Width of the measure labels, px; long titles are shortened by ApexCharts (the table has them in full). */
export const TIMELINE_LABEL_WIDTH = 260;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** "26 Digitale Schulwegeermittlung": the row of a measure, numbered as in the document. */
export function timelineRowLabel(item: Pick<TimelineItem, 'code' | 'title'>): string {
	return item.code ? `${item.code} ${item.title}` : item.title;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One field's measures on the shared time axis: a bar per measure in its status colour (a dated
 * one a short block ending on its date, a period or horizon across it), the stretch from a
 * missed date to today in red, and today as a line. Null when the group has nothing to draw.
 */
export function buildTimelineChart(group: TimelineGroup, range: NonNullable<TimelineModel['range']>, today: string): ApexOptions | null {
	if (group.items.length === 0) return null;
	const min = time(range.start);
	const max = time(range.end) + DAY;
	// A dated measure has no start in the documents; its block is wide enough to see and to point at.
	const block = Math.max(31 * DAY, (max - min) / 70);
	const bar = (item: TimelineItem): [number, number] => (item.placement === 'date' ? [time(item.end) + DAY - block, time(item.end) + DAY] : [time(item.start), time(item.end) + DAY]);

	const keyOf = (item: TimelineItem): StatusKey => item.status ?? 'unspecified';
	const statuses = STATUS_KEYS.filter((status) => group.items.some((item) => keyOf(item) === status));
	const overdue = group.items.filter((item) => item.overdue);
	const series = statuses.map((status) => ({
		name: statusLabel(status === 'unspecified' ? null : status),
		data: group.items.filter((item) => keyOf(item) === status).map((item) => ({ x: timelineRowLabel(item), y: bar(item) })),
	}));
	if (overdue.length > 0) {
		series.push({
			name: de.timeline.overdueSeries,
			data: overdue.map((item) => ({ x: timelineRowLabel(item), y: [time(item.end) + DAY, time(today) + DAY] as [number, number] })),
		});
	}
	const colors = [...statuses.map((status) => STATUS_COLORS[status]), ...(overdue.length > 0 ? [OVERDUE_COLOR] : [])];
	const byRow = new Map(group.items.map((item) => [timelineRowLabel(item), item]));
	const padding = (max - min) * 0.02;

	return {
		chart: { type: 'rangeBar', height: 90 + group.items.length * 34 },
		series,
		colors,
		plotOptions: { bar: { horizontal: true, rangeBarGroupRows: true, barHeight: '60%' } },
		xaxis: {
			type: 'datetime',
			min: min - padding,
			max: max + padding,
			labels: { datetimeUTC: true, style: { colors: TEXT, fontSize: '12px' } },
		},
		// One label width for every field's chart, so their time axes line up beneath each other.
		yaxis: { labels: { ...CATEGORY_LABELS, minWidth: TIMELINE_LABEL_WIDTH, maxWidth: TIMELINE_LABEL_WIDTH } },
		// On a phone the labels give way to the time axis; the table below the chart has the full titles.
		responsive: [{ breakpoint: 640, options: { yaxis: { labels: { ...CATEGORY_LABELS, style: { ...CATEGORY_LABELS.style, fontSize: '11px' }, minWidth: 110, maxWidth: 110 } } } }],
		dataLabels: { enabled: false },
		legend: { position: 'top', horizontalAlign: 'left', showForSingleSeries: true },
		annotations: {
			xaxis: [
				{
					x: time(today) + DAY / 2,
					borderColor: TEXT,
					strokeDashArray: 0,
					borderWidth: 2,
					label: { text: de.timeline.today, orientation: 'horizontal', borderColor: TEXT, style: { background: TEXT, color: '#fff', fontSize: '12px' } },
				},
			],
		},
		tooltip: {
			custom: ({ seriesIndex, dataPointIndex }: { seriesIndex: number; dataPointIndex: number }) => {
				const row = series[seriesIndex]?.data[dataPointIndex]?.x ?? '';
				const item = byRow.get(row);
				if (!item) return '';
				const when = item.placement === 'date' ? formatDate(item.end) : item.label;
				const late = item.overdue ? `<br>${escapeHtml(de.timeline.overdueSince.replace('{date}', formatDate(item.end)))}` : '';
				return `<div class="timeline-tip"><strong>${escapeHtml(row)}</strong><br>${escapeHtml(statusLabel(item.status))} · ${escapeHtml(placementText(item, when))}${late}</div>`;
			},
		},
	};
}

/** How the document dates the measure, in words: "geplant bis 30.06.2018", "im Zeitraum 2018". */
export function placementText(item: TimelineItem, when: string = item.placement === 'date' ? formatDate(item.end) : item.label): string {
	const template = item.placement === 'date' ? de.timeline.plannedUntil : item.placement === 'period' ? de.timeline.plannedPeriod : de.timeline.plannedHorizon;
	return template.replace('{when}', when);
}
