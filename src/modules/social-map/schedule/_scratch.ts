import { expandSchedule } from './expand-schedule.ts';

const s = { start: '2026-03-03T10:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU,SU' };
for (const o of expandSchedule(s, new Date('2026-03-20T00:00Z'), new Date('2026-04-05T00:00Z')))
  console.log(o.localStart, o.start.toISOString(), o.recurrenceId);
const g = { start: '2026-03-22T02:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=3' };
for (const o of expandSchedule(g, new Date('2026-01-01Z'), new Date('2027-01-01Z')))
  console.log(o.localStart, o.start.toISOString(), o.recurrenceId);
const a = { start: '2026-10-18T02:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=3' };
for (const o of expandSchedule(a, new Date('2026-01-01Z'), new Date('2027-01-01Z')))
  console.log(o.localStart, o.start.toISOString(), o.recurrenceId);
// bench
const schedules = Array.from({ length: 10_000 }, (_, i) => ({
  start: `20${String(20 + (i % 6)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}T${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
  durationMinutes: 60 + (i % 4) * 30,
  rrule: [
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=MO,WE',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    'FREQ=WEEKLY;BYDAY=SA;UNTIL=20291231T230000Z',
  ][i % 4],
  exdates: i % 3 ? [] : ['2026-10-20T10:00'],
}));
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  let n = 0;
  for (const s of schedules)
    n += expandSchedule(s, new Date('2026-10-12T00:00Z'), new Date('2026-11-09T00:00Z')).length;
  console.log('10k x 4 weeks', n, (performance.now() - t0).toFixed(1), 'ms');
}
