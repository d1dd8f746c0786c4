import { describe, expect, it } from 'vitest';
import { formatGermanNumber } from './format-german-number';

describe('formatGermanNumber', () => {
	it('writes a decimal comma and a thousands point', () => {
		expect([formatGermanNumber(1234.5), formatGermanNumber(0.125), formatGermanNumber(87.5, 1), formatGermanNumber(90)]).toEqual(['1.234,5', '0,13', '87,5', '90']);
	});
});
