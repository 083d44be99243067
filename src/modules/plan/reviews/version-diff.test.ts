import { describe, expect, it } from 'vitest';
import type { PlanSnapshot, SnapshotItem } from './review.ts';
import { diffVersions, isEmptyDiff } from './version-diff.ts';

const woonstichting = { id: 'org-ws', name: 'Woonstichting Voorbeeld' };
const welzijn = { id: 'org-wz', name: 'Welzijn Voorbeeld' };
const karin = { id: 'p-karin', name: 'Karin de Boer' };

function item(id: string, over: Partial<SnapshotItem> = {}): SnapshotItem {
  return {
    id,
    parentId: null,
    level: 'goal',
    title: `Item ${id}`,
    owner: null,
    contact: null,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    status: 'planned',
    progress: null,
    verdict: null,
    ...over,
  };
}

function snapshot(items: SnapshotItem[], plan: Partial<PlanSnapshot['plan']> = {}): PlanSnapshot {
  return {
    schema: 1,
    plan: {
      id: 'plan',
      kind: 'area_plan',
      title: 'Wijkplan Noordhoek',
      state: 'adopted',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      version: 3,
      progress: null,
      ...plan,
    },
    items,
  };
}

const goal = item('g', { title: 'Iedereen doet mee' });
const line = item('a', { level: 'action_line', parentId: 'g', title: 'Ontmoeten in de wijk' });
const facade = item('i1', {
  level: 'intervention',
  parentId: 'a',
  title: 'Geveltuinen Leeuwerikstraat',
  owner: woonstichting,
  contact: karin,
  status: 'running',
  progress: 40,
});

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    const s = snapshot([goal, line, facade]);
    const d = diffVersions(s, s);
    expect(isEmptyDiff(d)).toBe(true);
    expect(d.unchanged).toBe(3);
  });

  it('reports added and dropped items with their parent', () => {
    const koffie = item('i2', { level: 'intervention', parentId: 'a', title: 'Koffieochtend' });
    const d = diffVersions(snapshot([goal, line, facade]), snapshot([goal, line, koffie]));
    expect(d.added).toEqual([
      { id: 'i2', title: 'Koffieochtend', level: 'intervention', parentTitle: 'Ontmoeten in de wijk' },
    ]);
    expect(d.dropped).toEqual([
      {
        id: 'i1',
        title: 'Geveltuinen Leeuwerikstraat',
        level: 'intervention',
        parentTitle: 'Ontmoeten in de wijk',
      },
    ]);
    expect(d.unchanged).toBe(2);
  });

  it('reports a re-timed item with both periods', () => {
    const later = { ...facade, startDate: '2026-04-01', endDate: '2027-06-30' };
    const d = diffVersions(snapshot([goal, line, facade]), snapshot([goal, line, later]));
    expect(d.retimed).toHaveLength(1);
    expect(d.retimed[0]?.from).toEqual({ startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(d.retimed[0]?.to).toEqual({ startDate: '2026-04-01', endDate: '2027-06-30' });
    expect(d.reowned).toEqual([]);
  });

  it('reports a change of owner organisation or contact person as re-owned', () => {
    const toWelzijn = { ...facade, owner: welzijn, contact: null };
    const d = diffVersions(snapshot([facade]), snapshot([toWelzijn]));
    expect(d.reowned).toEqual([
      {
        item: expect.objectContaining({ id: 'i1' }),
        from: { owner: 'Woonstichting Voorbeeld', contact: 'Karin de Boer' },
        to: { owner: 'Welzijn Voorbeeld', contact: null },
      },
    ]);
  });

  it('does not call a renamed organisation a new owner (matched by id)', () => {
    const renamedOrg = { ...facade, owner: { id: 'org-ws', name: 'Woonstichting Voorbeeld Zuid' } };
    expect(diffVersions(snapshot([facade]), snapshot([renamedOrg])).reowned).toEqual([]);
  });

  it('reports status and progress changes separately, including progress becoming unknown', () => {
    const done = { ...facade, status: 'done' as const, progress: 100 };
    const d = diffVersions(snapshot([facade, line]), snapshot([done, { ...line, progress: null }]));
    expect(d.statusChanged).toEqual([
      { item: expect.objectContaining({ id: 'i1' }), from: 'running', to: 'done' },
    ]);
    expect(d.progressChanged).toEqual([{ item: expect.objectContaining({ id: 'i1' }), from: 40, to: 100 }]);
    const unknown = diffVersions(snapshot([facade]), snapshot([{ ...facade, progress: null }]));
    expect(unknown.progressChanged[0]).toMatchObject({ from: 40, to: null });
  });

  it('reports renames and moves, and counts an item with several changes once as changed', () => {
    const line2 = item('a2', { level: 'action_line', parentId: 'g', title: 'Veilig thuis' });
    const moved = { ...facade, parentId: 'a2', title: 'Geveltuinen', status: 'done' as const };
    const d = diffVersions(snapshot([goal, line, line2, facade]), snapshot([goal, line, line2, moved]));
    expect(d.renamed).toEqual([
      { item: expect.objectContaining({ id: 'i1' }), from: 'Geveltuinen Leeuwerikstraat', to: 'Geveltuinen' },
    ]);
    expect(d.moved).toEqual([
      { item: expect.objectContaining({ id: 'i1' }), from: 'Ontmoeten in de wijk', to: 'Veilig thuis' },
    ]);
    expect(d.unchanged).toBe(3);
  });

  it('reports changes of the plan itself', () => {
    const d = diffVersions(
      snapshot([], { state: 'adopted' }),
      snapshot([], { state: 'under_review', periodEnd: '2030-12-31' }),
    );
    expect(d.plan).toEqual([
      { field: 'state', from: 'adopted', to: 'under_review' },
      { field: 'periodEnd', from: '2029-12-31', to: '2030-12-31' },
    ]);
  });

  it('compares in the order given: from a newer to an older version reverses added and dropped', () => {
    const a = snapshot([goal]);
    const b = snapshot([goal, line]);
    expect(diffVersions(a, b).added.map((i) => i.id)).toEqual(['a']);
    expect(diffVersions(b, a).dropped.map((i) => i.id)).toEqual(['a']);
  });

  it('ignores verdicts: a review note is not a change of the plan', () => {
    const assessed = { ...facade, verdict: { verdict: 'needs_attention' as const, note: 'Vertraging' } };
    expect(isEmptyDiff(diffVersions(snapshot([facade]), snapshot([assessed])))).toBe(true);
  });
});
