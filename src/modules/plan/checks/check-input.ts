import { z } from 'zod';
import '../cycles/cycle-i18n.ts';
import { isIsoDate } from '../cycles/deadlines.ts';
import { checkVerdicts } from './check.ts';

// The zod schemas of the wijktoets write services (the API documents them, the forms parse into them).

const text = (max: number) => z.string().trim().max(max);
const optionalUuid = z.preprocess(
  (v) => (v === '' ? null : v),
  z.uuid('validation.invalid').nullable().optional(),
);

export const createCheckInput = z.object({
  title: text(200).min(1),
  proposal: text(10000).min(1),
  question: text(2000).default(''),
  /** The asking department; a department officer asks for their own (the only one: may be left out). */
  requestingOrganisationId: optionalUuid,
  planId: optionalUuid,
  areaCodes: z.array(z.string().trim().min(1).max(20)).min(1, 'plan.check.validation.noAreas').max(50),
  answerBy: z.string().trim().refine(isIsoDate, 'validation.localDate'),
});
export type CreateCheckInput = z.input<typeof createCheckInput>;

export const answerCheckInput = z.object({
  verdict: z.enum(checkVerdicts),
  answer: text(5000).min(1),
});
export type AnswerCheckInput = z.input<typeof answerCheckInput>;
