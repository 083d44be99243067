import type { PlanSnapshot, SnapshotItem } from './review.ts';

// The comparison of two versions of a plan: what was added, dropped, re-timed, re-owned, and
// whose status or progress changed. Items are matched by id, so a renamed item is the same item
// (reported as renamed) and a deleted and re-created one is dropped + added. Pure.

export interface ItemRef {
  id: string;
  title: string;
  level: SnapshotItem['level'];
  /** The title of the parent in the version it is reported from (null for goals). */
  parentTitle: string | null;
}

export interface Change<T> {
  item: ItemRef;
  from: T;
  to: T;
}

export interface Period {
  startDate: string | null;
  endDate: string | null;
}

export interface Ownership {
  owner: string | null;
  contact: string | null;
}

export interface PlanFieldChange {
  field: 'title' | 'state' | 'periodStart' | 'periodEnd';
  from: string;
  to: string;
}

export interface VersionDiff {
  plan: PlanFieldChange[];
  added: ItemRef[];
  dropped: ItemRef[];
  retimed: Change<Period>[];
  reowned: Change<Ownership>[];
  statusChanged: Change<SnapshotItem['status']>[];
  progressChanged: Change<number | null>[];
  renamed: Change<string>[];
  moved: Change<string | null>[];
  /** Items in both versions with none of the changes above. */
  unchanged: number;
}

export function diffVersions(from: PlanSnapshot, to: PlanSnapshot): VersionDiff {
  const diff: VersionDiff = {
    plan: planChanges(from.plan, to.plan),
    added: [],
    dropped: [],
    retimed: [],
    reowned: [],
    statusChanged: [],
    progressChanged: [],
    renamed: [],
    moved: [],
    unchanged: 0,
  };
  const before = new Map(from.items.map((i) => [i.id, i]));
  const after = new Map(to.items.map((i) => [i.id, i]));
  for (const item of from.items) {
    if (!after.has(item.id)) diff.dropped.push(refOf(item, before));
  }
  for (const b of to.items) {
    const a = before.get(b.id);
    if (!a) {
      diff.added.push(refOf(b, after));
      continue;
    }
    const ref = refOf(b, after);
    let changed = false;
    if (a.startDate !== b.startDate || a.endDate !== b.endDate) {
      diff.retimed.push({ item: ref, from: periodOf(a), to: periodOf(b) });
      changed = true;
    }
    if (a.owner?.id !== b.owner?.id || a.contact?.id !== b.contact?.id) {
      diff.reowned.push({ item: ref, from: ownershipOf(a), to: ownershipOf(b) });
      changed = true;
    }
    if (a.status !== b.status) {
      diff.statusChanged.push({ item: ref, from: a.status, to: b.status });
      changed = true;
    }
    if (a.progress !== b.progress) {
      diff.progressChanged.push({ item: ref, from: a.progress, to: b.progress });
      changed = true;
    }
    if (a.title !== b.title) {
      diff.renamed.push({ item: ref, from: a.title, to: b.title });
      changed = true;
    }
    if (a.parentId !== b.parentId) {
      diff.moved.push({
        item: ref,
        from: a.parentId ? (before.get(a.parentId)?.title ?? null) : null,
        to: b.parentId ? (after.get(b.parentId)?.title ?? null) : null,
      });
      changed = true;
    }
    if (!changed) diff.unchanged++;
  }
  return diff;
}

/** True when the two versions hold the same plan and items (nothing to show). */
export function isEmptyDiff(d: VersionDiff): boolean {
  return (
    d.plan.length +
      d.added.length +
      d.dropped.length +
      d.retimed.length +
      d.reowned.length +
      d.statusChanged.length +
      d.progressChanged.length +
      d.renamed.length +
      d.moved.length ===
    0
  );
}

function planChanges(a: PlanSnapshot['plan'], b: PlanSnapshot['plan']): PlanFieldChange[] {
  const fields = ['title', 'state', 'periodStart', 'periodEnd'] as const;
  return fields.filter((f) => a[f] !== b[f]).map((f) => ({ field: f, from: a[f], to: b[f] }));
}

function refOf(item: SnapshotItem, all: Map<string, SnapshotItem>): ItemRef {
  return {
    id: item.id,
    title: item.title,
    level: item.level,
    parentTitle: item.parentId ? (all.get(item.parentId)?.title ?? null) : null,
  };
}

function periodOf(i: SnapshotItem): Period {
  return { startDate: i.startDate, endDate: i.endDate };
}

function ownershipOf(i: SnapshotItem): Ownership {
  return { owner: i.owner?.name ?? null, contact: i.contact?.name ?? null };
}
