import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from './local-time.ts';
import { AMSTERDAM, isTimeZone, localToUtc, offsetAt, utcToLocal } from './time-zone.ts';

const local = (s: string) => parseLocalDateTime(s) ?? Number.NaN;
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('time zones', () => {
  it('finds the Amsterdam changes at 01:00 UTC on the last Sundays of March and October', () => {
    expect(offsetAt(AMSTERDAM, Date.parse('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(offsetAt(AMSTERDAM, Date.parse('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(offsetAt(AMSTERDAM, Date.parse('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(offsetAt(AMSTERDAM, Date.parse('2026-10-25T01:00:00Z'))).toBe(HOUR);
  });

  it('reads wall-clock times in the gap with the offset before it, and takes the first of a doubled time', () => {
    expect(iso(localToUtc(AMSTERDAM, local('2026-03-29T02:00')))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(localToUtc(AMSTERDAM, local('2026-03-29T02:59')))).toBe('2026-03-29T01:59:00.000Z');
    expect(iso(localToUtc(AMSTERDAM, local('2026-03-29T03:00')))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(localToUtc(AMSTERDAM, local('2026-10-25T02:30')))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(localToUtc(AMSTERDAM, local('2026-10-25T03:00')))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(utcToLocal(AMSTERDAM, Date.parse('2026-10-25T01:30:00Z')))).toBe('2026-10-25T02:30:00.000Z');
  });

  it('works for other zones, including the southern hemisphere and odd offsets', () => {
    expect(iso(localToUtc('America/New_York', local('2026-03-08T02:30')))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(localToUtc('America/New_York', local('2026-11-01T01:30')))).toBe('2026-11-01T05:30:00.000Z');
    expect(offsetAt('Australia/Sydney', Date.parse('2026-01-15T00:00Z'))).toBe(11 * HOUR);
    expect(offsetAt('Australia/Sydney', Date.parse('2026-07-15T00:00Z'))).toBe(10 * HOUR);
    expect(offsetAt('Asia/Kathmandu', Date.parse('2026-07-15T00:00Z'))).toBe(5.75 * HOUR);
    expect(offsetAt('UTC', Date.parse('2026-07-15T00:00Z'))).toBe(0);
  });

  it('knows which names are zones', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('W. Europe Standard Time')).toBe(false);
  });
});
