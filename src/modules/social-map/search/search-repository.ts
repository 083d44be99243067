import { type RawBuilder, sql } from 'kysely';
import type { AssetKind, Formality, LocationType } from '../asset.ts';
import { areaWithin, publiclyVisibleSql } from '../assets.repository.ts';
import type { SmDb } from '../social-map.tables.ts';
import type { ParsedQuery, SynonymEntry } from './build-search-query.ts';
import { searchDb } from './search.tables.ts';

// The queries of resident search: one for a page of hits, one for the facet counts and the
// total, whatever the number of results. Only publicly visible items are searched.

/** Below this many full-text hits in the municipality, trigram (typo) matches join in. */
const fewFtsHits = 5;

export interface SearchFilter {
  query: ParsedQuery | null;
  kinds: AssetKind[];
  themes: string[];
  targetGroups: string[];
  formality: Formality | undefined;
  areaPath: string | undefined;
  free: boolean | undefined;
  /** Wheelchair accessible. */
  accessible: boolean | undefined;
  near: { lat: number; lon: number; radiusKm: number } | undefined;
}

export type SortKind = 'distance' | 'relevance' | 'title';

export interface SearchCursor {
  /** The sort key of the last item of the previous page (a number as text for distance/relevance). */
  key: string;
  id: string;
}

export interface SearchHitRow {
  id: string;
  kind: AssetKind;
  formality: Formality;
  title: string;
  summary: string;
  area_id: string;
  area_code: string;
  area_name: string;
  area_path: string;
  organisation_name: string | null;
  themes: string[];
  target_groups: string[];
  cost_free: boolean;
  accessibility: string[];
  location_type: LocationType;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  score: string | null;
  distance_km: string | null;
  sort_key: string;
}

export interface FacetRow {
  facet: 'kind' | 'theme' | 'target_group' | 'formality' | 'area' | 'free' | 'accessible' | 'total';
  value: string | null;
  label: string | null;
  count: number;
}

const tsq = (text: string) => sql`to_tsquery('dutch', ${text})`;

/** Great-circle distance in km between the item and the given point (haversine). */
function distanceKm(near: { lat: number; lon: number }) {
  return sql<number>`(2 * 6371 * asin(sqrt(
    power(sin(radians(s.lat - ${near.lat}::float8) / 2), 2) +
    cos(radians(${near.lat}::float8)) * cos(radians(s.lat)) * power(sin(radians(s.lon - ${near.lon}::float8) / 2), 2)
  )))`;
}

/**
 * Whether full-text finds few items for the query, so that trigram (typo) matches join in. Asked
 * once per parsed query (the hits and the facets share it), in a query of its own: inside the
 * match condition it would make the OR unusable for the indexes (a scan of every item).
 */
const typoMatches = new WeakMap<ParsedQuery, Promise<boolean>>();
function withTypoMatches(db: SmDb, municipalityId: string, q: ParsedQuery, anyQuery: string) {
  let known = typoMatches.get(q);
  if (!known) {
    known = db
      .selectFrom('social_map_assets as f')
      .select(sql`1`.as('one'))
      .where('f.municipality_id', '=', municipalityId)
      .where('f.status', '=', 'published')
      .where(sql<boolean>`f.search_vector @@ ${tsq(anyQuery)}`)
      .limit(fewFtsHits)
      .execute()
      .then((rows) => rows.length < fewFtsHits);
    typoMatches.set(q, known);
  }
  return known;
}

/** Matches: full-text on any of the words; trigram similarity only when full-text finds few. */
async function matchSql(db: SmDb, municipalityId: string, query: ParsedQuery, anyQuery: string) {
  const q = { ...query, anyQuery };
  // Both arms use a GIN index (search_vector, search_plain trigrams): a bitmap OR.
  return (await withTypoMatches(db, municipalityId, query, anyQuery))
    ? sql<boolean>`(s.search_vector @@ ${tsq(q.anyQuery)} or ${q.plain} <% s.search_plain)`
    : sql<boolean>`s.search_vector @@ ${tsq(q.anyQuery)}`;
}

/** Relevance: how many of the words match first, then cover density, then trigram similarity. */
function scoreSql(q: ParsedQuery & { anyQuery: string }) {
  const groups = q.groupQueries.map((g) => sql`(s.search_vector @@ ${tsq(g)})::int`);
  return sql<string>`round((
    (${sql.join(groups, sql` + `)}) +
    ts_rank_cd(s.search_vector, ${tsq(q.anyQuery)}, 1) +
    0.5 * word_similarity(${q.plain}, s.search_plain)
  )::numeric, 6)`;
}

