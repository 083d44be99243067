import type { ItemLevel, PlanItem, PlanTreeNode } from './plan.ts';
import { childLevel } from './plan.ts';
import { itemProgress, rollUp } from './rollup.ts';

// The plan's items as a tree (goals → action lines → interventions) with rolled-up progress.
// Pure: built from the flat list the repository loads in one go.

function byPosition(a: PlanItem, b: PlanItem): number {
  return a.position - b.position || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id);
}

/**
 * The goals in position order, each with its subtree. Items whose parent is missing from the list
 * (should not happen: the database refuses it) are left out rather than shown in the wrong place.
 */
export function buildPlanTree(items: ReadonlyArray<PlanItem>): PlanTreeNode[] {
  const children = new Map<string | null, PlanItem[]>();
  for (const item of items) {
    const list = children.get(item.parentId) ?? [];
    list.push(item);
    children.set(item.parentId, list);
  }
  const build = (item: PlanItem, seen: Set<string>): PlanTreeNode => {
    seen.add(item.id);
    const kids = (children.get(item.id) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort(byPosition)
      .map((c) => build(c, seen));
    const rolledUpProgress = itemProgress(
      item,
      kids.map((k) => ({ weight: k.item.weight, status: k.item.status, progress: k.rolledUpProgress })),
    );
    return { item, rolledUpProgress, children: kids };
  };
  const seen = new Set<string>();
  return (children.get(null) ?? []).sort(byPosition).map((goal) => build(goal, seen));
}

/** The plan's progress: its goals rolled up the same way. */
export function planProgress(tree: ReadonlyArray<PlanTreeNode>): number | null {
  return rollUp(
    tree.map((n) => ({ weight: n.item.weight, status: n.item.status, progress: n.rolledUpProgress })),
  );
}

/** Depth-first, parents before children: the order a page or a report lists the items in. */
export function flattenTree(tree: ReadonlyArray<PlanTreeNode>): PlanTreeNode[] {
  const out: PlanTreeNode[] = [];
  const walk = (nodes: ReadonlyArray<PlanTreeNode>) => {
    for (const n of nodes) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(tree);
  return out;
}

/** The node of an item, or undefined. */
export function findNode(tree: ReadonlyArray<PlanTreeNode>, itemId: string): PlanTreeNode | undefined {
  return flattenTree(tree).find((n) => n.item.id === itemId);
}

/** The ids of an item and everything below it. */
export function subtreeIds(node: PlanTreeNode): string[] {
  return flattenTree([node]).map((n) => n.item.id);
}

/** Is `level` the right level for a child of `parentLevel` (null: at the top)? */
export function levelFits(parentLevel: ItemLevel | null, level: ItemLevel): boolean {
  return childLevel(parentLevel) === level;
}
