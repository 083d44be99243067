import {
  changedFields,
  MissingAuditEntryError,
  runWrite,
  type ServiceContext,
} from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { PlanningCycle } from './cycle.ts';
import { type UpdateCycleInput, updateCycleInput } from './cycle-input.ts';
import './cycles-policy.ts';
import { parsePlanInput } from '../plan-input.ts';
import { findCycle, replaceDeadlines, updateCycleRow } from './cycles.repository.ts';
import { cycleTx } from './cycles.tables.ts';

/** Thrown when the cycle moved on since the editor loaded it; carries the current cycle. */
export class CycleConflictError extends ConflictError {
  readonly current: PlanningCycle;
  constructor(current: PlanningCycle) {
    super('plan.cycle.error.conflict');
    this.current = current;
  }
}

/** Changes a cycle; `version` is the one the editor started from (nothing is written when it moved on). */
export async function updateCycle(
  ctx: ServiceContext,
  id: string,
  input: UpdateCycleInput,
): Promise<PlanningCycle> {
  const municipalityId = ctx.actor.municipalityId;
  const current = await findCycle(ctx.db, municipalityId, id);
  if (!current) throw new NotFoundError('planning_cycle');
  requireAccess(ctx.actor, 'update', {
    type: 'planning_cycle',
    municipalityId,
    organisationId: current.organisation?.id ?? null,
  });
  const data = parsePlanInput(updateCycleInput, input);
  if (data.version !== current.version) throw new CycleConflictError(current);
  const after = {
    name: data.name ?? current.name,
    description: data.description ?? current.description,
    deadlines: (data.deadlines ?? current.deadlines).map((d) => ({
      title: d.title,
      description: d.description,
      purpose: d.purpose,
      everyMonths: d.everyMonths,
      month: d.month,
      day: d.day,
      startsOn: d.startsOn ?? null,
      endsOn: d.endsOn ?? null,
    })),
  };
  const before = {
    name: current.name,
    description: current.description,
    deadlines: current.deadlines.map(({ id: _id, ...d }) => d),
  };
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return current;
  const ok = await runWrite(ctx, async (rawTx, audit) => {
    const tx = cycleTx(rawTx);
    const moved = await updateCycleRow(tx, municipalityId, id, data.version, {
      name: after.name,
      description: after.description,
    });
    if (!moved) return false;
    if (changes.deadlines) await replaceDeadlines(tx, municipalityId, id, after.deadlines);
    audit({ action: 'planning_cycle.update', resourceType: 'planning_cycle', resourceId: id, changes });
    return true;
  }).catch((e: unknown) => {
    // Nothing recorded means nothing written: the version moved on between read and write.
    if (e instanceof MissingAuditEntryError) return false;
    throw e;
  });
  const fresh = await findCycle(ctx.db, municipalityId, id);
  if (!fresh) throw new NotFoundError('planning_cycle');
  if (!ok) throw new CycleConflictError(fresh);
  return fresh;
}
