import { NotFoundError } from '../../../core/errors.ts';
import '../policy.ts';
import { matchRule, type RoutingRule } from '../rules/routing.ts';
import { findCategoryRow, type Queryable, ruleRows } from './config.repository.ts';
import type { RouteResult } from './config.ts';

export type { RouteResult };

/**
 * Who gets an item: the active routing rules in order, first match wins (a null condition
 * matches anything, an area rule matches its whole subtree); no match → the category's owner
 * organisation. Pass the open transaction when routing inside a write (submit, change, re-route).
 * Throws NotFoundError when the category does not exist in the municipality.
 */
export async function routeItem(
  db: Queryable,
  municipalityId: string,
  subject: { kindId: string; categoryId: string; areaPath: string },
): Promise<RouteResult> {
  const category = await findCategoryRow(db, municipalityId, subject.categoryId);
  if (!category) throw new NotFoundError('initiative_category');
  const rules = await loadRoutingRules(db, municipalityId);
  const rule = matchRule(rules, subject);
  if (rule)
    return { organisationId: rule.targetOrganisationId, personId: rule.targetPersonId, ruleId: rule.id };
  return { organisationId: category.owner_organisation_id, personId: null, ruleId: null };
}

/** The active rules in order, in the shape of rules/routing.ts. */
export async function loadRoutingRules(db: Queryable, municipalityId: string): Promise<RoutingRule[]> {
  const rows = await ruleRows(db, municipalityId, { activeOnly: true });
  return rows.map(
    (r): RoutingRule => ({
      id: r.id,
      position: r.position,
      kindId: r.kind_id,
      categoryId: r.category_id,
      areaPath: r.area_id === null ? null : (r.area_path ?? null),
      targetOrganisationId: r.target_organisation_id,
      targetPersonId: r.target_person_id,
      active: r.active,
    }),
  );
}
