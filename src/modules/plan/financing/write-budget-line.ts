import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, DomainError, NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { PlanContext } from '../plan-access.ts';
import type { ItemRowWithNames } from '../plans.repository.ts';
import { requireItem, rowResource } from '../update-item.ts';
import type { BudgetLine } from './budget-line.ts';
import {
  type BudgetLineInput,
  type BudgetLinePatch,
  checkedLineValues,
  parseLineInput,
  parseLinePatch,
} from './budget-line-input.ts';
import { deleteLine, findLine, insertLine, updateLine } from './budget-lines.repository.ts';
import './finance-i18n.ts';
import './finance-policy.ts';
import { financingDb, financingTx } from './financing.tables.ts';

// Adding, changing and removing budget lines: whoever may edit the item (its plan's managers, a
// co-author for their own part) edits its money. Only interventions and projects have lines.

/** The budget line changed or disappeared since the version the editor started from. */
export class BudgetLineConflictError extends ConflictError {
  constructor() {
    super('plan.finance.error.conflict');
  }
}

async function requireEditableIntervention(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
): Promise<{ p: PlanContext; row: ItemRowWithNames }> {
  const found = await requireItem(ctx, planId, itemId);
  requireAccess(ctx.actor, 'update', rowResource(found.p, found.row));
  if (found.row.level !== 'intervention') throw new DomainError('plan.finance.error.notIntervention');
  return found;
}

/** The line of this plan, or NotFoundError. */
async function requireLine(ctx: ServiceContext, planId: string, lineId: string): Promise<BudgetLine> {
  const line = /^[0-9a-f-]{36}$/i.test(lineId)
    ? await findLine(financingDb(ctx.db), ctx.actor.municipalityId, lineId)
    : null;
  if (!line || line.planId !== planId) throw new NotFoundError('plan_budget_line');
  return line;
}

export async function createBudgetLine(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  input: BudgetLineInput,
): Promise<BudgetLine> {
  await requireEditableIntervention(ctx, planId, itemId);
  const values = await checkedLineValues(ctx.db, ctx.actor.municipalityId, parseLineInput(input));
  const id = await runWrite(ctx, async (tx, audit) => {
    const lineId = await insertLine(financingTx(tx), ctx.actor.municipalityId, itemId, values);
    audit({
      action: 'plan.budget_line.create',
      resourceType: 'plan_budget_line',
      resourceId: lineId,
      changes: { planId, itemId, ...values },
    });
    return lineId;
  });
  return requireLine(ctx, planId, id);
}

/** Changes the fields given; the input names the version it started from (else a conflict). */
export async function updateBudgetLine(
  ctx: ServiceContext,
  planId: string,
  lineId: string,
  patch: BudgetLinePatch,
): Promise<BudgetLine> {
  const before = await requireLine(ctx, planId, lineId);
  await requireEditableIntervention(ctx, planId, before.itemId);
  const { version, ...fields } = parseLinePatch(patch);
  const merged = {
    sourceKind: fields.sourceKind ?? before.sourceKind,
    sourceOrganisationId:
      fields.sourceOrganisationId !== undefined
        ? fields.sourceOrganisationId
        : (before.sourceOrganisation?.id ?? null),
    sourceName: fields.sourceName ?? before.sourceName,
    description: fields.description ?? before.description,
    year: fields.year ?? before.year,
    committedCents: fields.committedCents ?? before.committedCents,
    spentCents: fields.spentCents ?? before.spentCents,
  };
  const values = await checkedLineValues(ctx.db, ctx.actor.municipalityId, merged);
  if (version !== before.version) throw new BudgetLineConflictError();
  await runWrite(ctx, async (tx, audit) => {
    if (!(await updateLine(financingTx(tx), ctx.actor.municipalityId, lineId, version, values)))
      throw new BudgetLineConflictError();
    audit({
      action: 'plan.budget_line.update',
      resourceType: 'plan_budget_line',
      resourceId: lineId,
      changes: changedFields(
        {
          sourceKind: before.sourceKind,
          sourceOrganisationId: before.sourceOrganisation?.id ?? null,
          sourceName: before.sourceName,
          description: before.description,
          year: before.year,
          committedCents: before.committedCents,
          spentCents: before.spentCents,
        },
        { ...values },
      ),
    });
  });
  return requireLine(ctx, planId, lineId);
}

/** Removes a line; with a version, only when nobody changed it since. */
export async function deleteBudgetLine(
  ctx: ServiceContext,
  planId: string,
  lineId: string,
  version?: number,
): Promise<void> {
  const before = await requireLine(ctx, planId, lineId);
  await requireEditableIntervention(ctx, planId, before.itemId);
  if (version !== undefined && version !== before.version) throw new BudgetLineConflictError();
  await runWrite(ctx, async (tx, audit) => {
    if (!(await deleteLine(financingTx(tx), ctx.actor.municipalityId, lineId, version)))
      throw new BudgetLineConflictError();
    audit({
      action: 'plan.budget_line.delete',
      resourceType: 'plan_budget_line',
      resourceId: lineId,
      changes: {
        itemId: before.itemId,
        sourceKind: before.sourceKind,
        committedCents: before.committedCents,
        spentCents: before.spentCents,
        year: before.year,
      },
    });
  });
}

/** One line of the plan for whoever may read the plan (else NotFoundError). */
export async function getBudgetLine(
  ctx: ServiceContext,
  planId: string,
  lineId: string,
): Promise<BudgetLine> {
  const line = await requireLine(ctx, planId, lineId);
  await requireItem(ctx, planId, line.itemId);
  return line;
}
