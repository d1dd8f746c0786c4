import type { StatusKey } from './status-counts';

/**
 * Chart colours. Each carries white data labels at a contrast of at least 4.5:1 and stands out
 * from the white background by more than 3:1 (WCAG 1.4.3 and 1.4.11); status colours also
 * differ in lightness, and every chart has its data as a table, so colour never carries
 * meaning alone.
 */
export const STATUS_COLORS: Record<StatusKey, string> = {
	idea: '#4b5563',
	planned: '#1d4ed8',
	in_progress: '#b45309',
	completed: '#15803d',
	ongoing: '#6d28d9',
	ended: '#9f1239',
	// Measures whose document gives no status: a neutral slate, not a status hue.
	unspecified: '#0e7490',
};

export const PRIMARY = '#1d4ed8';
export const SECONDARY = '#475569';
export const TARGET_LINE = '#b91c1c';
export const TEXT = '#1f2937';

/**
 * Category labels of horizontal bar charts: readable size, long titles shortened by ApexCharts.
 * ApexCharts sizes the axis to the text alone but draws it 15 px left of the plot, which cut
 * off the first letters of long labels; the offset moves them back into the drawing.
 */
export const CATEGORY_LABELS = { maxWidth: 380, offsetX: 12, style: { fontSize: '13px', colors: TEXT } };

/** One colour per compared district (at most five). */
export const DISTRICT_COLORS = ['#1d4ed8', '#b45309', '#15803d', '#6d28d9', '#9f1239'] as const;

export function districtColor(index: number): string {
	return DISTRICT_COLORS[index % DISTRICT_COLORS.length]!;
}

/**
 * On a phone a 380 px label would leave the bars no room: below 640 px the category labels of
 * horizontal bar charts are cut at 140 px (ApexCharts shortens them with "…").
 */
export const NARROW_CATEGORY_LABELS = [{ breakpoint: 640, options: { yaxis: { labels: { ...CATEGORY_LABELS, maxWidth: 140 } } } }];
