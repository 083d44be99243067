import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { pathWithin } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { notifyResident } from '../handling/notify-resident.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import { openStatuses } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { loadItemRow } from '../item-access.ts';
import { findItemRowForUpdate, insertEvent } from '../items.repository.ts';
import { checkTransition } from '../rules/transitions.ts';
import type { GrantDetail } from './budget.ts';
import { grantResource } from './budget-access.ts';
import { budgetText, euroParams } from './budget-i18n.ts';
import { type GrantInput, grantInput } from './budget-input.ts';
import {
  findBudget,
  findGrantRowOfItem,
  kindAllowsBudget,
  markItemGranted,
  reserve,
  upsertGrant,
} from './budgets.repository.ts';
import { grantDetail } from './get-item-budget.ts';
import { checkGrantAmount } from './ledger.ts';
import { formatEuro } from './money.ts';

export type { GrantInput };
export { grantInput };

const insufficient = (available: number) =>
  new ConflictError('initiatives.budget.error.insufficient', euroParams('available', Math.max(0, available)));

/**
 * Grants money from an area's quick budget to an initiative that asked for it. The money is
 * reserved inside the one transaction that records the grant, with a conditional update
 * (reserved + amount ≤ amount of the budget), so the budget can never be overspent, also not by
 * grants at the same moment: the second waits for the first's row lock and then no longer fits.
 * An item still waiting for a decision is decided as granted in the same step, and the resident
 * is told (handling's notifyResident, the municipality's template for decided_granted).
 */
export async function grantFromBudget(
  app: InitiativesApp,
  ctx: ServiceContext,
  itemId: string,
  input: GrantInput,
): Promise<GrantDetail> {
  const m = ctx.actor.municipalityId;
  const item = await loadItemRow(ctx, itemId, 'read');
  const data = parseInput(grantInput, input);
  const db = initiativesDb(ctx.db);
  const budget = await findBudget(db, m, data.budgetId);
  if (!budget)
    throw new ValidationError([{ field: 'budgetId', key: 'initiatives.budget.error.budgetUnknown' }]);
  requireAccess(ctx.actor, 'create', grantResource(m, budget.areaPath, 'grant'));
  if (!(await kindAllowsBudget(db, m, item.kind_id)))
    throw new ValidationError([{ field: 'budgetId', key: 'initiatives.budget.error.notBudgetKind' }]);
  if (!pathWithin(item.area_path, budget.areaPath))
    throw new ValidationError([{ field: 'budgetId', key: 'initiatives.budget.error.outsideArea' }]);
  const check = checkGrantAmount(budget, data.amountCents);
  if (!check.ok) {
    if (check.key === 'initiatives.budget.error.insufficient') throw insufficient(budget.availableCents);
    throw new ValidationError([
      {
        field: 'amountCents',
        key: check.key,
        params:
          check.key === 'initiatives.budget.error.overMax'
            ? euroParams('max', budget.maxPerInitiativeCents)
            : {},
      },
    ]);
  }

  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    // The item's lock keeps two grants for the same item apart; the budget's row the money.
    const row = await findItemRowForUpdate(tx, m, itemId);
    if (!row) throw new NotFoundError('initiative_item');
    // Money only for an item still to be decided, or granted and being carried out: never for a
    // cancelled, finished, rejected or referred one. Area and kind again on the locked row.
    const grantable =
      (openStatuses as readonly string[]).includes(row.status) ||
      (row.status === 'decided' && row.decision === 'granted') ||
      row.status === 'in_execution';
    if (!grantable) throw new ConflictError('initiatives.budget.error.itemNotOpen');
    if (!pathWithin(row.area_path, budget.areaPath) || row.kind_id !== item.kind_id)
      throw new ConflictError('initiatives.budget.error.itemChanged');
    const existing = await findGrantRowOfItem(tx, m, itemId);
    if (existing && existing.status !== 'withdrawn')
      throw new ConflictError('initiatives.budget.error.alreadyGranted');
    const reserved = await reserve(tx, m, budget.id, data.amountCents);
    if (!reserved) {
      const now = await findBudget(tx, m, budget.id);
      throw insufficient(now ? now.availableCents : 0);
    }
    const grantId = await upsertGrant(tx, {
      municipalityId: m,
      budgetId: budget.id,
      itemId,
      amountCents: data.amountCents,
      note: data.note,
      grantedBy: ctx.actor.personId,
    });
    if (!grantId) throw new ConflictError('initiatives.budget.error.alreadyGranted');
    const amount = formatEuro(data.amountCents, row.locale);
    if ((openStatuses as readonly string[]).includes(row.status)) {
      const answer =
        data.answer ||
        budgetText(row.locale, 'initiatives.budget.defaultAnswer', { amount, area: budget.area.name });
      const ok = checkTransition(row.status, 'decided', { decision: 'granted', answer });
      if (!ok.ok) throw new ConflictError('initiatives.budget.error.itemNotOpen');
      const after = await markItemGranted(tx, row, answer, now);
      if (!after) throw new ConflictError('initiatives.budget.error.itemChanged');
      const publicText = await notifyResident(app, tx, after, 'decided_granted', { answer });
      await insertEvent(tx, ctx.actor, m, itemId, {
        event: 'decided_granted',
        fromStatus: row.status,
        toStatus: 'decided',
        publicText,
        internalNote: budgetText('nl', 'initiatives.budget.event.granted', {
          amount: formatEuro(data.amountCents, 'nl'),
          area: budget.area.name,
          year: budget.year,
        }),
      });
    } else {
      await insertEvent(tx, ctx.actor, m, itemId, {
        event: 'budget_granted',
        publicText: budgetText(row.locale, 'initiatives.budget.resident.granted', {
          amount,
          area: budget.area.name,
        }),
        internalNote: data.note || null,
      });
    }
    audit({
      action: 'initiatives.budget.grant',
      resourceType: 'initiative_grant',
      resourceId: grantId,
      changes: {
        itemId,
        budgetId: budget.id,
        amountCents: data.amountCents,
        reservedCents: reserved.reservedCents,
        decided: (openStatuses as readonly string[]).includes(row.status),
      },
    });
  });
  const detail = await grantDetail(ctx, itemId);
  if (!detail) throw new NotFoundError('initiative_grant');
  return detail;
}
