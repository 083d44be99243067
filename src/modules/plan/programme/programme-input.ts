import { z } from 'zod';
import { decisionKinds, scores } from './programme.ts';

// The zod schemas of the programme's write services: the API documents them (documented()) and the
// forms parse their fields into them. Messages are catalogue keys (see core/validation.ts).

const text = (max: number) => z.string().trim().max(max);
const uuid = z.uuid('validation.invalid');
const optionalText = (max: number) =>
  z.preprocess((v) => (v === null ? undefined : v), text(max).default(''));
const version = z.coerce.number('validation.number').int().min(1);

/** Euros as typed in a form ("12500", "12.500", "12500,50") or a number; '' is none. */
const euros = z.preprocess((v) => {
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v !== 'string') return v;
  const s = v.trim().replace(/[€\s]/g, '');
  const normal = /,\d{1,2}$/.test(s)
    ? s.replace(/\./g, '').replace(',', '.')
    : s.replace(/[.,](?=\d{3}(\D|$))/g, '');
  return normal;
}, z.coerce
  .number('validation.number')
  .min(0, 'validation.number')
  .max(100_000_000, 'validation.number')
  .optional());

export const ideaFields = {
  title: text(200).min(3, 'validation.required'),
  summary: text(1000).min(1),
  description: optionalText(10000),
  durability: optionalText(4000),
  partners: optionalText(2000),
  budgetEuros: euros,
  aimedEffectIds: z.array(uuid).max(30).default([]),
};

export const submitIdeaInput = z.object({
  /** CBS code of the wijk or gebied the idea is for. */
  areaCode: z.string().trim().min(1).max(20),
  ...ideaFields,
  submitterName: z.preprocess((v) => (v === '' ? null : v), text(200).nullable().optional()),
  submitterEmail: z.string().trim().max(320).pipe(z.email()),
  locale: z.enum(['nl', 'en']).optional(),
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
  /** Hidden in forms; people leave it empty, bots fill it in. */
  honeypot: z.string().max(2000).optional(),
});
export type SubmitIdeaInput = z.input<typeof submitIdeaInput>;

/** The submitter sends a revised version after being asked to. */
export const reviseIdeaInput = z.object(ideaFields);
export type ReviseIdeaInput = z.input<typeof reviseIdeaInput>;

export const assessIdeaInput = z.object({
  scores: z
    .array(
      z.object({
        criterionId: uuid,
        score: z.enum(scores),
        motivation: text(4000).min(1),
      }),
    )
    .min(1)
    .max(50),
});
export type AssessIdeaInput = z.input<typeof assessIdeaInput>;

export const decideIdeaInput = z.object({
  decision: z.enum(decisionKinds),
  reason: text(4000).min(1),
  /** For accept: the action line the project becomes an intervention under. */
  actionLineId: z.preprocess((v) => (v === '' ? undefined : v), uuid.optional()),
  version,
});
export type DecideIdeaInput = z.input<typeof decideIdeaInput>;

export const setIdeaGoalsInput = z.object({ goalIds: z.array(uuid).max(50) });
export type SetIdeaGoalsInput = z.input<typeof setIdeaGoalsInput>;

const criterionEdit = z.object({
  /** Absent: a new effect or criterion. */
  id: z.preprocess((v) => (v === '' ? undefined : v), uuid.optional()),
  name: text(200).min(1),
  description: optionalText(2000),
  active: z.boolean().default(true),
});

export const updateFrameworkInput = z.object({
  version,
  minSubstantial: z.coerce
    .number('validation.number')
    .int()
    .min(0, 'validation.number')
    .max(50, 'validation.number'),
  effects: z.array(criterionEdit).max(30),
  criteria: z
    .array(criterionEdit.extend({ minScore: z.enum(['some', 'substantial']).default('some') }))
    .max(20),
  assessorIds: z.array(uuid).max(100),
});
export type UpdateFrameworkInput = z.input<typeof updateFrameworkInput>;
