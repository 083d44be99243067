import type { ItemStatus } from './plan.ts';

// Progress roll-up as in Decidim's accountability component: a leaf's progress is what its owner
// set, or else the share of its milestones that are done; a parent's progress is the weighted
// average of its children (a child without a weight counts with weight 1, so without weights it
// is the plain average). Stopped items are left out: they will not progress and should not drag
// their parent down. Pure functions; the tree and the pages call them.

export interface ProgressInput {
  status: ItemStatus;
  /** Set by the owner (0–100), or null. */
  progress: number | null;
  milestones: ReadonlyArray<{ doneOn: string | null }>;
}

/** Progress of an item from its own data: the owner's value, its milestones, or its status. */
export function ownProgress(item: ProgressInput): number | null {
  if (item.progress !== null) return clamp(item.progress);
  if (item.milestones.length > 0) {
    const done = item.milestones.filter((m) => m.doneOn !== null).length;
    return round1((done / item.milestones.length) * 100);
  }
  if (item.status === 'done') return 100;
  if (item.status === 'stopped') return null;
  return 0;
}

export interface WeightedProgress {
  weight: number | null;
  status: ItemStatus;
  progress: number | null;
}

/**
 * The weighted average of the children that count (not stopped, with a progress), or null when
 * none does.
 */
export function rollUp(children: ReadonlyArray<WeightedProgress>): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of children) {
    if (c.status === 'stopped' || c.progress === null) continue;
    const w = c.weight !== null && c.weight > 0 ? c.weight : 1;
    sum += clamp(c.progress) * w;
    weights += w;
  }
  return weights === 0 ? null : round1(sum / weights);
}

/** A parent rolls its children up; without children that count, it has its own progress. */
export function itemProgress(item: ProgressInput, children: ReadonlyArray<WeightedProgress>): number | null {
  const fromChildren = rollUp(children);
  return fromChildren ?? ownProgress(item);
}

function clamp(n: number): number {
  return Math.min(100, Math.max(0, n));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
