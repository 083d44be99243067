import { describe, expect, it } from 'vitest';
import { formatRrule, parseRrule } from './rrule.ts';

const reason = (text: string) => {
  const r = parseRrule(text);
  return r.ok ? null : r.reason;
};

describe('parseRrule', () => {
  it('reads rules and writes their normal form', () => {
    const r = parseRrule('rrule:freq=weekly;byday=TU,th;until=20261231T225959Z;interval=2');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rule.byDay).toEqual([
      { weekday: 1, nth: 0 },
      { weekday: 3, nth: 0 },
    ]);
    expect(formatRrule(r.rule)).toBe('FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T225959Z;BYDAY=TU,TH');
    const monthly = parseRrule('FREQ=MONTHLY;BYDAY=-1FR,+2MO;COUNT=10;WKST=SU');
    expect(monthly.ok && formatRrule(monthly.rule)).toBe('FREQ=MONTHLY;COUNT=10;BYDAY=-1FR,2MO;WKST=SU');
    const allDay = parseRrule('FREQ=YEARLY;UNTIL=20301231');
    expect(allDay.ok && allDay.rule.until).toEqual({ kind: 'date', localMs: Date.UTC(2030, 11, 31) });
  });

  it('refuses malformed and unsupported rules with a reason', () => {
    expect(reason('')).toMatch(/empty/);
    expect(reason('BYDAY=MO')).toMatch(/FREQ is missing/);
    expect(reason('FREQ=FORTNIGHTLY')).toMatch(/unknown frequency/);
    expect(reason('FREQ=HOURLY')).toMatch(/not supported/);
    expect(reason('FREQ=WEEKLY;BYDAY=MA')).toMatch(/BYDAY/);
    expect(reason('FREQ=WEEKLY;BYDAY=1MO')).toMatch(/MONTHLY or YEARLY/);
    expect(reason('FREQ=MONTHLY;BYDAY=6MO')).toMatch(/at most 5/);
    expect(reason('FREQ=WEEKLY;COUNT=3;UNTIL=20261231')).toMatch(/COUNT and UNTIL/);
    expect(reason('FREQ=WEEKLY;COUNT=0')).toMatch(/out of range/);
    expect(reason('FREQ=WEEKLY;COUNT=abc')).toMatch(/whole number/);
    expect(reason('FREQ=WEEKLY;FREQ=DAILY')).toMatch(/twice/);
    expect(reason('FREQ=WEEKLY;BYMONTHDAY=1')).toMatch(/not allowed/);
    expect(reason('FREQ=MONTHLY;BYWEEKNO=1')).toMatch(/only allowed/);
    expect(reason('FREQ=MONTHLY;BYMONTHDAY=32')).toMatch(/out of range/);
    expect(reason('FREQ=MONTHLY;BYMONTH=13')).toMatch(/out of range/);
    expect(reason('FREQ=MONTHLY;BYSETPOS=1')).toMatch(/another BYxxx/);
    expect(reason('FREQ=DAILY;UNTIL=20260230')).toMatch(/real date/);
    expect(reason('FREQ=DAILY;X-NAME=1')).toMatch(/unknown part/);
    expect(reason('FREQ=DAILY;BYSECOND=30')).toMatch(/BYSECOND/);
    expect(reason('FREQ=DAILY;INTERVAL')).toMatch(/NAME=VALUE/);
  });
});
