import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { listPlanItems } from '../list-items.ts';
import { listPlans } from '../list-plans.ts';
import type { AreaRef, PlanState } from '../plan.ts';
import { combineScores } from './effect-rule.ts';
import { getFramework, isAssessor } from './framework.ts';
import { activeIdeaRowsIn, assessmentsOf, goalIdsOf } from './programme.repository.ts';
import { programmeDb } from './programme.tables.ts';
import type { Criterion, IdeaStatus, Score } from './programme.ts';

// Fragmentation is a danger (seed 002): "losse projectjes" that each look fine but together do
// not add up. Per area: every project in play with its effects and the plan goals it serves, the
// projects that serve no goal, and the goals that no project serves.

export interface CoherenceIdea {
  id: string;
  title: string;
  status: IdeaStatus;
  area: AreaRef;
  /** Combined score per active effect (null: not scored). */
  effectScores: Record<string, Score | null>;
  goalIds: string[];
}

export interface CoherenceGoal {
  id: string;
  title: string;
  planId: string;
  planTitle: string;
  ideaIds: string[];
}

export interface CoherenceView {
  area: AreaRef;
  effects: Criterion[];
  plans: Array<{ id: string; title: string; state: PlanState; area: AreaRef }>;
  goals: CoherenceGoal[];
  ideas: CoherenceIdea[];
  ideasWithoutGoal: string[];
  goalsWithoutIdea: string[];
  /** Effects no project in the area serves substantially. */
  effectsUnserved: string[];
}

export async function getCoherence(ctx: ServiceContext, areaCode: string): Promise<CoherenceView> {
  const municipalityId = ctx.actor.municipalityId;
  const area = await findAreaRowByCode(ctx.db, municipalityId, areaCode);
  if (!area) throw new NotFoundError('area');
  requireAccess(ctx.actor, 'list', {
    type: 'project_idea',
    municipalityId,
    areaPath: area.path,
    submitterPersonId: null,
    assessor: await isAssessor(ctx.db, municipalityId, ctx.actor.personId),
  });
  const db = programmeDb(ctx.db);
  const [framework, plansPage, rows] = await Promise.all([
    getFramework(ctx.db, municipalityId),
    listPlans(ctx, { areaCode, kind: 'area_plan', limit: 200 }),
    activeIdeaRowsIn(db, municipalityId, area.path),
  ]);
  const plans = plansPage.plans.filter((p) => p.state !== 'closed');
  const ideaIds = rows.map((r) => r.id);
  const [items, goalLinks, scores] = await Promise.all([
    listPlanItems(
      ctx.db,
      municipalityId,
      plans.map((p) => p.id),
    ),
    goalIdsOf(db, municipalityId, ideaIds),
    assessmentsOf(db, municipalityId, ideaIds),
  ]);
  const effects = framework.effects.filter((e) => e.active);
  const goals: CoherenceGoal[] = plans.flatMap((p) =>
    (items.get(p.id) ?? [])
      .filter((i) => i.level === 'goal')
      .sort((a, b) => a.position - b.position)
      .map((g) => ({ id: g.id, title: g.title, planId: p.id, planTitle: p.title, ideaIds: [] as string[] })),
  );
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const ideas: CoherenceIdea[] = rows.map((r) => {
    const mine = scores.filter((s) => s.idea_id === r.id);
    const goalIds = (goalLinks.get(r.id) ?? []).filter((g) => goalById.has(g));
    for (const g of goalIds) goalById.get(g)?.ideaIds.push(r.id);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      area: { id: r.area_id, code: r.area_code, name: r.area_name },
      effectScores: Object.fromEntries(
        effects.map((e) => [
          e.id,
          combineScores(mine.filter((s) => s.criterion_id === e.id).map((s) => s.score)),
        ]),
      ),
      goalIds,
    };
  });
  return {
    area: { id: area.id, code: area.code, name: area.name },
    effects,
    plans: plans.map((p) => ({ id: p.id, title: p.title, state: p.state, area: p.area })),
    goals,
    ideas,
    ideasWithoutGoal: ideas.filter((i) => i.goalIds.length === 0).map((i) => i.id),
    goalsWithoutIdea: goals.filter((g) => g.ideaIds.length === 0).map((g) => g.id),
    effectsUnserved: effects
      .filter((e) => !ideas.some((i) => i.effectScores[e.id] === 'substantial'))
      .map((e) => e.id),
  };
}
