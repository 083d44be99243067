import { describe, expect, it } from 'vitest';
import type { PlanItem, PlanTreeNode, PlanView } from '../plan.ts';
import { itemIdsOf, snapshotOf } from './snapshot.ts';

function node(
  id: string,
  over: Partial<PlanItem>,
  rolledUpProgress: number | null,
  children: PlanTreeNode[] = [],
) {
  const item: PlanItem = {
    id,
    planId: 'plan',
    parentId: null,
    level: 'goal',
    position: 0,
    title: `Item ${id}`,
    description: 'lang verhaal',
    ownerOrganisation: null,
    contactPerson: null,
    startDate: null,
    endDate: null,
    status: 'planned',
    themes: [],
    areas: [],
    weight: null,
    progress: null,
    milestones: [],
    indicators: [],
    links: [],
    version: 4,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
  return { item, rolledUpProgress, children };
}

const view: PlanView = {
  plan: {
    id: 'plan',
    municipalityId: 'm',
    kind: 'area_plan',
    area: { id: 'a', code: 'WK999902', name: 'Noordhoek' },
    title: 'Wijkplan Noordhoek',
    summary: '',
    vision: '',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
    state: 'adopted',
    adoptedAt: null,
    version: 7,
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  members: [],
  tree: [
    node('g1', {}, 33.333, [
      node('a1', { level: 'action_line', parentId: 'g1' }, 33.333, [
        node(
          'i1',
          {
            level: 'intervention',
            parentId: 'a1',
            ownerOrganisation: { id: 'o', name: 'Woonstichting Voorbeeld' },
            contactPerson: { id: 'p', name: 'Karin de Boer' },
            progress: 30,
          },
          30,
        ),
      ]),
    ]),
    node('g2', {}, null),
  ],
  progress: 16.667,
  permissions: { read: true, editPlan: true, manage: true, editableItemIds: [], addItemUnder: [] },
};

describe('snapshotOf', () => {
  it('freezes every item depth first with its rounded rolled-up progress, owner and verdict', () => {
    const s = snapshotOf(view, new Map([['i1', { verdict: 'needs_attention' as const, note: 'Later' }]]));
    expect(s.items.map((i) => i.id)).toEqual(['g1', 'a1', 'i1', 'g2']);
    expect(s.items[0]?.progress).toBe(33);
    expect(s.items[3]?.progress).toBeNull();
    expect(s.items[2]).toMatchObject({
      owner: { id: 'o', name: 'Woonstichting Voorbeeld' },
      contact: { id: 'p', name: 'Karin de Boer' },
      verdict: { verdict: 'needs_attention', note: 'Later' },
    });
    expect(s.items[0]?.verdict).toBeNull();
    expect(s.plan).toMatchObject({ version: 7, progress: 17, state: 'adopted' });
    // Only what a comparison needs: no descriptions, indicators or concurrency counters.
    expect(Object.keys(s.items[0] ?? {})).not.toContain('description');
  });

  it('lists the item ids in the same order', () => {
    expect(itemIdsOf(view)).toEqual(['g1', 'a1', 'i1', 'g2']);
  });
});
