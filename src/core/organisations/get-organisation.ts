import type { Db } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { Organisation } from './organisation.ts';
import { findOrganisationRow, servedAreasOf, toOrganisation } from './organisations.repository.ts';

export async function getOrganisation(db: Db, actor: Actor, id: string): Promise<Organisation> {
  const row = await findOrganisationRow(db, actor.municipalityId, id);
  if (!row) throw new NotFoundError('organisation');
  const areas = (await servedAreasOf(db, actor.municipalityId, [row.id])).get(row.id) ?? [];
  requireAccess(actor, 'read', {
    type: 'organisation',
    municipalityId: actor.municipalityId,
    organisationId: row.id,
    kind: row.kind,
    areaPaths: areas.map((a) => a.path),
  });
  return toOrganisation(row, areas);
}
