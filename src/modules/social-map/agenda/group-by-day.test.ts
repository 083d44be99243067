import { describe, expect, it } from 'vitest';
import { addDays, dayRange, groupByDay } from './group-by-day.ts';

const occ = (localStart: string, iso: string, title = localStart) => ({
  localStart,
  start: new Date(iso),
  title,
});

describe('agenda days', () => {
  it('a range of calendar days crosses months and the clock change', () => {
    expect(dayRange('2026-10-24', 3)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(dayRange('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayRange('nonsense', 3)).toEqual([]);
  });

  it('groups by the Dutch calendar day in start order, leaving out empty days', () => {
    const groups = groupByDay(
      [
        occ('2026-12-01T19:00', '2026-12-01T18:00:00Z', 'b'),
        occ('2026-12-01T10:00', '2026-12-01T09:00:00Z', 'a'),
        // 00:30 on 3 December in Amsterdam is still 2 December in UTC: the local day counts.
        occ('2026-12-03T00:30', '2026-12-02T23:30:00Z', 'c'),
        occ('2026-12-05', '2026-12-04T23:00:00Z', 'all day'),
      ],
      '2026-11-30',
      7,
    );
    expect(groups.map((g) => [g.date, g.items.map((i) => i.title)])).toEqual([
      ['2026-12-01', ['a', 'b']],
      ['2026-12-03', ['c']],
      ['2026-12-05', ['all day']],
    ]);
  });

  it('keeps empty days when asked; an event that began before the window is on its first day', () => {
    const groups = groupByDay([occ('2026-11-28', '2026-11-27T23:00:00Z', 'market')], '2026-11-30', 2, true);
    expect(groups).toEqual([
      { date: '2026-11-30', items: [expect.objectContaining({ title: 'market' })] },
      { date: '2026-12-01', items: [] },
    ]);
  });
});
