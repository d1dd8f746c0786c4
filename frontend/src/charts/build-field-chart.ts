import type { ActionFieldView } from '@cockpit/shared';
import type { ApexOptions } from 'apexcharts';
import { de } from '../i18n/de';
import { compareCodes, formatNumber } from '../lib/format';
import { CATEGORY_LABELS, NARROW_CATEGORY_LABELS, STATUS_COLORS } from './palette';

type Snapshot = NonNullable<ActionFieldView['snapshot']>;
type CountKey = 'completed_count' | 'completing_soon_count' | 'in_progress_count' | 'ongoing_count';

const PARTS: { key: CountKey; label: string; color: string }[] = [
	{ key: 'completed_count', label: de.district.snapshotCompleted, color: STATUS_COLORS.completed },
	{ key: 'completing_soon_count', label: de.district.snapshotCompletingSoon, color: '#0f766e' },
	{ key: 'in_progress_count', label: de.district.snapshotInProgress, color: STATUS_COLORS.in_progress },
	{ key: 'ongoing_count', label: de.district.snapshotOngoing, color: STATUS_COLORS.ongoing },
];

export function fieldsWithSnapshot(fields: readonly ActionFieldView[]): (ActionFieldView & { snapshot: Snapshot })[] {
	return fields.filter((f): f is ActionFieldView & { snapshot: Snapshot } => f.snapshot !== null).sort((a, b) => compareCodes(a.code, b.code) || a.title.localeCompare(b.title, 'de'));
}

/**
 * Project counts per project field (Kreis Unna reports nothing else), stacked by state. A count
 * the report does not state is a missing bar segment, never 0. Null without snapshots.
 */
export function buildFieldSnapshotChart(fields: readonly ActionFieldView[]): ApexOptions | null {
	const shown = fieldsWithSnapshot(fields);
	const parts = PARTS.filter((part) => shown.some((f) => f.snapshot[part.key] !== null));
	if (parts.length === 0) return null;
	return {
		chart: { type: 'bar', height: 100 + shown.length * 48, stacked: true },
		series: parts.map((part) => ({ name: part.label, data: shown.map((f) => f.snapshot[part.key]) })),
		colors: parts.map((part) => part.color),
		xaxis: { categories: shown.map((f) => f.title), labels: { formatter: (value: string) => formatNumber(Number(value), 0) } },
		yaxis: { labels: CATEGORY_LABELS },
		responsive: NARROW_CATEGORY_LABELS,
		plotOptions: { bar: { horizontal: true, barHeight: '70%' } },
		dataLabels: { enabled: true, style: { colors: ['#fff'] } },
		legend: { position: 'top', horizontalAlign: 'left' },
		tooltip: { y: { formatter: (value: number | null) => formatNumber(value) } },
	};
}
