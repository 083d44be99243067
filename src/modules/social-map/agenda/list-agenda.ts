import { z } from 'zod';
import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { parseInput } from '../../../core/validation.ts';
import type { AreaRef } from '../asset.ts';
import { dutchDate } from '../freshness.ts';
import '../policy.ts';
import { expandSchedule } from '../schedule/expand-schedule.ts';
import { parseLocalDate } from '../schedule/local-time.ts';
import { AMSTERDAM, localToUtc } from '../schedule/time-zone.ts';
import { type SearchAssetsInput, searchAssets } from '../search/search-assets.ts';
import { smDb } from '../social-map.tables.ts';
import { schedulesOf } from './agenda.repository.ts';
import { addDays } from './group-by-day.ts';

// The agenda: when the publicly visible activities that pass the resident's filters take place,
// day by day, over a window of days (Europe/Amsterdam). The activities come from resident search
// (same filters, same visibility rules), their schedules in one more query; the expansion is the
// schedule engine's. A fixed number of queries whatever the number of activities.

/** At most this many activities feed one agenda window (the search's largest page). */
export const maxAgendaActivities = 100;
/** Occurrences per activity per window: a daily activity over six weeks stays within this. */
const maxPerActivity = 60;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.localDate')
  .refine((s) => parseLocalDate(s) !== null, 'validation.localDate');

export const listAgendaInput = z.object({
  /** First day 'YYYY-MM-DD' in the Netherlands; today when left out. */
  from: isoDate.optional(),
  days: z.coerce.number().int().min(1).max(42).default(7),
});
export type ListAgendaInput = z.input<typeof listAgendaInput> &
  Omit<SearchAssetsInput, 'kind' | 'limit' | 'cursor'>;

export interface AgendaOccurrence {
  assetId: string;
  title: string;
  summary: string;
  area: AreaRef;
  address: { street: string; postalCode: string; city: string } | null;
  costFree: boolean;
  start: Date;
  end: Date;
  /** Wall-clock start 'YYYY-MM-DDTHH:mm', or 'YYYY-MM-DD' when all day. */
  localStart: string;
  allDay: boolean;
  note: string | null;
}

export interface Agenda {
  from: string;
  /** The day after the last day. */
  to: string;
  days: number;
  occurrences: AgendaOccurrence[];
  /** More activities matched than one window takes (narrow the filters). */
  truncated: boolean;
}

export async function listAgenda(
  db: Db,
  actor: Actor,
  input: ListAgendaInput = {},
  now = new Date(),
): Promise<Agenda> {
  const { from: fromInput, days: daysInput, ...filters } = input;
  const w = parseInput(listAgendaInput, { from: fromInput, days: daysInput });
  const from = w.from ?? dutchDate(now);
  const to = addDays(from, w.days);
  // searchAssets checks access and validates the filters.
  const hits = await searchAssets(
    db,
    actor,
    { ...filters, kind: ['activity'], limit: maxAgendaActivities },
    now,
  );
  const schedules = await schedulesOf(
    smDb(db),
    actor.municipalityId,
    hits.items.map((h) => h.id),
  );
  const fromInstant = midnight(from);
  const toInstant = midnight(to);
  const occurrences: AgendaOccurrence[] = [];
  for (const hit of hits.items) {
    for (const schedule of schedules.get(hit.id) ?? []) {
      for (const o of expandSchedule(schedule, fromInstant, toInstant, maxPerActivity)) {
        occurrences.push({
          assetId: hit.id,
          title: hit.title,
          summary: hit.summary,
          area: hit.area,
          address: hit.address,
          costFree: hit.costFree,
          start: o.start,
          end: o.end,
          localStart: o.localStart,
          allDay: o.allDay,
          note: o.note ?? null,
        });
      }
    }
  }
  occurrences.sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'nl'));
  return { from, to, days: w.days, occurrences, truncated: hits.nextCursor !== null };
}

/** Local midnight at the start of a day in the Netherlands, as an instant. */
function midnight(date: string): Date {
  return new Date(localToUtc(AMSTERDAM, parseLocalDate(date) ?? 0));
}
