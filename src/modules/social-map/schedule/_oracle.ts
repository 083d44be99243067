import fc from 'fast-check';
setTimeout(() => {}, 0);
process.on('SIGTERM', () => { console.log('HANG', (globalThis as any).lastCase); process.exit(1); });
import ICAL from 'ical.js';
import { formatLocalDateTime, parseLocalDateTime } from './local-time.ts';
import { forEachOccurrence } from './recurrence.ts';
import { parseRrule } from './rrule.ts';

const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const arbRule = fc.record({
  freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
  interval: fc.integer({ min: 1, max: 3 }),
  count: fc.integer({ min: 1, max: 25 }),
  byday: fc.option(fc.uniqueArray(fc.constantFrom(...days), { minLength: 1, maxLength: 3 })),
  nth: fc.option(fc.constantFrom(1, 2, -1, 3, -2)),
  bymonthday: fc.option(
    fc.uniqueArray(fc.constantFrom(1, 13, 28, 30, 31, -1), { minLength: 1, maxLength: 2 }),
  ),
  bymonth: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 })),
  bysetpos: fc.constant(null),
  byhour: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 1 })),
});
const arbStart = fc.record({
  y: fc.integer({ min: 2020, max: 2030 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  h: fc.integer({ min: 0, max: 23 }),
  mi: fc.constantFrom(0, 15, 30),
});
function build(r: any): string | null {
  const p = [`FREQ=${r.freq}`];
  if (r.interval > 1) p.push(`INTERVAL=${r.interval}`);
  if (r.bymonth) p.push(`BYMONTH=${r.bymonth.join(',')}`);
  if (r.bymonthday && r.freq !== 'WEEKLY') p.push(`BYMONTHDAY=${r.bymonthday.join(',')}`);
  if (r.byday)
    p.push(
      `BYDAY=${r.byday.map((d: string) => (r.nth && (r.freq === 'MONTHLY' || r.freq === 'YEARLY') ? r.nth : '') + d).join(',')}`,
    );
  if (r.byhour) p.push(`BYHOUR=${r.byhour.join(',')}`);
  if (r.bysetpos && p.length > 1) p.push(`BYSETPOS=${r.bysetpos}`);
  return p.join(';');
}
let mismatches = 0;
fc.assert(
  fc.property(arbRule, arbStart, (r, s) => {
    const text = build(r)!;
    const parsed = parseRrule(text);
    if (!parsed.ok) return true;
    const pad = (n: number) => String(n).padStart(2, '0');
    const startText = `${s.y}-${pad(s.m)}-${pad(s.d)}T${pad(s.h)}:${pad(s.mi)}`;
    const startLocal = parseLocalDateTime(startText)!;
    const mine: string[] = [];
  const t0 = performance.now();
    forEachOccurrence(
      parsed.rule,
      startLocal,
      { allDay: false, untilLocal: undefined, window: { endLocal: Date.UTC(2200, 0, 1) } },
      (ms) => {
        if (ms !== startLocal) mine.push(formatLocalDateTime(ms));
        return mine.length < 25;
      },
    );
    const t1 = performance.now(); if (t1 - t0 > 50) console.log('SLOW mine', text, startText, t1 - t0);
  (globalThis as any).lastCase = text + ' ' + startText;
  const theirs: string[] = [];
    let it;
    try {
      it = ICAL.Recur.fromString(text).iterator(
        ICAL.Time.fromData({
          year: s.y,
          month: s.m,
          day: s.d,
          hour: s.h,
          minute: s.mi,
          second: 0,
          isDate: false,
        }),
      );
    } catch {
      return true;
    }
    for (let i = 0; i < 60 && theirs.length < 25; i++) {
      let o;
      try {
        o = it.next();
      } catch {
        return true;
      }
      if (!o) break;
      const t = `${o.year}-${pad(o.month)}-${pad(o.day)}T${pad(o.hour)}:${pad(o.minute)}`;
      if (t !== startText) theirs.push(t);
    }
    if (mine.join() !== theirs.join()) {
      mismatches++;
      if (mismatches < 8)
        console.log(
          text,
          startText,
          '\n mine  ',
          mine.slice(0, 6).join(' '),
          mine.length,
          '\n ical  ',
          theirs.slice(0, 6).join(' '),
          theirs.length,
        );
    }
    return true;
  }),
  { numRuns: 2000, seed: 42 },
);
console.log('mismatches', mismatches);
