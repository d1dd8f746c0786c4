import type ApexCharts from 'apexcharts';
import type { ApexOptions } from 'apexcharts';
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

export interface UseApexChartOptions {
	/** The element the chart renders into (a template ref). */
	target: Readonly<Ref<HTMLElement | null>>;
	/** Options from a pure builder (charts/build-*.ts); null draws nothing. */
	options: Readonly<Ref<ApexOptions | null>>;
}

export interface UseApexChart {
	/** 'ready' once drawn; 'error' when the chart library could not be loaded. */
	state: Ref<'idle' | 'loading' | 'ready' | 'error'>;
}

type ApexChartsConstructor = typeof ApexCharts;

/** Same stack as styles/base.css. */
const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

// ApexCharts is big; it is fetched the first time a chart is drawn, so `/` never loads it.
let library: Promise<ApexChartsConstructor> | null = null;
function loadLibrary(): Promise<ApexChartsConstructor> {
	library ??= import('apexcharts').then((module) => module.default);
	return library;
}

const monthNames = (width: 'long' | 'short') => Array.from({ length: 12 }, (_v, month) => new Intl.DateTimeFormat('de-DE', { month: width }).format(new Date(2024, month, 1)));
const dayNames = (width: 'long' | 'short') => Array.from({ length: 7 }, (_v, day) => new Intl.DateTimeFormat('de-DE', { weekday: width }).format(new Date(2024, 0, 7 + day)));

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The app-wide look of every chart, laid under the builder's options: German locale, the page
 * font, no toolbar, no animation for readers who asked for less motion. ApexCharts' own
 * accessibility layer is off: the chart sits in a role="img" figure with an accessible name and
 * its data as a table (components/common/ChartFigure.vue), and keyboard stops inside an image
 * would be invisible to screen readers.
 */
function withTheme(options: ApexOptions): ApexOptions {
	return {
		...options,
		chart: {
			// The page's font stack, spelled out: ApexCharts measures label widths with it, and
			// 'inherit' would measure in a fallback font and cut long labels.
			fontFamily: FONT_STACK,
			foreColor: '#1f2937',
			toolbar: { show: false },
			zoom: { enabled: false },
			animations: { enabled: !prefersReducedMotion() },
			// Redraws when the container changes size (window, sidebar, print layout).
			redrawOnParentResize: true,
			redrawOnWindowResize: true,
			accessibility: { enabled: false },
			defaultLocale: 'de',
			locales: [{ name: 'de', options: { months: monthNames('long'), shortMonths: monthNames('short'), days: dayNames('long'), shortDays: dayNames('short') } }],
			...options.chart,
		},
		// Solid fills: the palette's contrast ratios hold only at full opacity.
		fill: { opacity: 1, ...options.fill },
		states: { active: { filter: { type: 'none' } } },
		legend: { fontSize: '14px', ...options.legend },
		grid: { borderColor: '#d1d5db', ...options.grid },
	};
}

/** Owns one ApexCharts instance: lazy loading, drawing, redrawing on new options, cleanup. */
export function useApexChart({ target, options }: UseApexChartOptions): UseApexChart {
	const state = ref<UseApexChart['state']['value']>('idle');
	let chart: ApexCharts | null = null;
	let disposed = false;
	let drawing = 0;

	function destroy(): void {
		chart?.destroy();
		chart = null;
	}

	async function draw(): Promise<void> {
		const run = ++drawing;
		const element = target.value;
		const current = options.value;
		if (!element || !current) {
			destroy();
			state.value = 'idle';
			return;
		}
		state.value = 'loading';
		let Apex: ApexChartsConstructor;
		try {
			Apex = await loadLibrary();
		} catch {
			library = null; // a later chart may try again, e.g. after a network hiccup
			state.value = 'error';
			return;
		}
		// Unmounted or superseded by newer options while the library loaded.
		if (disposed || run !== drawing) return;
		// A fresh instance per option set: ApexCharts cannot switch chart types or series counts
		// in place reliably, and these charts are small.
		destroy();
		chart = new Apex(element, withTheme(current));
		await chart.render();
		if (run === drawing && !disposed) state.value = 'ready';
	}

	onMounted(() => void draw());
	watch([options, target], () => void draw());
	onBeforeUnmount(() => {
		disposed = true;
		destroy();
	});

	return { state };
}
