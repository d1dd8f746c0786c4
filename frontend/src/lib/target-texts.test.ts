import { describe, expect, it } from 'vitest';
import { formatBaseline, formatDeadline, formatTarget, formatTargetValue, noDirectionNote } from './target-texts';

describe('target texts', () => {
	it('writes a direction word only where the document has one, and "ca." where it is approximate', () => {
		expect([formatTarget(10, 'Ämter', 'at_least'), formatTarget(0.8, null, 'at_most', true), formatTarget(200, 'Prozesse', null), formatTarget(null, 'Ämter', 'at_least')]).toEqual([
			'mindestens 10 Ämter',
			'höchstens ca. 0,8',
			'200 Prozesse',
			'keine Angabe',
		]);
	});

	it('notes a target without direction, and nothing for a directed or missing target', () => {
		expect([noDirectionNote({ target_value: 200, direction: null }), noDirectionNote({ target_value: 10, direction: 'at_least' }), noDirectionNote({ target_value: null, direction: null })]).toEqual([
			'ohne Richtung im Dokument, daher keine Zielerreichung',
			null,
			null,
		]);
	});

	it('writes a long-term target value as the document states it', () => {
		expect(formatTargetValue({ value: 0.8, unit: null, direction: 'at_most', approximate: false, wording: 'maximal 0,8 betragen' })).toBe('höchstens 0,8');
	});

	it('writes a baseline with "ca." and its date, or says it has none', () => {
		expect([
			formatBaseline({ unit: '%', baseline: { value: 60, approximate: true, date: null, note: 'rd. 60 Prozent' } }),
			formatBaseline({ unit: '%', baseline: { value: 60, approximate: false, date: '2020-12-31', note: null } }),
			formatBaseline({ unit: '%', baseline: null }),
		]).toEqual(['Ausgangswert ca. 60 % (ohne Stichtag)', 'Ausgangswert 60 % (Stand 31.12.2020)', null]);
	});

	it('keeps the document\'s wording of a deadline, else its date', () => {
		expect([
			formatDeadline({ deadline: { date: '2021-12-31', label: 'bis zum Jahresende 2021' } }),
			formatDeadline({ deadline: { date: '2021-12-31', label: null } }),
			formatDeadline({ deadline: null }),
		]).toEqual(['bis zum Jahresende 2021', 'bis 31.12.2021', null]);
	});
});
