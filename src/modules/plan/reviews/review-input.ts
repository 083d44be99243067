import { z } from 'zod';
import { ValidationError } from '../../../core/errors.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { verdicts } from './review.ts';

// The input of the review services (the API and the forms send the same shapes).

const localDate = z.iso.date({ message: 'validation.localDate' });

export const reviewInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  scheduledOn: localDate,
  remindDaysBefore: z.coerce.number().int().min(0).max(90).default(14),
});
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const reviewUpdateSchema = reviewInputSchema.extend({
  version: z.coerce.number().int().min(1),
});
export type ReviewUpdate = z.input<typeof reviewUpdateSchema>;

export const assessmentInputSchema = z
  .object({
    itemId: z.uuid(),
    verdict: z.enum(verdicts),
    note: z.string().trim().max(2000).default(''),
  })
  // Only "on track" may go without a word: the others say what is wrong or must change.
  .refine((a) => a.verdict === 'on_track' || a.note.length > 0, {
    message: 'plan.review.error.noteRequired',
    path: ['note'],
  });
export type AssessmentInput = z.input<typeof assessmentInputSchema>;

export const assessmentsInputSchema = z.object({
  assessments: z.array(assessmentInputSchema).max(2000),
});

export const holdInputSchema = z.object({
  summary: z.string().trim().max(5000).default(''),
  /** Checked one by one with assessmentInputSchema (see checkedAssessments). */
  assessments: z.array(z.unknown()).max(2000).default([]),
  /** The review's version the holder saw; a review changed since is a conflict. */
  version: z.coerce.number().int().min(1).optional(),
});
export type HoldInput = z.input<typeof holdInputSchema>;

export const versionInputSchema = z.object({
  label: z.string().trim().min(1).max(200),
});

/**
 * parseInput, but a refinement's own message key (plan.review.…) reaches the user instead of the
 * generic "not valid" (core validation only passes error.* and validation.* keys through).
 */
export function parseReviewInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = toFieldErrors(result.error).map((f, i) => {
    const message = result.error.issues[i]?.message ?? '';
    return message.startsWith('plan.') ? { field: f.field, key: message } : f;
  });
  throw new ValidationError(fieldErrors);
}