/** Publicly visible items of the municipality that pass every filter and match the query. */
async function matching(db: SmDb, municipalityId: string, f: SearchFilter, now: Date) {
  let q = db
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .where('s.municipality_id', '=', municipalityId)
    .where((eb) => publiclyVisibleSql(eb, now));
  if (f.query?.anyQuery) q = q.where(await matchSql(db, municipalityId, f.query, f.query.anyQuery));
  if (f.kinds.length > 0) q = q.where('s.kind', 'in', f.kinds);
  if (f.themes.length > 0) q = q.where(sql<boolean>`s.themes && ${f.themes}::text[]`);
  if (f.targetGroups.length > 0) q = q.where(sql<boolean>`s.target_groups && ${f.targetGroups}::text[]`);
  if (f.formality) q = q.where('s.formality', '=', f.formality);
  if (f.areaPath !== undefined) q = q.where(areaWithin([f.areaPath]));
  if (f.free !== undefined) q = q.where('s.cost_free', '=', f.free);
  if (f.accessible !== undefined) {
    q = q.where(sql<boolean>`('wheelchair' = any(s.accessibility)) = ${f.accessible}`);
  }
  if (f.near) {
    // Bounding box first (GiST index on point(lon, lat), migration 0007), then the exact distance.
    const dLat = f.near.radiusKm / 111.32;
    const dLon = f.near.radiusKm / (111.32 * Math.max(Math.cos((f.near.lat * Math.PI) / 180), 0.01));
    q = q
      .where('s.lat', 'is not', null)
      .where(
        sql<boolean>`point(s.lon, s.lat) <@ box(point(${f.near.lon - dLon}::float8, ${f.near.lat - dLat}::float8), point(${f.near.lon + dLon}::float8, ${f.near.lat + dLat}::float8))`,
      )
      .where(sql<boolean>`${distanceKm(f.near)} <= ${f.near.radiusKm}::float8`);
  }
  return q;
}

export function sortOf(f: SearchFilter): SortKind {
  if (f.near) return 'distance';
  return f.query?.anyQuery ? 'relevance' : 'title';
}

/** One page of hits, sorted by distance, relevance or title; id breaks ties. */
export async function searchHitRows(
  db: SmDb,
  municipalityId: string,
  f: SearchFilter,
  page: { limit: number; cursor: SearchCursor | undefined },
  now: Date,
): Promise<SearchHitRow[]> {
  const sort = sortOf(f);
  const score: RawBuilder<string | null> = f.query?.anyQuery
    ? scoreSql({ ...f.query, anyQuery: f.query.anyQuery })
    : sql<null>`null::numeric`;
  const distance: RawBuilder<string | null> = f.near
    ? sql<string>`round(${distanceKm(f.near)}::numeric, 4)`
    : sql<null>`null::numeric`;
  const base = (await matching(db, municipalityId, f, now))
    .leftJoin('organisations as o', 'o.id', 's.owner_organisation_id')
    .select([
      's.id',
      's.kind',
      's.formality',
      's.title',
      's.summary',
      's.area_id',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'o.name as organisation_name',
      's.themes',
      's.target_groups',
      's.cost_free',
      's.accessibility',
      's.location_type',
      's.street',
      's.postal_code',
      's.city',
      's.lat',
      's.lon',
      score.as('score'),
      distance.as('distance_km'),
    ]);
  // Keyset paging on (sort key, id). Scores and distances are rounded numerics, so the key
  // read back from the cursor compares exactly.
  const key = sort === 'distance' ? sql`h.distance_km` : sort === 'relevance' ? sql`h.score` : sql`h.title`;
  const keyText = sort === 'title' ? key : sql`${key}::text`;
  const desc = sort === 'relevance';
  let after = sql<boolean>`true`;
  if (page.cursor) {
    const k = sort === 'title' ? sql`${page.cursor.key}` : sql`${page.cursor.key}::numeric`;
    after = desc
      ? sql<boolean>`(${key} < ${k} or (${key} = ${k} and h.id > ${page.cursor.id}::uuid))`
      : sql<boolean>`(${key} > ${k} or (${key} = ${k} and h.id > ${page.cursor.id}::uuid))`;
  }
  const order = desc ? sql`${key} desc, h.id` : sql`${key}, h.id`;
  const result = await sql<SearchHitRow>`
    select h.*, ${keyText} as sort_key from (${base}) h
    where ${after}
    order by ${order}
    limit ${page.limit}`.execute(db);
  return result.rows;
}

/** Every facet's counts and the total, in one query (the matches are computed once). */
export async function facetRows(
  db: SmDb,
  municipalityId: string,
  f: SearchFilter,
  now: Date,
): Promise<FacetRow[]> {
  const m = (await matching(db, municipalityId, f, now)).select([
    's.kind',
    's.formality',
    's.themes',
    's.target_groups',
    's.cost_free',
    sql<boolean>`'wheelchair' = any(s.accessibility)`.as('wheelchair'),
    's.area_id',
  ]);
  const result = await sql<FacetRow>`
    with m as (${m})
    select 'total' as facet, null as value, null as label, count(*)::int as count from m
    union all select 'kind', kind, null, count(*)::int from m group by kind
    union all select 'formality', formality, null, count(*)::int from m group by formality
    union all select 'theme', t, null, count(*)::int from m cross join lateral unnest(m.themes) t group by t
    union all select 'target_group', t, null, count(*)::int from m cross join lateral unnest(m.target_groups) t group by t
    union all select 'area', a.code, a.name, c.count from (select area_id, count(*)::int as count from m group by area_id) c
      join areas a on a.id = c.area_id
    union all select 'free', cost_free::text, null, count(*)::int from m group by cost_free
    union all select 'accessible', wheelchair::text, null, count(*)::int from m group by wheelchair`.execute(
    db,
  );
  return result.rows;
}

/** The synonym entries that concern any of these words (as term or as one of the synonyms). */
export async function synonymEntriesFor(
  db: SmDb,
  municipalityId: string,
  queryWords: string[],
): Promise<SynonymEntry[]> {
  if (queryWords.length === 0) return [];
  return searchDb(db)
    .selectFrom('social_map_synonyms')
    .select(['term', 'synonyms'])
    .where('municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.or([eb('term', 'in', queryWords), eb('synonyms', '&&', sql<string[]>`${queryWords}::text[]`)]),
    )
    .orderBy('term')
    .execute();
}
