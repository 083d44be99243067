import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { isInitiativesOffice } from '../policy.ts';
import type { Budget } from './budget.ts';
import { budgetPermissions, budgetResource } from './budget-access.ts';
import './budget-i18n.ts';
import { listBudgets as listBudgetRows } from './budgets.repository.ts';

export interface BudgetListEntry {
  budget: Budget;
  may: ReturnType<typeof budgetPermissions>;
}

export interface BudgetList {
  entries: BudgetListEntry[];
  /** Whether the actor may open budgets (the programme office). */
  mayCreate: boolean;
  years: number[];
}

/**
 * Every quick budget of the municipality (amounts, rules and what is left are public), newest
 * year first, with what the actor may do with each. Few rows: one per area and year.
 */
export async function listBudgets(
  ctx: ServiceContext,
  filter: { year?: number | undefined; areaCode?: string | undefined } = {},
): Promise<BudgetList> {
  const m = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'list', budgetResource(m, ''));
  const db = initiativesDb(ctx.db);
  let areaId: string | undefined;
  if (filter.areaCode) {
    const area = await findAreaRowByCode(ctx.db, m, filter.areaCode.toUpperCase());
    if (!area) return { entries: [], mayCreate: isInitiativesOffice(ctx.actor), years: [] };
    areaId = area.id;
  }
  const all = await listBudgetRows(db, m, { areaId });
  const years = [...new Set(all.map((b) => b.year))].sort((a, b) => b - a);
  const chosen = filter.year === undefined ? all : all.filter((b) => b.year === filter.year);
  return {
    entries: chosen.map((budget) => ({ budget, may: budgetPermissions(ctx.actor, budget) })),
    mayCreate: isInitiativesOffice(ctx.actor),
    years,
  };
}
