import type { PlanTreeNode, PlanView } from '../plan.ts';
import type { PlanSnapshot, SnapshotItem, Verdict } from './review.ts';

// A version freezes what the plan showed: the plan's own fields and every item in tree order with
// its rolled-up progress, owner and contact by id and name (names as they were then). Pure.

export function snapshotOf(
  view: PlanView,
  verdicts: Map<string, { verdict: Verdict; note: string }> = new Map(),
): PlanSnapshot {
  const items: SnapshotItem[] = [];
  const walk = (nodes: PlanTreeNode[]) => {
    for (const n of nodes) {
      const i = n.item;
      items.push({
        id: i.id,
        parentId: i.parentId,
        level: i.level,
        title: i.title,
        owner: i.ownerOrganisation ? { id: i.ownerOrganisation.id, name: i.ownerOrganisation.name } : null,
        contact: i.contactPerson ? { id: i.contactPerson.id, name: i.contactPerson.name } : null,
        startDate: i.startDate,
        endDate: i.endDate,
        status: i.status,
        progress: n.rolledUpProgress === null ? null : Math.round(n.rolledUpProgress),
        verdict: verdicts.get(i.id) ?? null,
      });
      walk(n.children);
    }
  };
  walk(view.tree);
  const p = view.plan;
  return {
    schema: 1,
    plan: {
      id: p.id,
      kind: p.kind,
      title: p.title,
      state: p.state,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      version: p.version,
      progress: view.progress === null ? null : Math.round(view.progress),
    },
    items,
  };
}

/** Every item id of the plan's tree, in tree order. */
export function itemIdsOf(view: PlanView): string[] {
  const ids: string[] = [];
  const walk = (nodes: PlanTreeNode[]) => {
    for (const n of nodes) {
      ids.push(n.item.id);
      walk(n.children);
    }
  };
  walk(view.tree);
  return ids;
}
