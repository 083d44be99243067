import type { AccountingStatus, GrantStatus, ItemStatus } from '../initiatives.tables.ts';

// The quick budget's domain types (smeeroliebudget): what the budget part's services return, the
// API serialises and the pages show. Amounts are euro cents (integers) everywhere.

export type { AccountingStatus, GrantStatus };

export const grantStatuses: readonly GrantStatus[] = ['granted', 'paid', 'accounted', 'withdrawn'];
export const accountingStatuses: readonly AccountingStatus[] = ['submitted', 'approved', 'needs_more'];

export interface AreaRef {
  id: string;
  code: string;
  name: string;
}

/** A budget as anyone may read it: amount, maximum per initiative, rules, and what is left. */
export interface Budget {
  id: string;
  area: AreaRef;
  /** Staff pages use it to check area officers' scope; not a secret. */
  areaPath: string;
  year: number;
  amountCents: number;
  maxPerInitiativeCents: number;
  /** Granted and not withdrawn (paid or not). */
  reservedCents: number;
  /** amountCents − reservedCents: what can still be granted. */
  availableCents: number;
  rules: string;
  rulesEn: string | null;
  version: number;
  updatedAt: string;
}

export interface Payment {
  id: string;
  grantId: string;
  amountCents: number;
  paidOn: string;
  reference: string;
  createdAt: string;
}

export interface Accounting {
  id: string;
  grantId: string;
  report: string;
  spentCents: number;
  status: AccountingStatus;
  reviewNote: string;
  submittedAt: string;
  reviewedAt: string | null;
}

export interface AccountingFile {
  id: string;
  purpose: 'accounting_photo' | 'receipt';
  contentType: string;
  byteSize: number;
  alt: string;
  createdAt: string;
}

/** One grant on a budget's ledger: what was granted, paid and accounted for. */
export interface LedgerEntry {
  grantId: string;
  item: { id: string; reference: string; title: string; status: ItemStatus; areaName: string };
  status: GrantStatus;
  note: string;
  grantedAt: string;
  grantedCents: number;
  paidCents: number;
  /** What the approved accounting says was spent (0 until approved). */
  accountedCents: number;
  /** Granted but not yet paid out. */
  toPayCents: number;
  accountingStatus: AccountingStatus | null;
}

export interface LedgerTotals {
  amountCents: number;
  grantedCents: number;
  paidCents: number;
  accountedCents: number;
  toPayCents: number;
  /** Still free in the budget: amount − granted. */
  availableCents: number;
}

export interface Ledger {
  budget: Budget;
  entries: LedgerEntry[];
  totals: LedgerTotals;
  may: { edit: boolean; pay: boolean };
}

/** A grant with everything that happened to it (the item's budget page, the API). */
export interface GrantDetail {
  id: string;
  budgetId: string;
  itemId: string;
  amountCents: number;
  status: GrantStatus;
  note: string;
  grantedAt: string;
  paidCents: number;
  payments: Payment[];
  accountings: Accounting[];
  files: AccountingFile[];
}

/** A granted initiative on the public rules page: no personal data, no resident's text but the title. */
export interface PublicGrant {
  id: string;
  title: string;
  areaName: string;
  amountCents: number;
  status: Exclude<GrantStatus, 'withdrawn'>;
  grantedOn: string;
}
