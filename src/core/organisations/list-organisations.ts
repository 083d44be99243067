import { findAreaRowByCode } from '../areas/areas.repository.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { Organisation, OrganisationKind } from './organisation.ts';
import { listOrganisationRows, servedAreasOf, toOrganisation } from './organisations.repository.ts';

export interface ListOrganisationsInput {
  q?: string | undefined;
  kind?: OrganisationKind | undefined;
  /** Only organisations that serve this area (code). */
  areaCode?: string | undefined;
  after?: OrganisationCursor | undefined;
  limit: number;
}

export interface OrganisationCursor {
  name: string;
  id: string;
}

/** One page of organisations by name; who works in the neighbourhood is public. */
export async function listOrganisations(
  db: Db,
  actor: Actor,
  input: ListOrganisationsInput,
): Promise<{ items: Organisation[]; nextCursor: OrganisationCursor | null }> {
  requireAccess(actor, 'list', {
    type: 'organisation',
    municipalityId: actor.municipalityId,
    kind: 'partner',
    areaPaths: [],
  });
  let areaId: string | undefined;
  if (input.areaCode) {
    const area = await findAreaRowByCode(db, actor.municipalityId, input.areaCode);
    if (!area) return { items: [], nextCursor: null };
    areaId = area.id;
  }
  const rows = await listOrganisationRows(db, actor.municipalityId, {
    q: input.q,
    kind: input.kind,
    areaId,
    after: input.after,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const areas = await servedAreasOf(
    db,
    actor.municipalityId,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => toOrganisation(r, areas.get(r.id) ?? [])),
    nextCursor: rows.length > input.limit && last ? { name: last.name, id: last.id } : null,
  };
}
