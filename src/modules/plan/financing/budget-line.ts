import type { Plan } from '../plan.ts';
import type { BudgetSourceKind, FinanceSummary } from './co-financing.ts';

// Financing as the services hand it out (never rows).

export interface BudgetLine {
  id: string;
  planId: string;
  itemId: string;
  sourceKind: BudgetSourceKind;
  /** A registered organisation (a department, a partner), or null with sourceName set. */
  sourceOrganisation: { id: string; name: string } | null;
  sourceName: string;
  description: string;
  year: number;
  committedCents: number;
  spentCents: number;
  /** Optimistic concurrency: an update or delete names it (ETag / If-Match, hidden field). */
  version: number;
  updatedAt: string;
}

/** Who or what the money comes from, for reading: the organisation, the name, or nothing. */
export function sourceLabel(line: Pick<BudgetLine, 'sourceOrganisation' | 'sourceName'>): string {
  return line.sourceOrganisation?.name ?? line.sourceName;
}

export interface FinanceItemRef {
  id: string;
  planId: string;
  level: 'goal' | 'action_line' | 'intervention';
  title: string;
  ownerOrganisation: { id: string; name: string } | null;
}

/** An item's money: its own lines (interventions), or the sum of the interventions below it. */
export interface ItemFinanceView {
  plan: Plan;
  item: FinanceItemRef;
  /** The item's own budget lines, oldest year first (only interventions have them). */
  lines: BudgetLine[];
  summary: FinanceSummary;
  /** For goals and action lines: the interventions below with their totals. */
  interventions: Array<{ item: FinanceItemRef; summary: FinanceSummary }>;
  /** May the actor add, change and remove lines here? */
  canEdit: boolean;
}

export interface ProgrammeProject {
  plan: { id: string; title: string; areaCode: string; areaName: string };
  item: FinanceItemRef;
  summary: FinanceSummary;
}

export interface ProgrammeFinances {
  year: number | null;
  areaCode: string | null;
  /** Every project (intervention) with money in the plans the actor may read, by plan and title. */
  projects: ProgrammeProject[];
  /** All their lines together: the programme's share from other sources. */
  summary: FinanceSummary;
  /** The years that have lines, for the filter. */
  years: number[];
}
