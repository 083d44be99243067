import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRule, type RoutingRule } from './routing.ts';

const rule = (id: string, position: number, extra: Partial<RoutingRule> = {}): RoutingRule => ({
  id,
  position,
  kindId: null,
  categoryId: null,
  areaPath: null,
  targetOrganisationId: `org-${id}`,
  targetPersonId: null,
  active: true,
  ...extra,
});

const noordhoek = 'GM9999/WK999902/BU99990201';
const portiek = { kindId: 'signal', categoryId: 'overlast-portiek', areaPath: noordhoek };

describe('matchRule', () => {
  it('lets the first matching rule by position win, not the first in the list', () => {
    const rules = [
      rule('general', 20, { categoryId: 'overlast-portiek' }),
      rule('woonstichting', 10, { categoryId: 'overlast-portiek', areaPath: 'GM9999/WK999902' }),
    ];
    expect(matchRule(rules, portiek)?.id).toBe('woonstichting');
    expect(matchRule(rules, { ...portiek, areaPath: 'GM9999/WK999901/BU99990101' })?.id).toBe('general');
  });

  it('matches an area by whole path segments (its subtree)', () => {
    const rules = [rule('wk', 1, { areaPath: 'GM9999/WK99990' })];
    expect(matchRule(rules, portiek)).toBeNull();
    expect(matchRule([rule('wk', 1, { areaPath: noordhoek })], portiek)?.id).toBe('wk');
  });

  it('skips inactive rules and gives null without a match', () => {
    expect(matchRule([rule('off', 1, { active: false })], portiek)).toBeNull();
    expect(matchRule([rule('idea', 1, { kindId: 'idea' })], portiek)).toBeNull();
    expect(matchRule([], portiek)).toBeNull();
  });

  it('does not match an area rule when the subject has no area', () => {
    expect(matchRule([rule('a', 1, { areaPath: 'GM9999' })], { ...portiek, areaPath: null })).toBeNull();
  });

  it('always returns the lowest-positioned matching active rule, whatever the order', () => {
    const ruleArb = fc.record({
      id: fc.uuid(),
      position: fc.integer({ min: 0, max: 20 }),
      kindId: fc.constantFrom(null, 'signal', 'idea'),
      categoryId: fc.constantFrom(null, 'overlast-portiek', 'zwerfafval'),
      areaPath: fc.constantFrom(null, 'GM9999', 'GM9999/WK999902', noordhoek, 'GM9999/WK999901'),
      targetOrganisationId: fc.constant('org'),
      targetPersonId: fc.constant(null),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(ruleArb, { selector: (r) => r.id, maxLength: 12 }), (rules) => {
        const found = matchRule(rules, portiek);
        const shuffled = matchRule([...rules].reverse(), portiek);
        expect(shuffled?.id).toBe(found?.id);
        const matching = rules.filter(
          (r) =>
            r.active &&
            (r.kindId === null || r.kindId === 'signal') &&
            (r.categoryId === null || r.categoryId === 'overlast-portiek') &&
            (r.areaPath === null || r.areaPath !== 'GM9999/WK999901'),
        );
        if (matching.length === 0) expect(found).toBeNull();
        else expect(found?.position).toBe(Math.min(...matching.map((r) => r.position)));
      }),
    );
  });
});
