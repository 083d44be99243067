import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { OrganisationKind } from './organisation.ts';

// "Wie werkt hier": the organisations that work in an area. An organisation that serves a larger
// area (an ancestor) works here too; one that serves a part of it (a descendant) works within it.

export interface ServingOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  sector: string | null;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** The area it is registered for that links it to this one (the area itself, an ancestor or a part). */
  via: { code: string; name: string; relation: 'self' | 'ancestor' | 'descendant' };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Repository query: organisation rows with the served area, for the area's path. */
async function servingRows(db: Db, municipalityId: string, path: string) {
  const codes = path.split('/');
  return db
    .selectFrom('organisation_areas as oa')
    .innerJoin('organisations as o', 'o.id', 'oa.organisation_id')
    .innerJoin('areas as a', 'a.id', 'oa.area_id')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.sector',
      'o.description',
      'o.email',
      'o.phone',
      'o.website',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'a.depth as area_depth',
    ])
    .where('oa.municipality_id', '=', municipalityId)
    .where('o.municipality_id', '=', municipalityId)
    .where('a.municipality_id', '=', municipalityId)
    .where((eb) => eb.or([eb('a.code', 'in', codes), eb('a.path', 'like', `${escapeLike(path)}/%`)]))
    .orderBy(sql`lower(o.name)`)
    .orderBy('a.depth')
    .execute();
}

export async function organisationsServingArea(
  db: Db,
  actor: Actor,
  area: { path: string },
): Promise<ServingOrganisation[]> {
  requireAccess(actor, 'list', {
    type: 'organisation',
    municipalityId: actor.municipalityId,
    areaPaths: [area.path],
  });
  const rows = await servingRows(db, actor.municipalityId, area.path);
  const byId = new Map<string, ServingOrganisation>();
  for (const r of rows) {
    const relation =
      r.area_path === area.path
        ? 'self'
        : r.area_path.startsWith(`${area.path}/`)
          ? 'descendant'
          : 'ancestor';
    const current = byId.get(r.id);
    // One entry per organisation: the closest link wins (the area itself, then an ancestor, then a part).
    if (current && rank(current.via.relation) <= rank(relation)) continue;
    byId.set(r.id, {
      id: r.id,
      name: r.name,
      kind: r.kind,
      sector: r.sector,
      description: r.description,
      email: r.email,
      phone: r.phone,
      website: r.website,
      via: { code: r.area_code, name: r.area_name, relation },
    });
  }
  return [...byId.values()];
}

function rank(relation: ServingOrganisation['via']['relation']): number {
  return relation === 'self' ? 0 : relation === 'ancestor' ? 1 : 2;
}
