import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import type { Budget } from './budget.ts';
import { budgetResource, requireBudget } from './budget-access.ts';
import './budget-i18n.ts';
import { type CreateBudgetInput, createBudgetInput } from './budget-input.ts';
import { insertBudget, listBudgets } from './budgets.repository.ts';

export type { CreateBudgetInput };
export { createBudgetInput };

/**
 * The programme office (coordinators, administrators) opens a quick budget for an area and a
 * year: the amount, the maximum per initiative and the published rules (what may be paid for).
 * One per area and year.
 */
export async function createBudget(ctx: ServiceContext, input: CreateBudgetInput): Promise<Budget> {
  const m = ctx.actor.municipalityId;
  const data = parseInput(createBudgetInput, input);
  const area = await findAreaRowByCode(ctx.db, m, data.areaCode.toUpperCase());
  if (!area) throw new ValidationError([{ field: 'areaCode', key: 'initiatives.budget.error.area' }]);
  requireAccess(ctx.actor, 'create', budgetResource(m, area.path));
  if (data.amountCents <= 0)
    throw new ValidationError([{ field: 'amountCents', key: 'initiatives.budget.error.amountPositive' }]);
  if (data.maxPerInitiativeCents <= 0)
    throw new ValidationError([
      { field: 'maxPerInitiativeCents', key: 'initiatives.budget.error.amountPositive' },
    ]);
  if (data.maxPerInitiativeCents > data.amountCents)
    throw new ValidationError([
      { field: 'maxPerInitiativeCents', key: 'initiatives.budget.error.maxAboveAmount' },
    ]);
  const existing = await listBudgets(initiativesDb(ctx.db), m, { year: data.year, areaId: area.id });
  if (existing.length > 0) throw new ConflictError('initiatives.budget.error.exists');
  const id = await runWrite(ctx, async (wtx, audit) => {
    const budgetId = await insertBudget(initiativesTx(wtx), {
      municipalityId: m,
      areaId: area.id,
      year: data.year,
      amountCents: data.amountCents,
      maxPerInitiativeCents: data.maxPerInitiativeCents,
      rules: data.rules,
      rulesEn: data.rulesEn ? data.rulesEn : null,
    });
    // Someone opened the same one a moment ago (the unique key held it off).
    if (budgetId === '') throw new ConflictError('initiatives.budget.error.exists');
    audit({
      action: 'initiatives.budget.create',
      resourceType: 'initiative_budget',
      resourceId: budgetId,
      changes: {
        area: area.code,
        year: data.year,
        amountCents: data.amountCents,
        maxPerInitiativeCents: data.maxPerInitiativeCents,
      },
    });
    return budgetId;
  });
  const budget = await requireBudget(ctx, id);
  if (!budget) throw new NotFoundError('initiative_budget');
  return budget;
}
