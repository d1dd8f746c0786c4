/**
 * Repeated reads of the dashboard API: an ETag per answer, 304 for a client that has it, and
 * a new answer as soon as a write to one of the districts has committed.
 */
import { describe, expect, it } from 'vitest';
import { asRedaktion, directus } from './support/api';

async function get(path: string, etag?: string) {
	const response = await fetch(directus().url + path, { headers: etag ? { 'If-None-Match': etag } : {} });
	return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
}

describe('dashboard API: repeated reads', () => {
	it('answers the same comparison with the same ETag and body, and 304 without a body to a client that has it', async () => {
		const first = await get('/dashboard/compare?districts=unna,viersen,paderborn');
		const again = await get('/dashboard/compare?districts=unna,viersen,paderborn');
		const revalidated = await get('/dashboard/compare?districts=unna,viersen,paderborn', first.etag!);
		expect({ etag: /^"[\w-]{32}"$/.test(first.etag ?? ''), same: again.etag === first.etag && again.body === first.body, revalidated: [revalidated.status, revalidated.body] }).toEqual({
			etag: true,
			same: true,
			revalidated: [304, ''],
		});
	});

	it('gives another ETag for another order of districts, since the columns follow it', async () => {
		const [a, b] = await Promise.all([get('/dashboard/compare?districts=unna,viersen'), get('/dashboard/compare?districts=viersen,unna')]);
		expect(a.etag === b.etag).toBe(false);
	});

	it('answers the new state right after a write, to a client with the old ETag too, and the comparisons that hold the district change with it', async () => {
		const redaktion = await asRedaktion();
		const [measure] = await redaktion.get<{ id: string; title: string }[]>('/items/measures?filter[district][_eq]=viersen&filter[code][_eq]=44&fields=id,title');
		const district = await get('/dashboard/districts/viersen');
		const compare = await get('/dashboard/compare?districts=unna,viersen');
		const otherCompare = await get('/dashboard/compare?districts=unna,paderborn');
		await redaktion.patch(`/items/measures/${measure!.id}`, { title: 'Work Space (neu)' });
		try {
			const after = await get('/dashboard/districts/viersen', district.etag!);
			const compareAfter = await get('/dashboard/compare?districts=unna,viersen', compare.etag!);
			const otherAfter = await get('/dashboard/compare?districts=unna,paderborn', otherCompare.etag!);
			const titles = (JSON.parse(after.body) as { data: { measures: { code: string; title: string }[] } }).data.measures.filter((m) => m.code === '44').map((m) => m.title);
			expect({ district: [after.status, titles], compare: compareAfter.status, untouched: otherAfter.status }).toEqual({
				district: [200, ['Work Space (neu)']],
				compare: 200,
				untouched: 304,
			});
		} finally {
			await redaktion.patch(`/items/measures/${measure!.id}`, { title: measure!.title });
		}
	});

	it('answers a changed cost component of a goal at once: the new rows are part of the cached district answer', async () => {
		const redaktion = await asRedaktion();
		const [goal] = await redaktion.get<{ id: string; title: string }[]>('/items/annual_goals?filter[district][_eq]=paderborn&filter[title][_contains]=Besprechungsr&fields=id,title&limit=1');
		const [component] = await redaktion.get<{ id: string; amount: number | null }[]>(`/items/annual_goal_costs?filter[annual_goal][_eq]=${goal!.id}&fields=id,amount&sort=sort&limit=1`);
		const before = await get('/dashboard/districts/paderborn');
		await redaktion.patch(`/items/annual_goal_costs/${component!.id}`, { amount: 21000 });
		try {
			const after = await get('/dashboard/districts/paderborn', before.etag!);
			const amounts = (JSON.parse(after.body) as { data: { annualGoals: { id: string; cost: { components: { amount: number | null }[] } }[] } }).data.annualGoals
				.find((g) => g.id === goal!.id)
				?.cost.components.map((c) => c.amount);
			expect([after.status, amounts?.[0]]).toEqual([200, 21000]);
		} finally {
			await redaktion.patch(`/items/annual_goal_costs/${component!.id}`, { amount: component!.amount });
		}
	});
});
