import type { ServiceContext } from '../../../core/audit/write.ts';
import { can } from '../../../core/permissions/can.ts';
import { evaluateRule } from './effect-rule.ts';
import { getFramework } from './framework.ts';
import { requireIdea } from './idea-access.ts';
import { assessmentsOf, decisionsOf, goalIdsOf, toAssessment, toIdea } from './programme.repository.ts';
import { programmeDb } from './programme.tables.ts';
import type { ProjectIdeaView } from './programme.ts';

/** One idea for the staff: its text, the framework, every score, the rule's outcome with reasons, the decisions. */
export async function getIdeaView(ctx: ServiceContext, id: string): Promise<ProjectIdeaView> {
  const municipalityId = ctx.actor.municipalityId;
  const { row, assessor } = await requireIdea(ctx.db, ctx.actor, id);
  const db = programmeDb(ctx.db);
  const [framework, assessmentRows, decisions, goals] = await Promise.all([
    getFramework(ctx.db, municipalityId),
    assessmentsOf(db, municipalityId, [id]),
    decisionsOf(db, municipalityId, id),
    goalIdsOf(db, municipalityId, [id]),
  ]);
  const assessments = assessmentRows.map(toAssessment);
  return {
    idea: toIdea(row, goals.get(id) ?? []),
    framework,
    assessments,
    evaluation: evaluateRule(framework, assessments),
    decisions,
    permissions: {
      assess: can(ctx.actor, 'create', { type: 'project_assessment', municipalityId, assessor }),
      decide: can(ctx.actor, 'create', { type: 'project_decision', municipalityId }),
    },
  };
}
