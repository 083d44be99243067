import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemProgress, ownProgress, rollUp } from './rollup.ts';

const leaf = (over: Partial<Parameters<typeof ownProgress>[0]> = {}) => ({
  status: 'running' as const,
  progress: null,
  milestones: [],
  ...over,
});

describe('ownProgress: a leaf', () => {
  it('takes what the owner set', () => {
    expect(ownProgress(leaf({ progress: 40 }))).toBe(40);
  });

  it('falls back to the share of done milestones', () => {
    const milestones = [
      { doneOn: '2026-01-10' },
      { doneOn: null },
      { doneOn: null },
      { doneOn: '2026-03-01' },
    ];
    expect(ownProgress(leaf({ milestones }))).toBe(50);
    expect(
      ownProgress(leaf({ milestones: [{ doneOn: null }, { doneOn: null }, { doneOn: '2026-01-01' }] })),
    ).toBe(33.3);
  });

  it('prefers the owner over the milestones', () => {
    expect(ownProgress(leaf({ progress: 90, milestones: [{ doneOn: null }] }))).toBe(90);
  });

  it('without value or milestones: done is 100, stopped has none, the rest 0', () => {
    expect(ownProgress(leaf({ status: 'done' }))).toBe(100);
    expect(ownProgress(leaf({ status: 'stopped' }))).toBeNull();
    expect(ownProgress(leaf({ status: 'planned' }))).toBe(0);
    expect(ownProgress(leaf({ status: 'idea' }))).toBe(0);
  });
});

describe('rollUp: a parent', () => {
  it('is the average without weights', () => {
    expect(
      rollUp([
        { weight: null, status: 'running', progress: 20 },
        { weight: null, status: 'running', progress: 60 },
        { weight: null, status: 'done', progress: 100 },
      ]),
    ).toBe(60);
  });

  it('is weighted when weights are given (Decidim: sum of progress × weight / sum of weights)', () => {
    expect(
      rollUp([
        { weight: 3, status: 'running', progress: 100 },
        { weight: 1, status: 'running', progress: 0 },
      ]),
    ).toBe(75);
  });

  it('counts a child without a weight with weight 1 beside weighted ones', () => {
    expect(
      rollUp([
        { weight: 2, status: 'running', progress: 90 },
        { weight: null, status: 'running', progress: 30 },
      ]),
    ).toBe(70);
  });

  it('leaves out stopped children and children without progress', () => {
    expect(
      rollUp([
        { weight: null, status: 'stopped', progress: 0 },
        { weight: null, status: 'running', progress: null },
        { weight: null, status: 'running', progress: 40 },
      ]),
    ).toBe(40);
  });

  it('has no progress when no child counts', () => {
    expect(rollUp([])).toBeNull();
    expect(rollUp([{ weight: 1, status: 'stopped', progress: 50 }])).toBeNull();
  });

  it('clamps values outside 0–100', () => {
    expect(rollUp([{ weight: null, status: 'running', progress: 150 }])).toBe(100);
  });

  it('itemProgress rolls children up and only without them uses its own', () => {
    expect(itemProgress(leaf({ progress: 10 }), [{ weight: null, status: 'running', progress: 80 }])).toBe(
      80,
    );
    expect(itemProgress(leaf({ progress: 10 }), [])).toBe(10);
  });

  it('always lies between the smallest and largest counted child', () => {
    const child = fc.record({
      weight: fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { nil: null }),
      status: fc.constantFrom('idea', 'planned', 'running', 'done', 'stopped' as const),
      progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(child, { maxLength: 12 }), (children) => {
        const counted = children.filter((c) => c.status !== 'stopped' && c.progress !== null);
        const result = rollUp(children);
        if (counted.length === 0) return result === null;
        const values = counted.map((c) => c.progress as number);
        return (
          result !== null && result >= Math.min(...values) - 0.05 && result <= Math.max(...values) + 0.05
        );
      }),
    );
  });
});
