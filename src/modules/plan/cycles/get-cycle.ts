import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { PlanningCycle } from './cycle.ts';
import './cycles-policy.ts';
import { findCycle } from './cycles.repository.ts';

export async function getCycle(db: Db, actor: Actor, id: string): Promise<PlanningCycle> {
  const cycle = await findCycle(db, actor.municipalityId, id);
  if (!cycle) throw new NotFoundError('planning_cycle');
  requireAccess(actor, 'read', {
    type: 'planning_cycle',
    municipalityId: actor.municipalityId,
    organisationId: cycle.organisation?.id ?? null,
  });
  return cycle;
}
