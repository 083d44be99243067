import type { AccountingStatus, GrantStatus } from '../initiatives.tables.ts';
import { checkGrant } from '../rules/budget.ts';

// The budget part's own pure rules, beside the shared ones in rules/budget.ts (checkGrant,
// ledgerTotals): the grant check with the numbers people need in the message, what a budget's
// amount may be changed to, payments that may not exceed the grant, and when the initiator may
// send in an accounting. The database enforces the money invariant itself (a conditional update
// and a check constraint); these give the reason in words before it gets that far.

export type BudgetCheck = { ok: true } | { ok: false; key: BudgetRuleKey; params: Record<string, number> };

export type BudgetRuleKey =
  | 'initiatives.budget.error.amountPositive'
  | 'initiatives.budget.error.overMax'
  | 'initiatives.budget.error.insufficient'
  | 'initiatives.budget.error.withdrawn'
  | 'initiatives.budget.error.overpaid';

/** rules/budget.ts's checkGrant, with the maximum or what is left to put in the message. */
export function checkGrantAmount(
  budget: { amountCents: number; reservedCents: number; maxPerInitiativeCents: number },
  amountCents: number,
): BudgetCheck {
  const check = checkGrant(budget, amountCents);
  if (check.ok) return check;
  if (check.key === 'initiatives.rules.grantAboveMaximum')
    return {
      ok: false,
      key: 'initiatives.budget.error.overMax',
      params: { max: budget.maxPerInitiativeCents },
    };
  if (check.key === 'initiatives.rules.budgetExhausted')
    return {
      ok: false,
      key: 'initiatives.budget.error.insufficient',
      params: { available: Math.max(0, budget.amountCents - budget.reservedCents) },
    };
  return { ok: false, key: 'initiatives.budget.error.amountPositive', params: {} };
}

/** A budget's amount may go down, but never below what has been granted from it. */
export function mayLowerAmount(reservedCents: number, newAmountCents: number): boolean {
  return Number.isSafeInteger(newAmountCents) && newAmountCents >= reservedCents;
}

/** The initiator may account while nothing waits for review and nothing is approved yet. */
export function mayAccount(
  grantStatus: GrantStatus,
  latest: { status: AccountingStatus } | undefined,
): boolean {
  if (grantStatus === 'withdrawn' || grantStatus === 'accounted') return false;
  return latest === undefined || latest.status === 'needs_more';
}

/** A payment may not make the total paid exceed the grant, nor pay out a withdrawn grant. */
export function checkPayment(
  grant: { amountCents: number; status: GrantStatus },
  paidCents: number,
  amountCents: number,
): BudgetCheck {
  if (grant.status === 'withdrawn')
    return { ok: false, key: 'initiatives.budget.error.withdrawn', params: {} };
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return { ok: false, key: 'initiatives.budget.error.amountPositive', params: {} };
  const open = Math.max(0, grant.amountCents - paidCents);
  if (amountCents > open) return { ok: false, key: 'initiatives.budget.error.overpaid', params: { open } };
  return { ok: true };
}

/** 'paid' once the whole amount is paid out; 'accounted' and 'withdrawn' stay what they are. */
export function statusAfterPayment(current: GrantStatus, grantCents: number, paidCents: number): GrantStatus {
  if (current !== 'granted') return current;
  return paidCents >= grantCents ? 'paid' : 'granted';
}

/** A grant may be withdrawn while no money went out and the initiator has not accounted. */
export function mayWithdraw(grantStatus: GrantStatus, paidCents: number, accountings: number): boolean {
  return grantStatus === 'granted' && paidCents === 0 && accountings === 0;
}
