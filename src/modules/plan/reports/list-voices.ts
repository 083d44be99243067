import type { ServiceContext } from '../../../core/audit/write.ts';
import { getPlanAccess } from '../plan-access.ts';
import type { Voice } from './report.ts';
import { reportDb } from './reports.tables.ts';
import { voicesOfPlans } from './voices.repository.ts';

/** The plan's voices, oldest first, for whoever may read the plan (else NotFoundError). */
export async function listVoices(ctx: ServiceContext, planId: string): Promise<Voice[]> {
  await getPlanAccess(ctx.db, ctx.actor, planId);
  return voicesOfPlans(reportDb(ctx.db), ctx.actor.municipalityId, [planId]);
}
