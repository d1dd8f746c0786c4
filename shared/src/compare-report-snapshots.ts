import type { ProgressUpdateRow } from './dashboard-rows';
import type { ReportChange, ReportChangeMeasure } from './dashboard-types';

/** The values a closed report freezes per measure; a change in any of them is a new report. */
const FROZEN_FIELDS = ['status', 'progress_value', 'progress_target', 'progress_percent', 'priority_class', 'progress_text', 'next_steps'] as const;

export type FrozenSnapshot = Pick<ProgressUpdateRow, 'measure' | (typeof FROZEN_FIELDS)[number]>;

/**
 * One report's snapshots against the report before: one entry per measure in `after`, `new`
 * where `before` holds none for it, `changed` where any frozen value differs, else
 * `unchanged`. Ordered by the measure's code as the documents number them. Measures no longer
 * stored are left out.
 */
export function compareReportSnapshots(
	before: readonly FrozenSnapshot[],
	after: readonly FrozenSnapshot[],
	measures: readonly { id: string; code: string | null; title: string }[],
): ReportChangeMeasure[] {
	const then = new Map(before.map((u) => [u.measure, u]));
	const measureById = new Map(measures.map((m) => [m.id, m]));
	const entries = after.flatMap((now): ReportChangeMeasure[] => {
		const measure = measureById.get(now.measure);
		if (measure === undefined) return [];
		const earlier = then.get(now.measure) ?? null;
		const change: ReportChange = earlier === null ? 'new' : FROZEN_FIELDS.some((field) => earlier[field] !== now[field]) ? 'changed' : 'unchanged';
		return [
			{
				id: measure.id,
				code: measure.code,
				title: measure.title,
				change,
				status: [earlier?.status ?? null, now.status],
				progress_percent: [earlier?.progress_percent ?? null, now.progress_percent],
			},
		];
	});
	const byCode = new Intl.Collator('de', { numeric: true });
	return entries.sort((a, b) => byCode.compare(a.code ?? '', b.code ?? '') || byCode.compare(a.title, b.title));
}
