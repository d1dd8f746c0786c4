// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import type { ApexOptions } from 'apexcharts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref, type Ref } from 'vue';
import { useApexChart } from './use-apex-chart';

/** Records what the composable does with the chart library instead of drawing. */
const log: string[] = [];
vi.mock('apexcharts', () => ({
	default: class {
		constructor(_element: HTMLElement, options: ApexOptions) {
			log.push(`new ${options.chart?.type} locale=${options.chart?.defaultLocale} a11y=${options.chart?.accessibility?.enabled}`);
		}
		render() {
			log.push('render');
			return Promise.resolve();
		}
		destroy() {
			log.push('destroy');
		}
	},
}));

function mountChart(options: Ref<ApexOptions | null>) {
	let state: ReturnType<typeof useApexChart>['state'] | undefined;
	const wrapper = mount(
		defineComponent({
			setup() {
				const target = ref<HTMLElement | null>(null);
				state = useApexChart({ target, options }).state;
				return () => h('div', { ref: target });
			},
		}),
	);
	return { wrapper, state: () => state!.value };
}

const settle = async () => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
	await nextTick();
};

describe('useApexChart', () => {
	afterEach(() => {
		log.length = 0;
	});

	it('loads the library on demand, draws with the app theme, redraws on new options and cleans up', async () => {
		const options = ref<ApexOptions | null>({ chart: { type: 'bar' }, series: [] });
		const { wrapper, state } = mountChart(options);
		await settle();
		const drawn = state();
		options.value = { chart: { type: 'donut' }, series: [] };
		await settle();
		wrapper.unmount();
		expect({ drawn, log }).toEqual({
			drawn: 'ready',
			log: ['new bar locale=de a11y=false', 'render', 'destroy', 'new donut locale=de a11y=false', 'render', 'destroy'],
		});
	});

	it('draws nothing without options, and removes a chart whose options went away', async () => {
		const options = ref<ApexOptions | null>(null);
		const { state } = mountChart(options);
		await settle();
		const before = [state(), [...log]];
		options.value = { chart: { type: 'line' }, series: [] };
		await settle();
		options.value = null;
		await settle();
		expect({ before, after: state(), log }).toEqual({ before: ['idle', []], after: 'idle', log: ['new line locale=de a11y=false', 'render', 'destroy'] });
	});
});
