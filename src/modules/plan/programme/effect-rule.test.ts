import { describe, expect, it } from 'vitest';
import { combineScores, evaluateRule, type ScoreInput } from './effect-rule.ts';
import type { Criterion, Score } from './programme.ts';

const effect = (code: string): Criterion => ({
  id: code,
  kind: 'effect',
  code,
  name: code,
  description: '',
  minScore: null,
  position: 0,
  active: true,
});
const effects = ['cohesie', 'beeld', 'toegang', 'veiligheid', 'werk', 'eigenaarschap'].map(effect);
const durability: Criterion = { ...effect('duurzaamheid'), kind: 'criterion', minScore: 'some' };
const framework = { minSubstantial: 3, effects, criteria: [durability] };

function scored(entries: Record<string, Score | Score[]>): ScoreInput[] {
  return Object.entries(entries).flatMap(([criterionId, s]) =>
    [s].flat().map((score) => ({ criterionId, score })),
  );
}

const allScored = (substantialOnes: string[], durable: Score) =>
  scored({
    ...Object.fromEntries(
      effects.map((e) => [e.id, substantialOnes.includes(e.id) ? 'substantial' : 'some']),
    ),
    duurzaamheid: durable,
  });

describe('combineScores', () => {
  it('takes the lower median, so one assessor cannot carry an effect alone', () => {
    expect(combineScores([])).toBeNull();
    expect(combineScores(['substantial'])).toBe('substantial');
    expect(combineScores(['substantial', 'some'])).toBe('some');
    expect(combineScores(['substantial', 'none', 'substantial'])).toBe('substantial');
    expect(combineScores(['none', 'some', 'substantial', 'substantial'])).toBe('some');
  });
});

describe('evaluateRule (Den Haag: three of six effects substantially, durability)', () => {
  it('meets with three substantial effects and durability at least some', () => {
    const r = evaluateRule(framework, allScored(['cohesie', 'toegang', 'eigenaarschap'], 'some'));
    expect(r.outcome).toBe('meets');
    expect(r.substantialCount).toBe(3);
    expect(r.reasons.map((x) => [x.key, x.ok])).toEqual([
      ['plan.programme.rule.effectsMet', true],
      ['plan.programme.rule.criterionMet', true],
    ]);
    expect(r.reasons[0]?.params).toMatchObject({
      count: 3,
      required: 3,
      effects: 'cohesie, toegang, eigenaarschap',
    });
  });

  it('does not meet with two substantial effects when all are scored', () => {
    const r = evaluateRule(framework, allScored(['cohesie', 'werk'], 'substantial'));
    expect(r.outcome).toBe('does_not_meet');
    expect(r.reasons[0]).toMatchObject({ key: 'plan.programme.rule.effectsNotMet', ok: false });
  });

  it('does not meet when durability fails, however many effects are served', () => {
    const r = evaluateRule(framework, allScored(['cohesie', 'beeld', 'toegang', 'werk'], 'none'));
    expect(r.outcome).toBe('does_not_meet');
    expect(r.reasons[1]).toMatchObject({ key: 'plan.programme.rule.criterionNotMet.some', ok: false });
  });

  it('is incomplete while unscored effects could still make up the shortfall', () => {
    const r = evaluateRule(
      framework,
      scored({ cohesie: 'substantial', beeld: 'none', duurzaamheid: 'some' }),
    );
    expect(r.outcome).toBe('incomplete');
    expect(r.reasons[0]?.key).toBe('plan.programme.rule.effectsOpen');
  });

  it('is settled as not met when too few effects are left unscored', () => {
    const r = evaluateRule(
      framework,
      scored({ cohesie: 'none', beeld: 'none', toegang: 'none', veiligheid: 'some', duurzaamheid: 'some' }),
    );
    expect(r.outcome).toBe('does_not_meet');
  });

  it('is incomplete while durability is unscored', () => {
    const r = evaluateRule(
      framework,
      scored({ cohesie: 'substantial', beeld: 'substantial', werk: 'substantial' }),
    );
    expect(r.outcome).toBe('incomplete');
    expect(r.reasons[1]).toMatchObject({
      key: 'plan.programme.rule.criterionOpen',
      params: { name: 'duurzaamheid' },
    });
  });

  it('combines several assessors per effect', () => {
    const r = evaluateRule(
      framework,
      scored({
        cohesie: ['substantial', 'substantial'],
        beeld: ['substantial', 'some'],
        toegang: ['substantial', 'substantial'],
        veiligheid: ['substantial', 'substantial'],
        werk: 'none',
        eigenaarschap: 'none',
        duurzaamheid: ['some', 'substantial'],
      }),
    );
    expect(r.substantialCount).toBe(3);
    expect(r.outcome).toBe('meets');
    expect(r.results.find((x) => x.criterionId === 'beeld')).toEqual({
      criterionId: 'beeld',
      score: 'some',
      assessorCount: 2,
    });
  });

  it('ignores retired effects and caps the minimum at the number of active effects', () => {
    const small = {
      minSubstantial: 3,
      effects: [effect('a'), effect('b'), { ...effect('c'), active: false }],
      criteria: [],
    };
    const r = evaluateRule(small, scored({ a: 'substantial', b: 'substantial', c: 'none' }));
    expect(r.required).toBe(2);
    expect(r.outcome).toBe('meets');
  });
});
