import type { Db } from '../../../core/db/database.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { NeighbourhoodCheck } from './check.ts';
import './checks-policy.ts';
import { areasByCode, listCheckRows } from './checks.repository.ts';

export interface ListChecksOptions {
  /** Checks that asked this area, an area in it, or an area it lies in (the plan's area). */
  areaCode?: string | undefined;
  /** Checks about this plan (together with areaCode: either). */
  planId?: string | undefined;
  after?: { createdAt: string; id: string } | undefined;
  limit?: number | undefined;
  today?: string | undefined;
}

/** Wijktoetsen, newest first; for the staff who may read them (ForbiddenError otherwise). */
export async function listChecks(
  db: Db,
  actor: Actor,
  options: ListChecksOptions = {},
): Promise<{ items: NeighbourhoodCheck[]; nextCursor: { createdAt: string; id: string } | null }> {
  requireAccess(actor, 'list', {
    type: 'neighbourhood_check',
    municipalityId: actor.municipalityId,
    requestingOrganisationId: null,
    requestedBy: null,
  });
  let areaPath: string | undefined;
  if (options.areaCode !== undefined) {
    const [area] = await areasByCode(db, actor.municipalityId, [options.areaCode]);
    if (!area) throw new ValidationError([{ field: 'area', key: 'validation.choice' }]);
    areaPath = area.path;
  }
  const limit = options.limit ?? 50;
  const rows = await listCheckRows(
    db,
    actor.municipalityId,
    { areaPath, planId: options.planId, after: options.after, limit: limit + 1 },
    options.today ?? new Date().toISOString().slice(0, 10),
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** May the actor see wijktoetsen at all (pages show the section or the link by it)? */
export { isMunicipalStaff as maySeeChecks } from './checks-policy.ts';
