import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import type { NeighbourhoodCheck } from './check.ts';
import './checks-policy.ts';
import { findCheck } from './checks.repository.ts';

export function checkResource(municipalityId: string, check: NeighbourhoodCheck) {
  return {
    type: 'neighbourhood_check',
    municipalityId,
    requestingOrganisationId: check.requestingOrganisation?.id ?? null,
    requestedBy: check.requestedBy?.id ?? null,
  } as const;
}

/** One wijktoets; NotFoundError when it does not exist or the actor may not read it. */
export async function getCheck(
  db: Db,
  actor: Actor,
  id: string,
  options: { today?: string } = {},
): Promise<NeighbourhoodCheck> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const check = await findCheck(db, actor.municipalityId, id, today);
  if (!check || !can(actor, 'read', checkResource(actor.municipalityId, check)))
    throw new NotFoundError('neighbourhood_check');
  return check;
}
