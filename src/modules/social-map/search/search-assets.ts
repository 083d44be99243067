import { z } from 'zod';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { Db } from '../../../core/db/database.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import {
  type AreaRef,
  type AssetKind,
  assetKinds,
  type Formality,
  formalities,
  type LocationType,
} from '../asset.ts';
import '../policy.ts';
import { smDb } from '../social-map.tables.ts';
import { buildSearchQuery } from './build-search-query.ts';
import {
  type FacetRow,
  facetRows,
  type SearchCursor,
  type SearchFilter,
  type SearchHitRow,
  searchHitRows,
  synonymEntriesFor,
} from './search-repository.ts';

// Search of the social map for residents: plain Dutch, typo tolerant, with synonyms, facets and
// "near me". Everyone (signed in or not) searches what is publicly visible; editors use the
// lists for the rest. A search costs at most five queries whatever the number of results.

const codeList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().trim().min(1).max(60)).max(20));
const booleanFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const searchAssetsInput = z.object({
  q: z.string().max(200).default(''),
  kind: z
    .union([z.enum(assetKinds), z.array(z.enum(assetKinds))])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .default([]),
  theme: codeList.default([]),
  targetGroup: codeList.default([]),
  formality: z.enum(formalities).optional(),
  /** The area and everything below it. */
  areaCode: z.string().trim().max(20).optional(),
  free: booleanFlag.optional(),
  /** Wheelchair accessible. */
  accessible: booleanFlag.optional(),
  near: z
    .object({
      lat: z.coerce.number().min(-90).max(90),
      lon: z.coerce.number().min(-180).max(180),
      radiusKm: z.coerce.number().positive().max(100).default(5),
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type SearchAssetsInput = z.input<typeof searchAssetsInput>;

export interface SearchHit {
  id: string;
  kind: AssetKind;
  formality: Formality;
  title: string;
  summary: string;
  area: AreaRef;
  organisationName: string | null;
  themes: string[];
  targetGroups: string[];
  costFree: boolean;
  accessibility: string[];
  locationType: LocationType;
  address: { street: string; postalCode: string; city: string } | null;
  point: { lat: number; lon: number } | null;
  /** Only for a search near a point. */
  distanceKm: number | null;
  /** Only for a search with words; higher is better. */
  score: number | null;
}

export interface FacetCount<V> {
  value: V;
  count: number;
}

export interface SearchFacets {
  kind: FacetCount<AssetKind>[];
  theme: FacetCount<string>[];
  targetGroup: FacetCount<string>[];
  formality: FacetCount<Formality>[];
  area: Array<FacetCount<string> & { name: string }>;
  free: FacetCount<boolean>[];
  accessible: FacetCount<boolean>[];
}

export interface SearchResult {
  items: SearchHit[];
  facets: SearchFacets;
  total: number;
  nextCursor: string | null;
  /** The words searched for after dropping filler, with their synonyms (to show "ook gezocht op"). */
  searchedFor: string[][];
}

export async function searchAssets(
  db: Db,
  actor: Actor,
  input: SearchAssetsInput = {},
  now = new Date(),
): Promise<SearchResult> {
  const municipalityId = actor.municipalityId;
  requireAccess(actor, 'list', {
    type: 'asset',
    municipalityId,
    areaPath: '',
    kind: 'place',
    ownerPersonId: null,
    ownerOrganisationId: null,
    publiclyVisible: true,
  });
  const f = parseInput(searchAssetsInput, input);
  const cursor = f.cursor ? decodeCursor(f.cursor) : undefined;
  const sdb = smDb(db);
  const filter = await searchFilterFor(db, municipalityId, f);
  const query = filter.query;
  // One row more than asked tells whether there is a next page.
  const rows = await searchHitRows(sdb, municipalityId, filter, { limit: f.limit + 1, cursor }, now);
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  const facets = toFacets(await facetRows(sdb, municipalityId, filter, now));
  return {
    items: page.map(toHit),
    facets: facets.facets,
    total: facets.total,
    nextCursor: rows.length > f.limit && last ? encodeCursor({ key: last.sort_key, id: last.id }) : null,
    searchedFor: query?.groups ?? [],
  };
}

/** The query and filters of a parsed search input (shared with the CSV export, which pages itself). */
export async function searchFilterFor(
  db: Db,
  municipalityId: string,
  f: z.output<typeof searchAssetsInput>,
): Promise<SearchFilter> {
  let areaPath: string | undefined;
  if (f.areaCode) {
    const area = await findAreaRowByCode(db, municipalityId, f.areaCode);
    if (!area) throw new NotFoundError('area');
    areaPath = area.path;
  }
  const words = buildSearchQuery(f.q).words;
  const query =
    words.length > 0 ? buildSearchQuery(f.q, await synonymEntriesFor(smDb(db), municipalityId, words)) : null;
  return {
    query,
    kinds: f.kind,
    themes: f.theme,
    targetGroups: f.targetGroup,
    formality: f.formality,
    areaPath,
    free: f.free,
    accessible: f.accessible,
    near: f.near,
  };
}

function encodeCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
}

function decodeCursor(text: string): SearchCursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      typeof v[0] === 'string' &&
      typeof v[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(v[1])
    ) {
      return { key: v[0], id: v[1] };
    }
  } catch {
    // falls through to the validation error
  }
  throw new ValidationError([{ field: 'cursor', key: 'validation.invalid' }]);
}

function toHit(r: SearchHitRow): SearchHit {
  return {
    id: r.id,
    kind: r.kind,
    formality: r.formality,
    title: r.title,
    summary: r.summary,
    area: { id: r.area_id, code: r.area_code, name: r.area_name, path: r.area_path },
    organisationName: r.organisation_name,
    themes: r.themes,
    targetGroups: r.target_groups,
    costFree: r.cost_free,
    accessibility: r.accessibility,
    locationType: r.location_type,
    address:
      r.street !== null ? { street: r.street, postalCode: r.postal_code ?? '', city: r.city ?? '' } : null,
    point: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    distanceKm: r.distance_km === null ? null : Number(r.distance_km),
    score: r.score === null ? null : Number(r.score),
  };
}

function toFacets(rows: FacetRow[]): { facets: SearchFacets; total: number } {
  const facets: SearchFacets = {
    kind: [],
    theme: [],
    targetGroup: [],
    formality: [],
    area: [],
    free: [],
    accessible: [],
  };
  let total = 0;
  for (const r of rows) {
    const value = r.value ?? '';
    const count = Number(r.count);
    if (r.facet === 'total') total = count;
    else if (r.facet === 'kind') facets.kind.push({ value: value as AssetKind, count });
    else if (r.facet === 'theme') facets.theme.push({ value, count });
    else if (r.facet === 'target_group') facets.targetGroup.push({ value, count });
    else if (r.facet === 'formality') facets.formality.push({ value: value as Formality, count });
    else if (r.facet === 'area') facets.area.push({ value, name: r.label ?? value, count });
    else if (r.facet === 'free') facets.free.push({ value: value === 'true', count });
    else if (r.facet === 'accessible') facets.accessible.push({ value: value === 'true', count });
  }
  // Most frequent first; equal counts in a stable order.
  const byCount = <T extends { value: unknown; count: number }>(list: T[]) =>
    list.sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
  for (const list of Object.values(facets)) byCount(list);
  return { facets, total };
}
