import { describe, expect, it } from 'vitest';
import { toBoolean, toIsoDate, toList, toNumber, toText, toIsoTimestamp } from './db-values';

describe('toNumber', () => {
	it('reads numbers and decimal strings, and keeps a missing or unreadable value null rather than 0', () => {
		expect([toNumber(2.85), toNumber('71600000.00'), toNumber(0), toNumber(null), toNumber(undefined), toNumber(''), toNumber('n/a')]).toEqual([
			2.85, 71600000, 0, null, null, null, null,
		]);
	});
});

describe('toBoolean', () => {
	it('reads the booleans of PostgreSQL and the 0/1 of SQLite, and treats a missing flag as false', () => {
		expect([toBoolean(true), toBoolean(1), toBoolean('1'), toBoolean(false), toBoolean(0), toBoolean(null)]).toEqual([true, true, true, false, false, false]);
	});
});

describe('toIsoDate', () => {
	it('gives the same calendar date for an ISO string, a local-midnight Date and epoch milliseconds', () => {
		const localMidnight = new Date(2022, 9, 18);
		expect([toIsoDate('2022-10-18'), toIsoDate('2022-10-18T00:00:00'), toIsoDate(localMidnight), toIsoDate(localMidnight.getTime()), toIsoDate(String(localMidnight.getTime()))]).toEqual([
			'2022-10-18', '2022-10-18', '2022-10-18', '2022-10-18', '2022-10-18',
		]);
	});

	it('keeps a missing or unreadable date null', () => {
		expect([toIsoDate(null), toIsoDate(undefined), toIsoDate(''), toIsoDate('irgendwann')]).toEqual([null, null, null, null]);
	});
});

describe('toList', () => {
	it('parses JSON text, passes parsed lists through and reads anything else as an empty list', () => {
		expect([toList('["Alt"]'), toList([{ funder: 'Bund', share_percent: 50 }]), toList(null), toList('{kaputt'), toList('{"a":1}')]).toEqual([
			['Alt'], [{ funder: 'Bund', share_percent: 50 }], [], [], [],
		]);
	});
});

describe('toText', () => {
	it('keeps null as null and turns other values into text', () => {
		expect([toText(null), toText(undefined), toText('I.1'), toText(44)]).toEqual([null, null, 'I.1', '44']);
	});
});

describe('toIsoTimestamp', () => {
	it('reads a Date, epoch milliseconds and text without a zone as UTC, and nothing else', () => {
		expect([
			toIsoTimestamp(new Date('2026-12-01T10:00:00Z')),
			toIsoTimestamp(Date.UTC(2026, 11, 1, 10)),
			toIsoTimestamp(String(Date.UTC(2026, 11, 1, 10))),
			toIsoTimestamp('2026-12-01 10:00:00'),
			toIsoTimestamp('2026-12-01T10:00:00.000Z'),
			toIsoTimestamp(null),
			toIsoTimestamp('kaputt'),
		]).toEqual(['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', null, null]);
	});
});
