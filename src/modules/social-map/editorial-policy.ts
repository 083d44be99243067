import type { EditorialPolicy, WriteOutcome } from './asset.ts';

// Pure rules of the editorial policy. A policy is set per area and inherited down the tree: the
// nearest ancestor (or the area itself) with a setting wins; without any, the map is edited.

export const defaultPolicy: EditorialPolicy = 'edited';

export interface PolicySetting {
  areaPath: string;
  policy: EditorialPolicy;
}

export interface EffectivePolicy {
  policy: EditorialPolicy;
  /** Path of the area the setting comes from; null for the default. */
  fromPath: string | null;
}

function isWithin(path: string, ancestorPath: string): boolean {
  return path === ancestorPath || path.startsWith(`${ancestorPath}/`);
}

export function effectivePolicy(areaPath: string, settings: readonly PolicySetting[]): EffectivePolicy {
  let best: PolicySetting | undefined;
  for (const s of settings) {
    if (!isWithin(areaPath, s.areaPath)) continue;
    if (!best || s.areaPath.length > best.areaPath.length) best = s;
  }
  return best ? { policy: best.policy, fromPath: best.areaPath } : { policy: defaultPolicy, fromPath: null };
}

/**
 * Who is writing, as far as publication goes:
 * editor — area officer of the item's subtree, coordinator or administrator;
 * organisation — a partner or department officer writing for an organisation they belong to;
 * contributor — any other signed-in person;
 * public — a resident without an account (through an e-mail-confirmed submission).
 */
export type PublisherRole = 'editor' | 'organisation' | 'contributor' | 'public';

/** Does the write go live at once, go live and wait for a check, or wait for review? */
export function publicationMode(policy: EditorialPolicy, role: PublisherRole): WriteOutcome {
  if (role === 'editor') return 'published';
  if (policy === 'open') return 'to_check';
  if (policy === 'partners_only' && role === 'organisation') return 'published';
  return 'pending';
}
