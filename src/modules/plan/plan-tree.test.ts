import { describe, expect, it } from 'vitest';
import type { ItemLevel, PlanItem } from './plan.ts';
import { buildPlanTree, findNode, flattenTree, levelFits, planProgress, subtreeIds } from './plan-tree.ts';

let n = 0;
function item(id: string, parentId: string | null, level: ItemLevel, over: Partial<PlanItem> = {}): PlanItem {
  n += 1;
  return {
    id,
    planId: 'plan',
    parentId,
    level,
    position: n,
    title: id,
    description: '',
    ownerOrganisation: null,
    contactPerson: null,
    startDate: null,
    endDate: null,
    status: 'running',
    themes: [],
    areas: [],
    weight: null,
    progress: null,
    milestones: [],
    indicators: [],
    links: [],
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

// A small Noordhoek-like plan: two goals, the first with two action lines.
const items: PlanItem[] = [
  item('i3', 'a2', 'intervention', { progress: 100, status: 'done' }),
  item('g1', null, 'goal', { position: 0 }),
  item('a1', 'g1', 'action_line', { weight: 3 }),
  item('i1', 'a1', 'intervention', { progress: 40 }),
  item('i2', 'a1', 'intervention', {
    milestones: [
      { id: 'm1', title: 'Start', dueDate: null, doneOn: '2026-02-01' },
      { id: 'm2', title: 'Klaar', dueDate: null, doneOn: null },
    ],
  }),
  item('a2', 'g1', 'action_line', { weight: 1 }),
  item('g2', null, 'goal', { position: 5, progress: 20 }),
];

describe('buildPlanTree', () => {
  const tree = buildPlanTree(items);

  it('puts the goals at the top in position order with their subtrees', () => {
    expect(tree.map((t) => t.item.id)).toEqual(['g1', 'g2']);
    expect(tree[0]?.children.map((c) => c.item.id)).toEqual(['a1', 'a2']);
    expect(tree[0]?.children[0]?.children.map((c) => c.item.id)).toEqual(['i1', 'i2']);
  });

  it('rolls progress up: leaves from owner or milestones, parents weighted', () => {
    expect(findNode(tree, 'i1')?.rolledUpProgress).toBe(40);
    expect(findNode(tree, 'i2')?.rolledUpProgress).toBe(50);
    expect(findNode(tree, 'a1')?.rolledUpProgress).toBe(45);
    expect(findNode(tree, 'a2')?.rolledUpProgress).toBe(100);
    // (45 × 3 + 100 × 1) / 4
    expect(findNode(tree, 'g1')?.rolledUpProgress).toBe(58.8);
    expect(findNode(tree, 'g2')?.rolledUpProgress).toBe(20);
    expect(planProgress(tree)).toBe(39.4);
  });

  it('lists depth first, parents before children', () => {
    expect(flattenTree(tree).map((t) => t.item.id)).toEqual(['g1', 'a1', 'i1', 'i2', 'a2', 'i3', 'g2']);
    const g1 = findNode(tree, 'g1');
    expect(g1 && subtreeIds(g1)).toEqual(['g1', 'a1', 'i1', 'i2', 'a2', 'i3']);
  });

  it('leaves out items whose parent is missing, and survives a cycle', () => {
    const odd = [
      item('x', 'nowhere', 'intervention'),
      item('c1', 'c2', 'action_line'),
      item('c2', 'c1', 'goal'),
    ];
    expect(buildPlanTree(odd)).toEqual([]);
  });

  it('has no progress for an empty plan', () => {
    expect(buildPlanTree([])).toEqual([]);
    expect(planProgress([])).toBeNull();
  });
});

describe('levelFits', () => {
  it('keeps goal → action line → intervention', () => {
    expect(levelFits(null, 'goal')).toBe(true);
    expect(levelFits('goal', 'action_line')).toBe(true);
    expect(levelFits('action_line', 'intervention')).toBe(true);
    expect(levelFits(null, 'intervention')).toBe(false);
    expect(levelFits('goal', 'intervention')).toBe(false);
    expect(levelFits('intervention', 'intervention')).toBe(false);
  });
});
