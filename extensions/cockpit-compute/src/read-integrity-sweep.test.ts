import { describe, expect, it } from 'vitest';
import { readIntegritySweep } from './read-integrity-sweep';

describe('readIntegritySweep', () => {
	it('sweeps every five minutes when nothing is configured', () => {
		expect([readIntegritySweep({}), readIntegritySweep({ COCKPIT_INTEGRITY_SWEEP: '' })]).toEqual(['*/5 * * * *', '*/5 * * * *']);
	});

	it('takes the configured cron expression, with or without seconds', () => {
		expect([readIntegritySweep({ COCKPIT_INTEGRITY_SWEEP: ' */2 * * * * * ' }), readIntegritySweep({ COCKPIT_INTEGRITY_SWEEP: '0 * * * *' })]).toEqual(['*/2 * * * * *', '0 * * * *']);
	});

	it('turns the sweep off for false or off, as Directus hands them over or as written', () => {
		expect([readIntegritySweep({ COCKPIT_INTEGRITY_SWEEP: false }), readIntegritySweep({ COCKPIT_INTEGRITY_SWEEP: 'off' }), readIntegritySweep({ COCKPIT_INTEGRITY_SWEEP: 'FALSE' })]).toEqual([null, null, null]);
	});
});
