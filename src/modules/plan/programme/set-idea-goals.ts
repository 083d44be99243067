import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { getPlanAccess } from '../plan-access.ts';
import { getIdeaView } from './get-idea.ts';
import { requireIdea } from './idea-access.ts';
import { planItemRef, replaceIdeaGoals } from './programme.repository.ts';
import { programmeDb, programmeTx } from './programme.tables.ts';
import type { ProjectIdeaView } from './programme.ts';
import { type SetIdeaGoalsInput, setIdeaGoalsInput } from './programme-input.ts';

export type { SetIdeaGoalsInput };
export { setIdeaGoalsInput };

/**
 * Which goals of the wijkplannen an idea serves, as the programme office and assessors see it:
 * the fragmentation view shows ideas that serve none, and goals no idea serves.
 */
export async function setIdeaGoals(
  ctx: ServiceContext,
  ideaId: string,
  input: SetIdeaGoalsInput,
): Promise<ProjectIdeaView> {
  const municipalityId = ctx.actor.municipalityId;
  const { resource } = await requireIdea(ctx.db, ctx.actor, ideaId);
  requireAccess(ctx.actor, 'update', resource);
  const data = parseInput(setIdeaGoalsInput, input);
  const goalIds = [...new Set(data.goalIds)];
  const errors: ValidationError['fieldErrors'] = [];
  for (const [i, id] of goalIds.entries()) {
    const item = await planItemRef(programmeDb(ctx.db), municipalityId, id);
    let readable = false;
    if (item?.level === 'goal') {
      try {
        readable = (await getPlanAccess(ctx.db, ctx.actor, item.plan_id)).permissions.read;
      } catch {
        readable = false;
      }
    }
    if (!readable) errors.push({ field: `goalIds.${i}`, key: 'plan.programme.error.goal' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  await runWrite(ctx, async (wtx, audit) => {
    await replaceIdeaGoals(programmeTx(wtx), municipalityId, ideaId, goalIds);
    audit({
      action: 'programme.idea.goals',
      resourceType: 'project_idea',
      resourceId: ideaId,
      changes: { goalIds },
    });
  });
  return getIdeaView(ctx, ideaId);
}
