import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetSourceKinds,
  centsToInput,
  type LineAmounts,
  meetsCoFinancingTarget,
  parseEuroAmount,
  sharePercent,
  summariseFinances,
} from './co-financing.ts';

const line = (sourceKind: LineAmounts['sourceKind'], committedCents: number, spentCents = 0) => ({
  sourceKind,
  committedCents,
  spentCents,
});

describe('summariseFinances', () => {
  it('computes the share from other sources of what is committed', () => {
    const s = summariseFinances([
      line('programme_budget', 30_000_00, 10_000_00),
      line('partner', 15_000_00, 5_000_00),
      line('national_programme', 5_000_00),
    ]);
    expect(s.committedCents).toBe(50_000_00);
    expect(s.spentCents).toBe(15_000_00);
    expect(s.programmeCents).toBe(30_000_00);
    expect(s.otherSourcesCents).toBe(20_000_00);
    expect(s.otherSharePercent).toBe(40);
    expect(s.bySourceKind.partner).toEqual({ committedCents: 15_000_00, spentCents: 5_000_00 });
    expect(s.bySourceKind.fund).toEqual({ committedCents: 0, spentCents: 0 });
    expect(s.overspent).toBe(false);
  });

  it('has no share when nothing is committed, and 0 % or 100 % at the ends', () => {
    expect(summariseFinances([]).otherSharePercent).toBeNull();
    expect(summariseFinances([line('programme_budget', 0, 0)]).otherSharePercent).toBeNull();
    expect(summariseFinances([line('programme_budget', 100)]).otherSharePercent).toBe(0);
    expect(summariseFinances([line('fund', 100)]).otherSharePercent).toBe(100);
  });

  it('rounds the share to one decimal', () => {
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
  });

  it('flags more spent than committed', () => {
    expect(summariseFinances([line('department', 100, 101)]).overspent).toBe(true);
  });

  it('the programme share of all projects is the sum of parts, not the average of shares', () => {
    // A small project with 100 % co-financing does not lift a large one with none to 50 %.
    const small = [line('partner', 1_000_00)];
    const large = [line('programme_budget', 99_000_00)];
    expect(summariseFinances([...small, ...large]).otherSharePercent).toBe(1);
  });

  it('keeps the totals equal to the sum over source kinds, and the share between 0 and 100', () => {
    const arbLine = fc.record({
      sourceKind: fc.constantFrom(...budgetSourceKinds),
      committedCents: fc.integer({ min: 0, max: 10_000_000_00 }),
      spentCents: fc.integer({ min: 0, max: 10_000_000_00 }),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), (lines) => {
        const s = summariseFinances(lines);
        const kinds = Object.values(s.bySourceKind);
        expect(kinds.reduce((a, k) => a + k.committedCents, 0)).toBe(s.committedCents);
        expect(kinds.reduce((a, k) => a + k.spentCents, 0)).toBe(s.spentCents);
        expect(s.programmeCents + s.otherSourcesCents).toBe(s.committedCents);
        if (s.otherSharePercent !== null) {
          expect(s.otherSharePercent).toBeGreaterThanOrEqual(0);
          expect(s.otherSharePercent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('meetsCoFinancingTarget', () => {
  it('compares with 40 % by default', () => {
    expect(meetsCoFinancingTarget(40)).toBe(true);
    expect(meetsCoFinancingTarget(39.9)).toBe(false);
    expect(meetsCoFinancingTarget(null)).toBe(false);
    expect(meetsCoFinancingTarget(30, 25)).toBe(true);
  });
});

describe('parseEuroAmount', () => {
  it.each([
    ['1250', 125_000],
    ['1.250', 125_000],
    ['1.250,50', 125_050],
    ['1250,5', 125_050],
    ['€ 1 250', 125_000],
    ['1,250.50', 125_050],
    ['1250.50', 125_050],
    ['0,99', 99],
    ['12.500.000', 1_250_000_000],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuroAmount(text)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '1,250', '1,2,3', '12,345', '1.2.3,4', '1,001', '10,123', '1.25.0', '1e5'])(
    'refuses %j',
    (text) => {
      expect(parseEuroAmount(text)).toBeNull();
    },
  );

  it('reads back what centsToInput writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), fc.constantFrom('nl', 'en'), (c, l) => {
        expect(parseEuroAmount(centsToInput(c, l as 'nl' | 'en'))).toBe(c);
      }),
    );
  });
});
