import type { AccountingStatus, GrantStatus } from '../initiatives.tables.ts';
import type { RulesMessageKey } from './rules-i18n.ts';
import './rules-i18n.ts';

// The quick budget: reserved = the sum of the grants not withdrawn, and never above the amount.
// The service reserves with a conditional update and the database check backs it; this rule
// gives the reason to show before trying.

export type GrantCheck = { ok: true } | { ok: false; key: RulesMessageKey };

export function checkGrant(
  budget: { amountCents: number; reservedCents: number; maxPerInitiativeCents: number },
  amount: number,
): GrantCheck {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    return { ok: false, key: 'initiatives.rules.grantAmountInvalid' };
  if (amount > budget.maxPerInitiativeCents) return { ok: false, key: 'initiatives.rules.grantAboveMaximum' };
  if (budget.reservedCents + amount > budget.amountCents)
    return { ok: false, key: 'initiatives.rules.budgetExhausted' };
  return { ok: true };
}

export interface LedgerGrant {
  id: string;
  amountCents: number;
  status: GrantStatus;
}
export interface LedgerPayment {
  grantId: string;
  amountCents: number;
}
export interface LedgerAccounting {
  grantId: string;
  spentCents: number;
  status: AccountingStatus;
  submittedAt?: Date | string | undefined;
}

export interface LedgerLine {
  grantId: string;
  granted: number;
  paid: number;
  /** What the approved accounting says was spent (0 until one is approved). */
  accounted: number;
  /** Granted but not yet paid out. */
  unpaid: number;
  withdrawn: boolean;
}

export interface LedgerTotals {
  amount: number;
  granted: number;
  paid: number;
  accounted: number;
  /** amount − granted: what can still be granted. */
  remaining: number;
  lines: LedgerLine[];
}

const time = (value: Date | string | undefined): number =>
  value === undefined ? 0 : value instanceof Date ? value.getTime() : Date.parse(value);

/**
 * Totals of a budget (all in cents). Withdrawn grants reserve nothing; payments count whatever
 * grant they belong to; per grant only the latest approved accounting counts (a resubmission
 * after "needs more" replaces the earlier one).
 */
export function ledgerTotals(
  budget: { amountCents: number },
  grants: readonly LedgerGrant[],
  payments: readonly LedgerPayment[],
  accountings: readonly LedgerAccounting[],
): LedgerTotals {
  const paidByGrant = new Map<string, number>();
  for (const p of payments) paidByGrant.set(p.grantId, (paidByGrant.get(p.grantId) ?? 0) + p.amountCents);
  const accountedByGrant = new Map<string, { spent: number; at: number }>();
  accountings.forEach((a) => {
    if (a.status !== 'approved') return;
    const at = time(a.submittedAt);
    const earlier = accountedByGrant.get(a.grantId);
    if (!earlier || at >= earlier.at) accountedByGrant.set(a.grantId, { spent: a.spentCents, at });
  });
  const lines = grants.map((g): LedgerLine => {
    const withdrawn = g.status === 'withdrawn';
    const granted = withdrawn ? 0 : g.amountCents;
    const paid = paidByGrant.get(g.id) ?? 0;
    return {
      grantId: g.id,
      granted,
      paid,
      accounted: accountedByGrant.get(g.id)?.spent ?? 0,
      unpaid: Math.max(0, granted - paid),
      withdrawn,
    };
  });
  const sum = (pick: (l: LedgerLine) => number) => lines.reduce((total, l) => total + pick(l), 0);
  const granted = sum((l) => l.granted);
  return {
    amount: budget.amountCents,
    granted,
    paid: sum((l) => l.paid),
    accounted: sum((l) => l.accounted),
    remaining: budget.amountCents - granted,
    lines,
  };
}
