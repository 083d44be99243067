import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { UnauthenticatedError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { getFramework } from './framework.ts';
import { getIdeaView } from './get-idea.ts';
import { requireIdea } from './idea-access.ts';
import { moveIdea, upsertAssessment } from './programme.repository.ts';
import { programmeTx } from './programme.tables.ts';
import type { ProjectIdeaView } from './programme.ts';
import { type AssessIdeaInput, assessIdeaInput } from './programme-input.ts';

export type { AssessIdeaInput };
export { assessIdeaInput };

/**
 * An assessor scores effects and criteria of an idea (none / some / substantial), each with a
 * motivation; scoring again replaces their earlier score. Ideas already decided are closed,
 * except when sent back for revision and resubmitted.
 */
export async function assessIdea(
  ctx: ServiceContext,
  ideaId: string,
  input: AssessIdeaInput,
): Promise<ProjectIdeaView> {
  const municipalityId = ctx.actor.municipalityId;
  const { row, assessor } = await requireIdea(ctx.db, ctx.actor, ideaId);
  requireAccess(ctx.actor, 'create', { type: 'project_assessment', municipalityId, assessor });
  const personId = ctx.actor.personId;
  if (!personId) throw new UnauthenticatedError();
  const data = parseInput(assessIdeaInput, input);
  if (!['submitted', 'in_assessment'].includes(row.status))
    throw new ValidationError([{ field: '_', key: 'plan.programme.error.notOpen' }]);
  const framework = await getFramework(ctx.db, municipalityId);
  const active = new Set(
    [...framework.effects, ...framework.criteria].filter((c) => c.active).map((c) => c.id),
  );
  const seen = new Set<string>();
  const errors: ValidationError['fieldErrors'] = [];
  data.scores.forEach((s, i) => {
    if (!active.has(s.criterionId) || seen.has(s.criterionId))
      errors.push({ field: `scores.${i}.criterionId`, key: 'validation.choice' });
    seen.add(s.criterionId);
  });
  if (errors.length > 0) throw new ValidationError(errors);

  await runWrite(ctx, async (wtx, audit) => {
    const tx = programmeTx(wtx);
    for (const s of data.scores)
      await upsertAssessment(tx, municipalityId, { ideaId, assessorId: personId, ...s });
    await moveIdea(tx, municipalityId, ideaId, ['submitted'], 'in_assessment');
    audit({
      action: 'programme.idea.assess',
      resourceType: 'project_idea',
      resourceId: ideaId,
      changes: { scores: data.scores.map((s) => ({ criterionId: s.criterionId, score: s.score })) },
    });
  });
  return getIdeaView(ctx, ideaId);
}
