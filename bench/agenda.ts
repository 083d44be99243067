import { anonymous } from '../src/core/permissions/actor.ts';
import { listAgenda } from '../src/modules/social-map/agenda/list-agenda.ts';
import { expandSchedule } from '../src/modules/social-map/schedule/expand-schedule.ts';
import type { Schedule } from '../src/modules/social-map/schedule/schedule.ts';
import { type BenchDb, percentile, timed } from './social-map-db.ts';

// The agenda: the schedule engine expanding many recurring activities over four weeks (pure
// computation, no database), and the agenda service (search + schedules + expansion) on a
// database filled by the search benchmark.

const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** n schedules of the kinds activities have: weekly, every other week, monthly, daily, with exceptions. */
export function recurringSchedules(n: number): Schedule[] {
  const out: Schedule[] = [];
  for (let i = 0; i < n; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const hour = String(8 + (i % 12)).padStart(2, '0');
    const start = `2026-${month}-0${1 + (i % 7)}T${hour}:${i % 2 ? '30' : '00'}`;
    const day = days[i % 7] as string;
    const kind = i % 10;
    const rrule =
      kind < 5
        ? `FREQ=WEEKLY;BYDAY=${day}`
        : kind < 7
          ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day},${days[(i + 2) % 7]}`
          : kind < 9
            ? `FREQ=MONTHLY;BYDAY=${1 + (i % 4)}${day}`
            : `FREQ=DAILY;COUNT=${300 + (i % 100)}`;
    out.push({
      start,
      durationMinutes: 60 + (i % 4) * 30,
      rrule: i % 13 === 0 ? `${rrule};UNTIL=20270301T000000Z`.replace(/;COUNT=\d+/, '') : rrule,
      // Some with a cancelled date inside the window.
      ...(i % 9 === 0 ? { exdates: [`2027-01-0${1 + (i % 7)}T${hour}:${i % 2 ? '30' : '00'}`] } : {}),
    });
  }
  return out;
}

export function benchExpansion(n: number, runs: number) {
  const schedules = recurringSchedules(n);
  const from = new Date('2026-12-28T23:00:00Z');
  const to = new Date('2027-01-25T23:00:00Z');
  const times: number[] = [];
  let occurrences = 0;
  for (let r = 0; r < runs + 2; r++) {
    const t = performance.now();
    let count = 0;
    for (const s of schedules) count += expandSchedule(s, from, to, 60).length;
    const ms = performance.now() - t;
    if (r >= 2) times.push(ms); // two warm-up runs
    occurrences = count;
  }
  return { schedules: n, occurrences, p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

/** listAgenda over four weeks, as /sociale-kaart/agenda calls it (at most 100 activities per window). */
export async function benchAgendaService(b: BenchDb, runs: number) {
  const actor = anonymous(b.municipalityId);
  const kinds = [
    { name: 'agenda, 4 weeks, no filter', input: { from: '2026-12-28', days: 28 } },
    { name: 'agenda, 4 weeks, "koffie"', input: { from: '2026-12-28', days: 28, q: 'koffie' } },
    { name: 'agenda, 4 weeks, theme', input: { from: '2026-12-28', days: 28, theme: 'ontmoeting' } },
  ];
  const out = [];
  for (const k of kinds) {
    const t = await timed(runs, () => listAgenda(b.database.db, actor, k.input));
    const occurrences = t.last.occurrences.length;
    const f = { name: k.name, occurrences, p50: t.p50, p95: t.p95, runs };
    process.stderr.write(
      `  ${f.name}: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${occurrences} occurrences)\n`,
    );
    out.push(f);
  }
  return out;
}
