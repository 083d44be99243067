import { z } from 'zod';
import { type FieldError, ValidationError } from '../../core/errors.ts';
import { toFieldErrors } from '../../core/validation.ts';
import { itemLevels, itemStatuses, planStates } from './plan.ts';

// The zod schemas of the plan's write services: the API documents them (wrapped with documented())
// and the forms parse their fields into them. Messages are catalogue keys (see validation.ts).

const dateOnly = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.localDate')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'validation.localDate');

const optionalDate = z.preprocess((v) => (v === '' ? null : v), dateOnly.nullable().optional());
const uuid = z.uuid('validation.invalid');
const optionalUuid = z.preprocess((v) => (v === '' ? null : v), uuid.nullable().optional());
const text = (max: number) => z.string().trim().max(max);
const version = z.coerce.number('validation.number').int().min(1);

export const planKinds = ['area_plan', 'programme'] as const;

export const createPlanInput = z.object({
  areaCode: z.string().trim().min(1).max(20),
  kind: z.enum(planKinds).default('area_plan'),
  title: text(200).min(1),
  summary: text(2000).default(''),
  vision: text(20000).default(''),
  periodStart: dateOnly,
  periodEnd: dateOnly,
  state: z.enum(planStates).default('draft'),
});
export type CreatePlanInput = z.input<typeof createPlanInput>;

/** Only the fields given change; version is the one the editor started from. */
export const updatePlanInput = z.object({
  version,
  areaCode: z.string().trim().min(1).max(20).optional(),
  title: text(200).min(1).optional(),
  summary: text(2000).optional(),
  vision: text(20000).optional(),
  periodStart: dateOnly.optional(),
  periodEnd: dateOnly.optional(),
  state: z.enum(planStates).optional(),
});
export type UpdatePlanInput = z.input<typeof updatePlanInput>;

export const itemLinkInput = z.object({
  module: z.enum(['social_map', 'initiatives']),
  refId: uuid,
});

const theme = z.string().trim().min(1).max(60);
const weight = z.preprocess(
  (v) => (v === '' ? null : v),
  z.coerce.number('validation.number').positive('plan.validation.weight').max(1000).nullable().optional(),
);
const progress = z.preprocess(
  (v) => (v === '' ? null : v),
  z.coerce
    .number('validation.number')
    .int()
    .min(0, 'plan.validation.progress')
    .max(100, 'plan.validation.progress')
    .nullable()
    .optional(),
);

const itemFields = {
  title: text(200).min(1),
  description: text(10000).default(''),
  ownerOrganisationId: optionalUuid,
  contactPersonId: optionalUuid,
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(itemStatuses).default('planned'),
  themes: z.array(theme).max(20).default([]),
  weight,
  progress,
  /** CBS codes of the areas the item works in. */
  areaCodes: z.array(z.string().trim().min(1).max(20)).max(50).default([]),
  links: z.array(itemLinkInput).max(50).default([]),
};

export const createItemInput = z.object({
  /** Null or absent: a goal at the top of the plan. */
  parentId: optionalUuid,
  /** Follows from the parent; when given it must fit. */
  level: z.enum(itemLevels).optional(),
  ...itemFields,
});
export type CreateItemInput = z.input<typeof createItemInput>;

export const updateItemInput = z.object({
  version,
  /** Move the item under another parent of the same level in the same plan. */
  parentId: optionalUuid,
  title: itemFields.title.optional(),
  description: text(10000).optional(),
  ownerOrganisationId: optionalUuid,
  contactPersonId: optionalUuid,
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(itemStatuses).optional(),
  themes: z.array(theme).max(20).optional(),
  weight,
  progress,
  areaCodes: z.array(z.string().trim().min(1).max(20)).max(50).optional(),
  links: z.array(itemLinkInput).max(50).optional(),
  position: z.coerce.number().int().min(0).max(100000).optional(),
});
export type UpdateItemInput = z.input<typeof updateItemInput>;

export const memberInput = z
  .object({
    organisationId: optionalUuid,
    personId: optionalUuid,
    /** A person by the e-mail address of their account (the members page asks this way). */
    personEmail: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.email({ error: 'validation.email' }).max(320).optional(),
    ),
    role: z.enum(['owner', 'co_author', 'reader']),
  })
  .refine((m) => (m.organisationId ? 1 : 0) + (m.personId ? 1 : 0) + (m.personEmail ? 1 : 0) === 1, {
    message: 'plan.validation.memberOneOf',
    path: ['organisationId'],
  });
export type MemberInput = z.input<typeof memberInput>;

export const milestoneInput = z.object({
  title: text(200).min(1),
  dueDate: optionalDate,
  doneOn: optionalDate,
});
export type MilestoneInput = z.input<typeof milestoneInput>;

const optionalNumber = z.preprocess(
  (v) => (v === '' ? null : v),
  z.coerce.number('validation.number').finite().nullable().optional(),
);

export const indicatorInput = z
  .object({
    name: text(200).min(1),
    unit: text(40).default(''),
    direction: z.enum(['increase', 'decrease']).default('increase'),
    baseline: optionalNumber,
    baselineOn: optionalDate,
    target: optionalNumber,
    targetOn: optionalDate,
    sourceKind: z.enum(['manual', 'cbs']).default('manual'),
    /** For 'cbs': the key of the figure in the area's CBS attributes, and the area's code. */
    cbsKey: z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(80).nullable().optional()),
    cbsAreaCode: z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(20).nullable().optional()),
  })
  .refine((i) => i.sourceKind !== 'cbs' || Boolean(i.cbsKey), {
    message: 'validation.required',
    path: ['cbsKey'],
  })
  .refine((i) => i.sourceKind !== 'cbs' || Boolean(i.cbsAreaCode), {
    message: 'validation.required',
    path: ['cbsAreaCode'],
  });
export type IndicatorInput = z.input<typeof indicatorInput>;

export const indicatorValueInput = z.object({
  measuredOn: dateOnly,
  value: z.coerce.number('validation.number').finite(),
  source: text(200).min(1),
  note: text(1000).default(''),
});
export type IndicatorValueInput = z.input<typeof indicatorValueInput>;

/**
 * parseInput, keeping the module's own message keys ('plan.…', also the other parts' keys) that
 * the core mapping does not know about.
 */
export function parsePlanInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(planFieldErrors(result.error));
}

export function planFieldErrors(error: z.ZodError): FieldError[] {
  const issues = error.issues;
  return toFieldErrors(error).map((e, i) => {
    const message = issues[i]?.message ?? '';
    return message.startsWith('plan.') ? { field: e.field, key: message } : e;
  });
}
