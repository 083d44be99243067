import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import type { Budget } from './budget.ts';
import { budgetResource, requireBudget } from './budget-access.ts';
import { euroParams } from './budget-i18n.ts';
import { type UpdateBudgetInput, updateBudgetInput } from './budget-input.ts';
import { findBudget, updateBudgetIf } from './budgets.repository.ts';
import { mayLowerAmount } from './ledger.ts';

export type { UpdateBudgetInput };
export { updateBudgetInput };

export class BudgetConflictError extends ConflictError {
  constructor() {
    super('initiatives.budget.error.conflict');
  }
}

/**
 * Changes a budget's amount, maximum per initiative or rules, from the version the editor saw.
 * The amount can go down, never below what is already granted (the update itself checks it, so
 * a grant at the same moment cannot slip under it).
 */
export async function updateBudget(
  ctx: ServiceContext,
  id: string,
  input: UpdateBudgetInput,
): Promise<Budget> {
  const m = ctx.actor.municipalityId;
  const before = await requireBudget(ctx, id);
  requireAccess(ctx.actor, 'update', budgetResource(m, before.areaPath));
  const data = parseInput(updateBudgetInput, input);
  const belowReserved = (reserved: number) =>
    new ValidationError([
      {
        field: 'amountCents',
        key: 'initiatives.budget.error.belowReserved',
        params: euroParams('reserved', reserved),
      },
    ]);
  if (data.version !== before.version) throw new BudgetConflictError();
  if (!mayLowerAmount(before.reservedCents, data.amountCents)) throw belowReserved(before.reservedCents);
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
  const after = {
    amountCents: data.amountCents,
    maxPerInitiativeCents: data.maxPerInitiativeCents,
    rules: data.rules,
    rulesEn: data.rulesEn ? data.rulesEn : null,
  };
  await runWrite(ctx, async (wtx, audit) => {
    const ok = await updateBudgetIf(initiativesTx(wtx), m, id, data.version, after);
    if (!ok) {
      const now = await findBudget(initiativesTx(wtx), m, id);
      if (now && now.version === data.version) throw belowReserved(now.reservedCents);
      throw new BudgetConflictError();
    }
    audit({
      action: 'initiatives.budget.update',
      resourceType: 'initiative_budget',
      resourceId: id,
      changes: changedFields(
        {
          amountCents: before.amountCents,
          maxPerInitiativeCents: before.maxPerInitiativeCents,
          rules: before.rules,
          rulesEn: before.rulesEn,
        },
        after,
      ),
    });
  });
  const budget = await findBudget(initiativesDb(ctx.db), m, id);
  if (!budget) throw new BudgetConflictError();
  return budget;
}
