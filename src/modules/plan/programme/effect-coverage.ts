import type { Db } from '../../../core/db/database.ts';
import { combineScores } from './effect-rule.ts';
import { getFramework } from './framework.ts';
import { acceptedIdeaScores } from './programme.repository.ts';
import { programmeDb } from './programme.tables.ts';
import type { Score } from './programme.ts';

export interface EffectCoverage {
  /** Accepted projects that became interventions of these plans. */
  projectCount: number;
  /** Every active effect of the framework, in its order, with the projects serving it substantially. */
  effects: Array<{ effectId: string; code: string; name: string; substantialProjects: number }>;
}

/**
 * For the progress reports: per effect, how many of the plans' projects serve it substantially
 * (the assessors' combined score). Two queries whatever the number of plans. The caller has
 * checked the actor may read these plans.
 */
export async function effectCoverage(
  db: Db,
  municipalityId: string,
  planIds: string[],
): Promise<EffectCoverage> {
  const [framework, rows] = await Promise.all([
    getFramework(db, municipalityId),
    acceptedIdeaScores(programmeDb(db), municipalityId, planIds),
  ]);
  const perIdea = new Map<string, Map<string, Score[]>>();
  for (const r of rows) {
    const scores = perIdea.get(r.idea_id) ?? new Map<string, Score[]>();
    perIdea.set(r.idea_id, scores);
    if (r.criterion_id && r.score)
      scores.set(r.criterion_id, [...(scores.get(r.criterion_id) ?? []), r.score]);
  }
  const effects = framework.effects.filter((e) => e.active);
  return {
    projectCount: perIdea.size,
    effects: effects.map((e) => ({
      effectId: e.id,
      code: e.code,
      name: e.name,
      substantialProjects: [...perIdea.values()].filter(
        (s) => combineScores(s.get(e.id) ?? []) === 'substantial',
      ).length,
    })),
  };
}
