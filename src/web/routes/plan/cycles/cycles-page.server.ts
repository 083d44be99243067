import type { RequestContext } from '../../../../core/http/request-context.ts';
import type { NeighbourhoodCheck } from '../../../../modules/plan/checks/check.ts';
import { listChecks, maySeeChecks } from '../../../../modules/plan/checks/list-checks.ts';

// What the cycle and wijktoets pages share on the server.

/** The wijktoetsen of an area (and its plan) for the staff who may see them; [] for others. */
export async function checksOfArea(
  rc: RequestContext,
  areaCode: string,
  planId?: string,
): Promise<NeighbourhoodCheck[] | null> {
  if (!maySeeChecks(rc.actor)) return null;
  const page = await listChecks(rc.app.db, rc.actor, { areaCode, planId, limit: 20 });
  return page.items;
}
