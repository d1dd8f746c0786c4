import { describe, expect, it } from 'vitest';
import { attainmentLight } from './attainment-light';

describe('attainmentLight', () => {
	it('is green once the goal is fully reached', () => {
		expect(attainmentLight(100)).toBe('green');
	});

	it('is yellow from 50 up to just below 100', () => {
		expect([attainmentLight(50), attainmentLight(75), attainmentLight(99.99)]).toEqual(['yellow', 'yellow', 'yellow']);
	});

	it('is red below 50, including at 0', () => {
		expect([attainmentLight(49.99), attainmentLight(0)]).toEqual(['red', 'red']);
	});

	it('is unknown when the attainment is not known', () => {
		expect(attainmentLight(null)).toBe('unknown');
	});
});
