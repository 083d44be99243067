import { z } from 'zod';
import type { Db } from '../../../core/db/database.ts';
import { type FieldError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import type { LineValues } from './budget-lines.repository.ts';
import { budgetSourceKinds } from './co-financing.ts';

// The input of a budget line, the same for the API (amounts in cents) and the pages (which turn
// the euros people type into cents first). The shape is checked by zod; the ranges and the
// source rule here, with the part's own messages.

/** A hundred billion euros: more than any municipality's whole budget, well inside a safe integer. */
export const maxCents = 100_000_000_000_00;

export const budgetLineInput = z.object({
  sourceKind: z.enum(budgetSourceKinds),
  sourceOrganisationId: z.uuid().nullable().optional(),
  sourceName: z.string().trim().max(200).optional(),
  description: z.string().trim().max(500).optional(),
  year: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int().optional(),
});
export type BudgetLineInput = z.input<typeof budgetLineInput>;

export const budgetLinePatch = budgetLineInput.partial().extend({ version: z.number().int().min(1) });
export type BudgetLinePatch = z.input<typeof budgetLinePatch>;

export function parseLineInput(input: unknown): z.output<typeof budgetLineInput> {
  return parseInput(budgetLineInput, input);
}

export function parseLinePatch(input: unknown): z.output<typeof budgetLinePatch> {
  return parseInput(budgetLinePatch, input);
}

/** Checks the ranges, the source rule and the organisation; the values to write. */
export async function checkedLineValues(
  db: Db,
  municipalityId: string,
  v: z.output<typeof budgetLineInput>,
): Promise<LineValues> {
  const errors: FieldError[] = [];
  const sourceOrganisationId = v.sourceOrganisationId ?? null;
  const sourceName = v.sourceName ?? '';
  if (v.year < 2000 || v.year > 2100) errors.push({ field: 'year', key: 'plan.finance.error.year' });
  if (v.committedCents < 0 || v.committedCents > maxCents)
    errors.push({ field: 'committedCents', key: 'plan.finance.error.amount' });
  const spentCents = v.spentCents ?? 0;
  if (spentCents < 0 || spentCents > maxCents)
    errors.push({ field: 'spentCents', key: 'plan.finance.error.amount' });
  if (v.sourceKind !== 'programme_budget' && sourceOrganisationId === null && sourceName === '')
    errors.push({ field: 'sourceName', key: 'plan.finance.error.sourceRequired' });
  if (sourceOrganisationId !== null) {
    const org = await db
      .selectFrom('organisations')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', sourceOrganisationId)
      .executeTakeFirst();
    if (!org) errors.push({ field: 'sourceOrganisationId', key: 'plan.finance.error.unknownOrganisation' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return {
    sourceKind: v.sourceKind,
    sourceOrganisationId,
    sourceName,
    description: v.description ?? '',
    year: v.year,
    committedCents: v.committedCents,
    spentCents,
  };
}
