import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { createItem } from '../create-item.ts';
import { getPlanAccess } from '../plan-access.ts';
import { evaluateRule } from './effect-rule.ts';
import { getFramework } from './framework.ts';
import { getIdeaView } from './get-idea.ts';
import { mailSubmitter, type ProgrammeApp, requireIdea } from './idea-access.ts';
import {
  addIdeaGoal,
  assessmentsOf,
  insertDecision,
  moveIdea,
  planItemRef,
  toAssessment,
} from './programme.repository.ts';
import { programmeDb, programmeTx } from './programme.tables.ts';
import type { DecisionKind, IdeaStatus, ProjectIdeaView } from './programme.ts';
import { type DecideIdeaInput, decideIdeaInput } from './programme-input.ts';
import { absolute, ideaTokens, programmePaths } from './programme-links.ts';

export type { DecideIdeaInput };
export { decideIdeaInput };

const statusAfter: Record<DecisionKind, IdeaStatus> = {
  accept: 'accepted',
  revise: 'revise',
  reject: 'rejected',
};

/**
 * The programme office decides: accept (the project becomes an intervention under the chosen
 * action line of a plan, through the plans part's createItem), ask to revise, or reject — always
 * with reasons, which are mailed to the submitter. The rule's outcome is recorded beside the
 * decision; the office may depart from it, and its reasons say why.
 */
export async function decideIdea(
  app: ProgrammeApp,
  ctx: ServiceContext,
  ideaId: string,
  input: DecideIdeaInput,
): Promise<ProjectIdeaView> {
  const municipalityId = ctx.actor.municipalityId;
  const { row } = await requireIdea(ctx.db, ctx.actor, ideaId);
  requireAccess(ctx.actor, 'create', { type: 'project_decision', municipalityId });
  const data = parseInput(decideIdeaInput, input);
  if (!['submitted', 'in_assessment'].includes(row.status))
    throw new ValidationError([{ field: 'decision', key: 'plan.programme.error.notOpen' }]);
  if (data.decision === 'accept' && !data.actionLineId)
    throw new ValidationError([{ field: 'actionLineId', key: 'validation.required' }]);
  if (data.version !== row.version) throw new ConflictError('plan.programme.error.ideaConflict');

  const db = programmeDb(ctx.db);
  const framework = await getFramework(ctx.db, municipalityId);
  const evaluation = evaluateRule(
    framework,
    (await assessmentsOf(db, municipalityId, [ideaId])).map(toAssessment),
  );

  let placement: { planId: string; itemId: string; goalId: string | null } | null = null;
  if (data.decision === 'accept') {
    if (!data.actionLineId)
      throw new ValidationError([{ field: 'actionLineId', key: 'validation.required' }]);
    const line = await planItemRef(db, municipalityId, data.actionLineId);
    if (line?.level !== 'action_line')
      throw new ValidationError([{ field: 'actionLineId', key: 'plan.programme.error.actionLine' }]);
    // The plan must be one the actor may change; otherwise a 404/403 from the plans part.
    const access = await getPlanAccess(ctx.db, ctx.actor, line.plan_id);
    if (!access.permissions.addItemUnder.includes(line.id))
      throw new ValidationError([{ field: 'actionLineId', key: 'plan.programme.error.actionLine' }]);
    const item = await createItem(ctx, line.plan_id, {
      parentId: line.id,
      level: 'intervention',
      title: row.title,
      description: [row.summary, row.description].filter((s) => s.trim() !== '').join('\n\n'),
      status: 'planned',
      areaCodes: [row.area_code],
    });
    placement = { planId: line.plan_id, itemId: item.id, goalId: line.parent_id };
  }

  await runWrite(ctx, async (wtx, audit) => {
    const tx = programmeTx(wtx);
    const moved = await moveIdea(
      tx,
      municipalityId,
      ideaId,
      ['submitted', 'in_assessment'],
      statusAfter[data.decision],
      {
        decidedAt: new Date(),
        version: data.version,
        ...(placement ? { planId: placement.planId, planItemId: placement.itemId } : {}),
      },
    );
    if (!moved) throw new ConflictError('plan.programme.error.ideaConflict');
    const decisionId = await insertDecision(tx, municipalityId, {
      ideaId,
      decision: data.decision,
      reason: data.reason,
      ruleOutcome: evaluation.outcome,
      decidedBy: ctx.actor.personId,
    });
    if (placement?.goalId) await addIdeaGoal(tx, municipalityId, ideaId, placement.goalId);
    audit({
      action: 'programme.idea.decide',
      resourceType: 'project_idea',
      resourceId: ideaId,
      changes: {
        decision: data.decision,
        decisionId,
        ruleOutcome: evaluation.outcome,
        planItemId: placement?.itemId ?? null,
      },
    });
  });

  if (row.submitter_email) {
    const follow = ideaTokens(app.secret, municipalityId, ideaId).follow;
    await mailSubmitter(app, ctx.db, {
      municipalityId,
      to: row.submitter_email,
      locale: row.locale,
      subject: `plan.programme.mail.decision.${data.decision}.subject`,
      body: `plan.programme.mail.decision.${data.decision}.body`,
      params: {
        title: row.title,
        reason: data.reason,
        link: absolute(app.publicUrl, programmePaths.follow(follow)),
      },
    });
  }
  return getIdeaView(ctx, ideaId);
}
