import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { ConflictError } from '../../core/errors.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import './i18n.ts';
import { planDb, planTx } from './plan.tables.ts';
import { loadItem, touchPlan } from './plans.repository.ts';
import { ItemConflictError, requireItem, rowResource } from './update-item.ts';

/**
 * Removes an item that has nothing below it (move or remove the children first). With a
 * version, only when the item is still at it. Managers remove anything; co-authors their own
 * interventions.
 */
export async function deleteItem(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  version?: number,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireItem(ctx, planId, itemId);
  requireAccess(ctx.actor, 'delete', rowResource(p, row));
  if (version !== undefined && version !== row.version) {
    const current = await loadItem(planDb(ctx.db), municipalityId, row.id);
    if (current) throw new ItemConflictError(current);
  }
  const child = await planDb(ctx.db)
    .selectFrom('plan_items')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('parent_id', '=', row.id)
    .executeTakeFirst();
  if (child) throw new ConflictError('plan.error.hasChildren');
  await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const res = await tx
      .deleteFrom('plan_items')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', row.id)
      .where('version', '=', version ?? row.version)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw new ConflictError('plan.error.conflict');
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: 'plan.item.delete',
      resourceType: 'plan_item',
      resourceId: row.id,
      changes: { plan: p.row.id, level: row.level, title: row.title },
    });
  });
}
