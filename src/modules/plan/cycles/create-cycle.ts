import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { PlanningCycle } from './cycle.ts';
import { type CreateCycleInput, createCycleInput } from './cycle-input.ts';
import './cycles-policy.ts';
import { parsePlanInput } from '../plan-input.ts';
import { findCycle, insertCycle, organisationRef, replaceDeadlines } from './cycles.repository.ts';
import { cycleTx } from './cycles.tables.ts';

/** Registers a planning cycle with its deadlines for an organisation (or the municipality). */
export async function createCycle(ctx: ServiceContext, input: CreateCycleInput): Promise<PlanningCycle> {
  const municipalityId = ctx.actor.municipalityId;
  const data = parsePlanInput(createCycleInput, input);
  const organisationId = data.organisationId ?? null;
  requireAccess(ctx.actor, 'create', { type: 'planning_cycle', municipalityId, organisationId });
  if (organisationId !== null && !(await organisationRef(ctx.db, municipalityId, organisationId)))
    throw new ValidationError([{ field: 'organisationId', key: 'validation.choice' }]);
  const id = await runWrite(ctx, async (rawTx, audit) => {
    const tx = cycleTx(rawTx);
    const cycleId = await insertCycle(tx, municipalityId, {
      organisationId,
      name: data.name,
      description: data.description,
    });
    await replaceDeadlines(tx, municipalityId, cycleId, data.deadlines);
    audit({
      action: 'planning_cycle.create',
      resourceType: 'planning_cycle',
      resourceId: cycleId,
      changes: { organisationId, name: data.name, deadlines: data.deadlines.length },
    });
    return cycleId;
  });
  const cycle = await findCycle(ctx.db, municipalityId, id);
  if (!cycle) throw new Error('cycle vanished after create');
  return cycle;
}
