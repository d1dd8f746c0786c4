import { describe, expect, it } from 'vitest';
import { oparlTypeOf } from './oparl-type-of';

describe('oparlTypeOf', () => {
	it('reads the type of OParl 1.1 and 1.0 objects', () => {
		expect([
			oparlTypeOf({ type: 'https://schema.oparl.org/1.1/Paper' }),
			oparlTypeOf({ type: 'https://schema.oparl.org/1.0/Meeting' }),
			oparlTypeOf({ type: 'http://oparl.org/schema/1.0/Consultation' }),
		]).toEqual(['Paper', 'Meeting', 'Consultation']);
	});

	it('is null for JSON that is no OParl object', () => {
		expect([oparlTypeOf({ type: 'https://example.org/1.1/Paper' }), oparlTypeOf({ data: [] }), oparlTypeOf([]), oparlTypeOf('Paper'), oparlTypeOf(null)]).toEqual([null, null, null, null, null]);
	});
});
