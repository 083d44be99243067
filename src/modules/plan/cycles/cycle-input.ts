import { z } from 'zod';
import './cycle-i18n.ts';
import { daysInMonth, deadlineIntervals, deadlinePurposes, isIsoDate } from './deadlines.ts';

// The zod schemas of the planning-cycle write services; the API documents them and the forms
// parse their fields into them. Messages are catalogue keys (see validation.ts).

const dateOnly = z.string().trim().refine(isIsoDate, 'validation.localDate');
const optionalDate = z.preprocess((v) => (v === '' ? null : v), dateOnly.nullable().optional());
const text = (max: number) => z.string().trim().max(max);
const int = (min: number, max: number) => z.coerce.number('validation.number').int().min(min).max(max);

export const deadlineInput = z
  .object({
    title: text(200).min(1),
    description: text(1000).default(''),
    purpose: z.enum(deadlinePurposes),
    everyMonths: z.coerce
      .number('validation.number')
      .refine((n) => (deadlineIntervals as readonly number[]).includes(n), 'validation.choice')
      .default(12),
    month: int(1, 12),
    day: int(1, 31),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .superRefine((d, ctx) => {
    // A yearly deadline on 30 February never falls; more frequent ones move to the month's end.
    if (d.everyMonths === 12 && d.day > daysInMonth(2024, d.month))
      ctx.addIssue({ code: 'custom', path: ['day'], message: 'plan.cycle.validation.dayInMonth' });
    if (d.startsOn && d.endsOn && d.endsOn < d.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'plan.cycle.validation.endsBeforeStart' });
  });
export type DeadlineInput = z.input<typeof deadlineInput>;

const deadlines = z.array(deadlineInput).min(1, 'plan.cycle.validation.noDeadlines').max(24);

export const createCycleInput = z.object({
  /** Empty or null: the municipality's own cycle. */
  organisationId: z.preprocess(
    (v) => (v === '' ? null : v),
    z.uuid('validation.invalid').nullable().optional(),
  ),
  name: text(200).min(1),
  description: text(2000).default(''),
  deadlines,
});
export type CreateCycleInput = z.input<typeof createCycleInput>;

/** Only the fields given change; deadlines, when given, replace the list. */
export const updateCycleInput = z.object({
  version: z.coerce.number('validation.number').int().min(1),
  name: text(200).min(1).optional(),
  description: text(2000).optional(),
  deadlines: deadlines.optional(),
});
export type UpdateCycleInput = z.input<typeof updateCycleInput>;
