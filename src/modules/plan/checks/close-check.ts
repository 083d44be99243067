import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { cycleTx } from '../cycles/cycles.tables.ts';
import type { NeighbourhoodCheck } from './check.ts';
import { touchCheck } from './checks.repository.ts';
import { checkResource, getCheck } from './get-check.ts';

/** The requester closes the check (answered, or no longer needed); closing twice changes nothing. */
export async function closeCheck(ctx: ServiceContext, checkId: string): Promise<NeighbourhoodCheck> {
  const check = await getCheck(ctx.db, ctx.actor, checkId);
  requireAccess(ctx.actor, 'update', checkResource(ctx.actor.municipalityId, check));
  if (check.closedAt !== null) return check;
  await runWrite(ctx, async (tx, audit) => {
    await touchCheck(cycleTx(tx), ctx.actor.municipalityId, check.id, { closedAt: new Date() });
    audit({
      action: 'neighbourhood_check.close',
      resourceType: 'neighbourhood_check',
      resourceId: check.id,
      changes: { status: { from: check.status, to: 'closed' } },
    });
  });
  return getCheck(ctx.db, ctx.actor, check.id);
}
