import type { Db } from '../../core/db/database.ts';
import { planDb } from './plan.tables.ts';
import type { PlanItem } from './plan.ts';
import { loadItems } from './plans.repository.ts';

/**
 * The items of many plans at once, one query per table, for reports and overviews over plans
 * the caller has already checked the actor may read (getPlanAccess / listPlans). Every plan id
 * asked for is in the map, with an empty list when it has no items (or is not in the municipality).
 */
export async function listPlanItems(
  db: Db,
  municipalityId: string,
  planIds: string[],
): Promise<Map<string, PlanItem[]>> {
  return loadItems(planDb(db), municipalityId, planIds);
}
