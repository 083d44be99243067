import type { Criterion, CriterionResult, Reason, RuleEvaluation, Score } from './programme.ts';

// The effect rule, as plain functions: combine the assessors' scores per effect, count the
// effects served substantially against the framework's minimum, check every extra criterion,
// and say why. Den Haag: at least three of six effects substantially, durability as criterion.

const rank: Record<Score, number> = { none: 0, some: 1, substantial: 2 };

/**
 * The assessors' combined score: the lower median, so one enthusiastic assessor cannot carry an
 * effect alone (two assessors: the lower of the two). Null when nobody scored it.
 */
export function combineScores(list: readonly Score[]): Score | null {
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => rank[a] - rank[b]);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export function reaches(score: Score | null, min: 'some' | 'substantial'): boolean {
  return score !== null && rank[score] >= rank[min];
}

export interface ScoreInput {
  criterionId: string;
  score: Score;
}

/**
 * Evaluates the rule over the active effects and criteria. 'incomplete' while an active effect or
 * criterion has no score yet and the outcome could still change; 'meets' or 'does_not_meet'
 * once it is settled.
 */
export function evaluateRule(
  framework: { minSubstantial: number; effects: readonly Criterion[]; criteria: readonly Criterion[] },
  assessments: readonly ScoreInput[],
): RuleEvaluation {
  const effects = framework.effects.filter((e) => e.active);
  const criteria = framework.criteria.filter((c) => c.active);
  const byCriterion = new Map<string, Score[]>();
  for (const a of assessments) {
    const list = byCriterion.get(a.criterionId) ?? [];
    list.push(a.score);
    byCriterion.set(a.criterionId, list);
  }
  const resultOf = (c: Criterion): CriterionResult => {
    const list = byCriterion.get(c.id) ?? [];
    return { criterionId: c.id, score: combineScores(list), assessorCount: list.length };
  };
  const effectResults = effects.map(resultOf);
  const criterionResults = criteria.map(resultOf);
  const required = Math.min(framework.minSubstantial, effects.length);
  const substantial = effects.filter((_, i) => effectResults[i]?.score === 'substantial');
  const unscoredEffects = effects.filter((_, i) => effectResults[i]?.score === null);
  const reasons: Reason[] = [];

  const effectsMet = substantial.length >= required;
  // Unscored effects could still make up the shortfall.
  const effectsOpen = !effectsMet && substantial.length + unscoredEffects.length >= required;
  reasons.push({
    key: effectsMet
      ? 'plan.programme.rule.effectsMet'
      : effectsOpen
        ? 'plan.programme.rule.effectsOpen'
        : 'plan.programme.rule.effectsNotMet',
    params: {
      count: substantial.length,
      required,
      total: effects.length,
      effects: substantial.map((e) => e.name).join(', ') || '—',
    },
    ok: effectsMet,
  });

  let criteriaFailed = false;
  let criteriaOpen = false;
  criteria.forEach((c, i) => {
    const score = criterionResults[i]?.score ?? null;
    const min = c.minScore ?? 'some';
    if (score === null) {
      criteriaOpen = true;
      reasons.push({ key: 'plan.programme.rule.criterionOpen', params: { name: c.name }, ok: false });
    } else if (reaches(score, min)) {
      reasons.push({ key: 'plan.programme.rule.criterionMet', params: { name: c.name }, ok: true });
    } else {
      criteriaFailed = true;
      reasons.push({
        key: `plan.programme.rule.criterionNotMet.${min}`,
        params: { name: c.name },
        ok: false,
      });
    }
  });

  const outcome =
    criteriaFailed || (!effectsMet && !effectsOpen)
      ? 'does_not_meet'
      : effectsMet && !criteriaOpen
        ? 'meets'
        : 'incomplete';
  return {
    outcome,
    substantialCount: substantial.length,
    required,
    results: [...effectResults, ...criterionResults],
    reasons,
  };
}
