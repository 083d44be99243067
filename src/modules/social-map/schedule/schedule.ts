import { z } from 'zod';
import { isInSeries } from './expand-schedule.ts';
import { type LocalDate, type LocalDateTime, parseLocalDate, parseLocalDateTime } from './local-time.ts';
import { parseRrule } from './rrule.ts';

// When an activity takes place: a first start in Europe/Amsterdam wall-clock time, a duration, and
// optionally an RFC 5545 RRULE with exceptions. Wall-clock time (not UTC) is what people mean by
// "every Tuesday at 10:00", and it keeps meaning that across daylight-saving changes.

export type { LocalDate, LocalDateTime };

export interface ScheduleOverride {
  /** The original start of the occurrence this changes (as the rule produces it). */
  recurrenceId: LocalDateTime | LocalDate;
  /** Moved to this start. */
  start?: LocalDateTime | LocalDate;
  durationMinutes?: number;
  cancelled?: boolean;
  note?: string;
}

export interface Schedule {
  /** 'YYYY-MM-DDTHH:mm' wall-clock in Europe/Amsterdam, or 'YYYY-MM-DD' when allDay. */
  start: LocalDateTime | LocalDate;
  /** For all-day schedules a whole number of days (multiples of 1440). */
  durationMinutes: number;
  allDay?: boolean;
  /** RFC 5545 RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z'. */
  rrule?: string;
  /** Occurrences left out, by their original start. */
  exdates?: Array<LocalDateTime | LocalDate>;
  overrides?: ScheduleOverride[];
}

export const MINUTES_PER_DAY = 1440;
export const MAX_DURATION_MINUTES = 366 * MINUTES_PER_DAY;
export const MAX_EXDATES = 1000;
export const MAX_OVERRIDES = 1000;
export const MAX_NOTE_LENGTH = 1000;

export const localDateTimeSchema = z
  .string()
  .refine((s) => parseLocalDateTime(s) !== null, 'validation.localDateTime');
export const localDateSchema = z.string().refine((s) => parseLocalDate(s) !== null, 'validation.localDate');

// The core maps a number's min/max to 'too short/long' (texts about characters); say what is meant.
const durationSchema = z
  .number()
  .int('validation.duration')
  .min(0, 'validation.duration')
  .max(MAX_DURATION_MINUTES, 'validation.duration');

const overrideSchema = z.object({
  recurrenceId: z.string(),
  start: z.string().optional(),
  durationMinutes: durationSchema.optional(),
  cancelled: z.boolean().optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});

/** Validates a schedule; messages are message-catalogue keys. */
export const scheduleSchema: z.ZodType<Schedule> = z
  .object({
    start: z.string(),
    durationMinutes: durationSchema,
    allDay: z.boolean().optional(),
    rrule: z.string().max(1000).optional(),
    exdates: z.array(z.string()).max(MAX_EXDATES).optional(),
    overrides: z.array(overrideSchema).max(MAX_OVERRIDES).optional(),
  })
  .superRefine((schedule, ctx) => {
    const allDay = schedule.allDay === true;
    const isValid = allDay
      ? (s: string) => parseLocalDate(s) !== null
      : (s: string) => parseLocalDateTime(s) !== null;
    const timeKey = allDay ? 'validation.localDate' : 'validation.localDateTime';
    const issue = (path: Array<string | number>, message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    let sound = true;
    if (!isValid(schedule.start)) {
      issue(['start'], timeKey);
      sound = false;
    }
    if (
      allDay &&
      (schedule.durationMinutes < MINUTES_PER_DAY || schedule.durationMinutes % MINUTES_PER_DAY !== 0)
    ) {
      issue(['durationMinutes'], 'validation.allDayDuration');
    }
    if (schedule.rrule !== undefined) {
      const parsed = parseRrule(schedule.rrule);
      if (!parsed.ok) {
        issue(['rrule'], 'validation.rrule');
        sound = false;
      } else if (allDay && (parsed.rule.byHour || parsed.rule.byMinute)) {
        issue(['rrule'], 'validation.rrule');
        sound = false;
      }
    }
    schedule.exdates?.forEach((exdate, i) => {
      if (!isValid(exdate)) issue(['exdates', i], timeKey);
    });
    const seen = new Set<string>();
    schedule.overrides?.forEach((override, i) => {
      if (!isValid(override.recurrenceId)) {
        issue(['overrides', i, 'recurrenceId'], timeKey);
        return;
      }
      if (override.start !== undefined && !isValid(override.start)) issue(['overrides', i, 'start'], timeKey);
      if (
        allDay &&
        override.durationMinutes !== undefined &&
        override.durationMinutes % MINUTES_PER_DAY !== 0
      ) {
        issue(['overrides', i, 'durationMinutes'], 'validation.allDayDuration');
      }
      if (seen.has(override.recurrenceId))
        issue(['overrides', i, 'recurrenceId'], 'validation.duplicateRecurrenceId');
      seen.add(override.recurrenceId);
      // An override of an occurrence the rule never produces would silently add an extra one.
      if (sound && !isInSeries(schedule, override.recurrenceId)) {
        issue(['overrides', i, 'recurrenceId'], 'validation.recurrenceIdNotInSeries');
      }
    });
  });
