import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import './cycles-policy.ts';
import { deleteCycleRow, findCycle } from './cycles.repository.ts';
import { cycleTx } from './cycles.tables.ts';

export async function deleteCycle(ctx: ServiceContext, id: string): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const current = await findCycle(ctx.db, municipalityId, id);
  if (!current) throw new NotFoundError('planning_cycle');
  requireAccess(ctx.actor, 'delete', {
    type: 'planning_cycle',
    municipalityId,
    organisationId: current.organisation?.id ?? null,
  });
  await runWrite(ctx, async (tx, audit) => {
    await deleteCycleRow(cycleTx(tx), municipalityId, id);
    audit({
      action: 'planning_cycle.delete',
      resourceType: 'planning_cycle',
      resourceId: id,
      changes: { name: current.name, organisationId: current.organisation?.id ?? null },
    });
  });
}
