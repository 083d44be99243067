import { sql } from 'kysely';
import type { WriteTx } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import type { AreaRow } from '../db/tables.ts';
import type { Area, AreaKind, AreaSummary, Boundary } from './area.ts';

// The only place that queries the areas table.

const summaryColumns = [
  'id',
  'code',
  'name',
  'kind',
  'parent_id',
  'path',
  'depth',
  'centroid_lon',
  'centroid_lat',
  'bbox_west',
  'bbox_south',
  'bbox_east',
  'bbox_north',
] as const;

type SummaryRow = Pick<AreaRow, (typeof summaryColumns)[number]>;

export function toSummary(r: SummaryRow): AreaSummary {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parent_id,
    path: r.path,
    depth: r.depth,
    centroid:
      r.centroid_lon === null || r.centroid_lat === null
        ? null
        : { lon: r.centroid_lon, lat: r.centroid_lat },
    bbox:
      r.bbox_west === null || r.bbox_south === null || r.bbox_east === null || r.bbox_north === null
        ? null
        : [r.bbox_west, r.bbox_south, r.bbox_east, r.bbox_north],
  };
}

export interface AreaFilter {
  kind?: AreaKind | undefined;
  parentCode?: string | undefined;
  /** Only the subtree under this path (inclusive). */
  withinPath?: string | undefined;
  /** Name contains (accent-insensitive). */
  q?: string | undefined;
  /** Cursor: the last code of the previous page. */
  afterCode?: string | undefined;
  limit: number;
}

export async function listAreaSummaries(
  db: Db,
  municipalityId: string,
  f: AreaFilter,
): Promise<AreaSummary[]> {
  let q = db.selectFrom('areas').select(summaryColumns).where('municipality_id', '=', municipalityId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.parentCode) {
    const parentCode = f.parentCode;
    q = q.where('parent_id', '=', (eb) =>
      eb
        .selectFrom('areas as p')
        .select('p.id')
        .where('p.municipality_id', '=', municipalityId)
        .where('p.code', '=', parentCode),
    );
  }
  if (f.withinPath) {
    const within = f.withinPath;
    q = q.where((eb) => eb.or([eb('path', '=', within), eb('path', 'like', `${escapeLike(within)}/%`)]));
  }
  if (f.q) q = q.where(sql<boolean>`unaccent(name) ilike unaccent(${`%${escapeLike(f.q)}%`})`);
  if (f.afterCode) q = q.where('code', '>', f.afterCode);
  const rows = await q.orderBy('code').limit(f.limit).execute();
  return rows.map(toSummary);
}

export async function findAreaRowByCode(db: Db, municipalityId: string, code: string) {
  return db
    .selectFrom('areas')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findAreaRowById(db: Db, municipalityId: string, id: string) {
  return db
    .selectFrom('areas')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every area of a municipality with all columns (area imports compare them with the file). */
export async function listAreaRows(db: Db, municipalityId: string): Promise<AreaRow[]> {
  return db
    .selectFrom('areas')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .orderBy('path')
    .execute();
}

export async function summariesByCodes(
  db: Db,
  municipalityId: string,
  codes: string[],
): Promise<AreaSummary[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('areas')
    .select(summaryColumns)
    .where('municipality_id', '=', municipalityId)
    .where('code', 'in', codes)
    .execute();
  return rows.map(toSummary);
}

export async function countChildren(db: Db, municipalityId: string, parentId: string): Promise<number> {
  const r = await db
    .selectFrom('areas')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('parent_id', '=', parentId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function childSummaries(
  db: Db,
  municipalityId: string,
  parentId: string,
): Promise<AreaSummary[]> {
  const rows = await db
    .selectFrom('areas')
    .select(summaryColumns)
    .where('municipality_id', '=', municipalityId)
    .where('parent_id', '=', parentId)
    .orderBy('name')
    .execute();
  return rows.map(toSummary);
}

/** Child counts for many parents in one query (no N+1 on list pages). */
export async function childCounts(
  db: Db,
  municipalityId: string,
  parentIds: string[],
): Promise<Map<string, number>> {
  if (parentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('areas')
    .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('municipality_id', '=', municipalityId)
    .where('parent_id', 'in', parentIds)
    .groupBy('parent_id')
    .execute();
  return new Map(rows.map((r) => [r.parent_id as string, Number(r.n)]));
}

export interface AreaWithBoundary {
  summary: AreaSummary;
  boundary: Boundary | null;
}

export async function boundariesOf(
  db: Db,
  municipalityId: string,
  filter: { ids?: string[]; parentId?: string; kind?: AreaKind },
): Promise<AreaWithBoundary[]> {
  let q = db
    .selectFrom('areas')
    .select([...summaryColumns, 'boundary'])
    .where('municipality_id', '=', municipalityId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('id', 'in', filter.ids);
  }
  if (filter.parentId) q = q.where('parent_id', '=', filter.parentId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  const rows = await q.orderBy('code').execute();
  return rows.map((r) => ({ summary: toSummary(r), boundary: r.boundary }));
}

/** Areas whose bounding box holds the point: the candidates for an exact point-in-polygon test. */
export async function areasWithBoxContaining(db: Db, municipalityId: string, lon: number, lat: number) {
  const rows = await db
    .selectFrom('areas')
    .select([...summaryColumns, 'boundary'])
    .where('municipality_id', '=', municipalityId)
    .where('bbox_west', '<=', lon)
    .where('bbox_east', '>=', lon)
    .where('bbox_south', '<=', lat)
    .where('bbox_north', '>=', lat)
    .execute();
  return rows.map((r) => ({ summary: toSummary(r), boundary: r.boundary }));
}

export function toArea(row: AreaRow, ancestors: AreaSummary[], childCount: number): Area {
  const summary = toSummary(row);
  return {
    ...summary,
    description: row.description,
    attributes: row.attributes ?? {},
    parent: ancestors.at(-1) ?? null,
    ancestors,
    childCount,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export interface AreaValues {
  code: string;
  name: string;
  kind: AreaKind;
  parentId: string | null;
  path: string;
  depth: number;
  boundary: Boundary | null;
  centroid: { lon: number; lat: number } | null;
  bbox: { west: number; south: number; east: number; north: number } | null;
  source: string;
  attributes: Record<string, unknown>;
  description?: string;
}

function toColumns(v: AreaValues) {
  return {
    code: v.code,
    name: v.name,
    kind: v.kind,
    parent_id: v.parentId,
    path: v.path,
    depth: v.depth,
    boundary: v.boundary ? JSON.stringify(v.boundary) : null,
    centroid_lon: v.centroid?.lon ?? null,
    centroid_lat: v.centroid?.lat ?? null,
    bbox_west: v.bbox?.west ?? null,
    bbox_south: v.bbox?.south ?? null,
    bbox_east: v.bbox?.east ?? null,
    bbox_north: v.bbox?.north ?? null,
    source: v.source,
    attributes: JSON.stringify(v.attributes),
    ...(v.description !== undefined ? { description: v.description } : {}),
  };
}

export async function insertArea(tx: WriteTx, municipalityId: string, v: AreaValues): Promise<string> {
  const r = await tx
    .insertInto('areas')
    .values({ municipality_id: municipalityId, ...toColumns(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Overwrites an area's imported values (an import run); the description stays unless given. */
export async function replaceAreaValues(tx: WriteTx, municipalityId: string, id: string, v: AreaValues) {
  await tx
    .updateTable('areas')
    .set({ ...toColumns(v), updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function updateAreaDescription(
  tx: WriteTx,
  municipalityId: string,
  id: string,
  description: string,
) {
  await tx
    .updateTable('areas')
    .set({ description, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
