import { describe, expect, it } from 'vitest';
import { parseCardQuery } from './parse-card-query';

describe('parseCardQuery', () => {
	it('asks for every card when no parameter is given', () => {
		expect(parseCardQuery({})).toEqual({ query: { state: null, search: null, limit: null, offset: 0 }, error: null });
	});

	it('reads a Bundesland, a trimmed search and a page', () => {
		expect(parseCardQuery({ state: 'Bayern', search: ' hausen ', limit: '24', offset: '48' })).toEqual({
			query: { state: 'Bayern', search: 'hausen', limit: 24, offset: 48 },
			error: null,
		});
	});

	it('treats empty parameters as not given', () => {
		expect(parseCardQuery({ state: '', search: '  ', limit: '', offset: '' })).toEqual({ query: { state: null, search: null, limit: null, offset: 0 }, error: null });
	});

	it('refuses a page size outside 1 to 500, a negative or fractional offset and repeated parameters', () => {
		expect([parseCardQuery({ limit: '0' }), parseCardQuery({ limit: '501' }), parseCardQuery({ offset: '-1' }), parseCardQuery({ offset: '1.5' }), parseCardQuery({ state: ['Bayern', 'Hessen'] })]).toEqual([
			{ query: null, error: '„limit“ muss eine ganze Zahl von 1 bis 500 sein.' },
			{ query: null, error: '„limit“ muss eine ganze Zahl von 1 bis 500 sein.' },
			{ query: null, error: '„offset“ muss eine ganze Zahl ab 0 sein.' },
			{ query: null, error: '„offset“ muss eine ganze Zahl ab 0 sein.' },
			{ query: null, error: 'Bitte geben Sie höchstens ein Bundesland an (state=…).' },
		]);
	});
});
