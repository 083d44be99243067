import { pathWithin } from '../../../core/permissions/actor.ts';

// Routing: who owns a new (or re-categorised, or moved) item. Rules are tried in position order
// and the first active one whose conditions all hold wins; a null condition matches anything and
// an area condition matches its whole subtree. No match: the category's owner (the caller's job).

export interface RoutingRule {
  id: string;
  position: number;
  kindId: string | null;
  categoryId: string | null;
  /** The materialised path of the rule's area (areas.path), not its id. */
  areaPath: string | null;
  targetOrganisationId: string;
  targetPersonId: string | null;
  active: boolean;
}

export interface RoutingSubject {
  kindId: string;
  categoryId: string;
  areaPath: string | null;
}

export function ruleMatches(rule: RoutingRule, subject: RoutingSubject): boolean {
  if (!rule.active) return false;
  if (rule.kindId !== null && rule.kindId !== subject.kindId) return false;
  if (rule.categoryId !== null && rule.categoryId !== subject.categoryId) return false;
  if (rule.areaPath !== null && (subject.areaPath === null || !pathWithin(subject.areaPath, rule.areaPath))) {
    return false;
  }
  return true;
}

/** The first matching rule by position (ties: by id, so the outcome never depends on load order). */
export function matchRule(rules: readonly RoutingRule[], subject: RoutingSubject): RoutingRule | null {
  const ordered = [...rules].sort(
    (a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return ordered.find((rule) => ruleMatches(rule, subject)) ?? null;
}
