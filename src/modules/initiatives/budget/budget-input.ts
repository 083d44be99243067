import { z } from 'zod';

// The zod schemas of the budget part's services (the API documents them with documented()).
// Amounts in euro cents; the pages turn typed euros into cents before calling.

const cents = z.number().int().min(0).max(1_000_000_000_00);
// More than zero: checked by the services (rules) so the message says so in words.
const positiveCents = z.number().int().max(1_000_000_000_00);

export const createBudgetInput = z.object({
  areaCode: z.string().trim().min(1).max(20),
  year: z.number().int().min(2000).max(2100),
  amountCents: positiveCents,
  maxPerInitiativeCents: positiveCents,
  rules: z.string().trim().min(1).max(5000),
  rulesEn: z.string().trim().max(5000).optional(),
});
export type CreateBudgetInput = z.input<typeof createBudgetInput>;

export const updateBudgetInput = z.object({
  amountCents: positiveCents,
  maxPerInitiativeCents: positiveCents,
  rules: z.string().trim().min(1).max(5000),
  rulesEn: z.string().trim().max(5000).optional(),
  version: z.number().int().min(1),
});
export type UpdateBudgetInput = z.input<typeof updateBudgetInput>;

export const grantInput = z.object({
  budgetId: z.uuid(),
  amountCents: positiveCents,
  note: z.string().trim().max(2000).default(''),
  /** What the resident reads; a standard text when left out. */
  answer: z.string().trim().max(5000).optional(),
});
export type GrantInput = z.input<typeof grantInput>;

export const withdrawInput = z.object({ reason: z.string().trim().min(1).max(2000) });
export type WithdrawInput = z.input<typeof withdrawInput>;

export const paymentInput = z.object({
  amountCents: positiveCents,
  paidOn: z.iso.date(),
  reference: z.string().trim().max(200).default(''),
});
export type PaymentInput = z.input<typeof paymentInput>;

export const accountingInput = z.object({
  report: z.string().trim().min(10).max(5000),
  spentCents: cents,
});
export type AccountingInput = z.input<typeof accountingInput>;

export const reviewInput = z.object({
  outcome: z.enum(['approved', 'needs_more']),
  note: z.string().trim().max(2000).default(''),
});
export type ReviewInput = z.input<typeof reviewInput>;
