import { sql } from 'kysely';
import { escapeLike } from '../areas/areas.repository.ts';
import type { WriteTx } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import type { OrganisationRow } from '../db/tables.ts';
import type { Organisation, OrganisationKind, ServedArea } from './organisation.ts';

// The only place that queries organisations and organisation_areas.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for PostgreSQL's unique_violation, so a race on a unique name still gets a clear answer. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: OrganisationKind | undefined;
  /** Only organisations serving this area (by id). */
  areaId?: string | undefined;
  after?: { name: string; id: string } | undefined;
  limit: number;
}

export async function listOrganisationRows(db: Db, municipalityId: string, f: OrganisationFilter) {
  let q = db.selectFrom('organisations').selectAll().where('municipality_id', '=', municipalityId);
  if (f.q) q = q.where(sql<boolean>`unaccent(name) ilike unaccent(${`%${escapeLike(f.q)}%`})`);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.areaId) {
    const areaId = f.areaId;
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('organisation_areas')
        .select('organisation_id')
        .where('municipality_id', '=', municipalityId)
        .where('area_id', '=', areaId),
    );
  }
  if (f.after) {
    const { name, id } = f.after;
    q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
  }
  return q.orderBy('name').orderBy('id').limit(f.limit).execute();
}

export async function findOrganisationRow(db: Db, municipalityId: string, id: string) {
  // Not a uuid: no such organisation (and no SQL error for a malformed id).
  if (!uuidPattern.test(id)) return undefined;
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Case-insensitive, so "Wijkteam Noord" and "wijkteam noord" cannot both exist by accident. */
export async function findOrganisationIdByName(db: Db, municipalityId: string, name: string) {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .executeTakeFirst();
  return row?.id;
}

/** The areas of many organisations in one query (no N+1 on list pages). */
export async function servedAreasOf(
  db: Db,
  municipalityId: string,
  organisationIds: string[],
): Promise<Map<string, Array<ServedArea & { id: string }>>> {
  const out = new Map<string, Array<ServedArea & { id: string }>>();
  if (organisationIds.length === 0) return out;
  const rows = await db
    .selectFrom('organisation_areas as oa')
    .innerJoin('areas as a', 'a.id', 'oa.area_id')
    .select(['oa.organisation_id', 'a.id', 'a.code', 'a.name', 'a.path'])
    .where('oa.municipality_id', '=', municipalityId)
    .where('oa.organisation_id', 'in', organisationIds)
    .orderBy('a.path')
    .execute();
  for (const r of rows) {
    const list = out.get(r.organisation_id) ?? [];
    list.push({ id: r.id, code: r.code, name: r.name, path: r.path });
    out.set(r.organisation_id, list);
  }
  return out;
}

export function toOrganisation(row: OrganisationRow, areas: ServedArea[]): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    areas: areas.map((a) => ({ code: a.code, name: a.name, path: a.path })),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  sector: string | null;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export async function insertOrganisation(tx: WriteTx, municipalityId: string, v: OrganisationValues) {
  return tx
    .insertInto('organisations')
    .values({ municipality_id: municipalityId, ...v })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateOrganisationRow(
  tx: WriteTx,
  municipalityId: string,
  id: string,
  v: Partial<OrganisationValues>,
) {
  return tx
    .updateTable('organisations')
    .set({ ...v, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the set of areas an organisation serves. */
export async function replaceServedAreas(
  tx: WriteTx,
  municipalityId: string,
  organisationId: string,
  areaIds: string[],
) {
  await tx
    .deleteFrom('organisation_areas')
    .where('municipality_id', '=', municipalityId)
    .where('organisation_id', '=', organisationId)
    .execute();
  if (areaIds.length === 0) return;
  await tx
    .insertInto('organisation_areas')
    .values(
      areaIds.map((area_id) => ({
        municipality_id: municipalityId,
        organisation_id: organisationId,
        area_id,
      })),
    )
    .execute();
}

/** Organisations for select lists (role assignment forms): id, name and kind only. */
export async function organisationOptions(db: Db, municipalityId: string, kinds?: OrganisationKind[]) {
  let q = db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId);
  if (kinds && kinds.length > 0) q = q.where('kind', 'in', kinds);
  return q.orderBy('name').execute();
}
