import { z } from 'zod';
import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import type { Asset } from '../asset.ts';
import { linksOf, toAsset } from '../assets.repository.ts';
import '../policy.ts';
import { smDb } from '../social-map.tables.ts';
import { listTaxonomy, type Term, type Vocabulary } from '../taxonomy.ts';
import {
  countVisibleAssets,
  exportOrganisationRows,
  type HsdsAssetFilter,
  publicOrganisationIds,
  visibleAssetRows,
} from './hsds.repository.ts';
import {
  type ExportData,
  type ExportOrganisation,
  type HsdsObject,
  isExportable,
  stableUuid,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceAtLocations,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './to-hsds.ts';

// The read side of an HSDS 3.0 API over the social map: services, organisations,
// service_at_locations, taxonomies and taxonomy terms, in the paginated shape of the HSDS
// OpenAPI, with the query parameters that fit. Public data only; the HTTP layer wires these.

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1');

export const hsdsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  taxonomy_term_id: z.uuid().optional(),
  taxonomy_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
  modified_after: z.coerce.date().optional(),
  full: bool.optional(),
  full_service: bool.optional(),
  /** Only 'json': we do not stream ndjson. */
  format: z.enum(['json']).optional(),
  /** Taxonomy terms: ours have no children, so every term is a top term. */
  top_only: bool.optional(),
  /** Taxonomy terms: ours have no parents, so a parent_id matches nothing. */
  parent_id: z.string().max(200).optional(),
});
export type HsdsQuery = z.input<typeof hsdsQuery>;

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function slice<T>(all: T[], page: number, perPage: number): HsdsPage<T> {
  return hsdsPage(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}

const vocabularies: Vocabulary[] = ['theme', 'target_group', 'abcd'];

function requirePublicList(actor: Actor) {
  requireAccess(actor, 'list', {
    type: 'asset',
    municipalityId: actor.municipalityId,
    areaPath: '',
    kind: 'place',
    ownerPersonId: null,
    ownerOrganisationId: null,
    publiclyVisible: true,
  });
}

/** The (vocabulary, code) pairs a taxonomy_term_id or taxonomy_id stands for. */
function termFilter(municipalityId: string, terms: readonly Term[], q: z.output<typeof hsdsQuery>) {
  if (!q.taxonomy_term_id && !q.taxonomy_id) return undefined;
  return terms
    .filter(
      (t) =>
        (!q.taxonomy_term_id ||
          stableUuid(municipalityId, 'term', t.vocabulary, t.code) === q.taxonomy_term_id) &&
        (!q.taxonomy_id || stableUuid(municipalityId, 'taxonomy', t.vocabulary) === q.taxonomy_id),
    )
    .map((t) => ({ vocabulary: t.vocabulary, code: t.code }));
}

async function exportData(
  db: Db,
  municipalityId: string,
  assets: Asset[],
  terms: readonly Term[],
  now: Date,
): Promise<ExportData> {
  const placeIds = [
    ...new Set(
      assets.flatMap((a) => a.links.filter((l) => l.relation === 'located_at').map((l) => l.assetId)),
    ),
  ];
  const places = placeIds.length
    ? await loadAssets(db, municipalityId, { kinds: ['place'], ids: placeIds }, now)
    : [];
  const orgIds = [
    ...new Set(
      [...assets, ...places].map((a) => a.ownerOrganisationId).filter((id): id is string => Boolean(id)),
    ),
  ];
  const orgs = await exportOrganisationRows(db, municipalityId, orgIds);
  return {
    municipalityId,
    terms,
    places: new Map(places.map((p) => [p.id, p])),
    organisations: new Map(orgs.map((o) => [o.id, o satisfies ExportOrganisation])),
  };
}

async function loadAssets(
  db: Db,
  municipalityId: string,
  f: HsdsAssetFilter,
  now: Date,
  page?: { limit: number; offset: number },
): Promise<Asset[]> {
  const rows = await visibleAssetRows(db, municipalityId, f, now, page);
  const links = await linksOf(
    smDb(db),
    municipalityId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAsset(r, links.get(r.id) ?? [], now)).filter(isExportable);
}

const serviceKinds: HsdsAssetFilter['kinds'] = ['offering', 'activity', 'group'];

/** Without full=true a service comes without its nested lists (HSDS "basic" service). */
function basic(service: HsdsObject): HsdsObject {
  return Object.fromEntries(Object.entries(service).filter(([, v]) => typeof v !== 'object' || v === null));
}

export async function hsdsServices(db: Db, actor: Actor, query: HsdsQuery = {}, now = new Date()) {
  requirePublicList(actor);
  const q = parseInput(hsdsQuery, query);
  const m = actor.municipalityId;
  const terms = await listTaxonomy(db, m);
  const filter: HsdsAssetFilter = {
    kinds: serviceKinds,
    search: q.search,
    organisationId: q.organization_id,
    modifiedAfter: q.modified_after,
    terms: termFilter(m, terms, q),
  };
  const total = await countVisibleAssets(db, m, filter, now);
  const assets = await loadAssets(db, m, filter, now, {
    limit: q.per_page,
    offset: (q.page - 1) * q.per_page,
  });
  const data = await exportData(db, m, assets, terms, now);
  const contents = assets.map((a) =>
    q.full === false ? basic(toHsdsService(a, data)) : toHsdsService(a, data),
  );
  return hsdsPage(contents, total, q.page, q.per_page);
}

/** One service in full, or null when it does not exist or is not public. */
export async function hsdsService(
  db: Db,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<HsdsObject | null> {
  requirePublicList(actor);
  if (!z.uuid().safeParse(id).success) return null;
  const m = actor.municipalityId;
  const [asset] = await loadAssets(db, m, { kinds: serviceKinds, ids: [id] }, now);
  if (!asset) return null;
  const terms = await listTaxonomy(db, m);
  return toHsdsService(asset, await exportData(db, m, [asset], terms, now));
}

export async function hsdsServiceAtLocations(db: Db, actor: Actor, query: HsdsQuery = {}, now = new Date()) {
  requirePublicList(actor);
  const q = parseInput(hsdsQuery, query);
  return slice(await allServiceAtLocations(db, actor.municipalityId, q, now), q.page, q.per_page);
}

// A service has zero or more locations, so the list is built whole and then cut into pages.
async function allServiceAtLocations(db: Db, m: string, q: z.output<typeof hsdsQuery>, now: Date) {
  const terms = await listTaxonomy(db, m);
  const assets = await loadAssets(
    db,
    m,
    {
      kinds: serviceKinds,
      search: q.search,
      organisationId: q.organization_id,
      modifiedAfter: q.modified_after,
      terms: termFilter(m, terms, q),
    },
    now,
  );
  const data = await exportData(db, m, assets, terms, now);
  return assets.flatMap((a) => {
    const sals = toHsdsServiceAtLocations(a, data);
    if (q.full) {
      const service = basic(toHsdsService(a, data));
      return sals.map((s) => ({ ...s, service }));
    }
    return sals;
  });
}

export async function hsdsOrganizations(db: Db, actor: Actor, query: HsdsQuery = {}, now = new Date()) {
  requirePublicList(actor);
  const q = parseInput(hsdsQuery, query);
  const m = actor.municipalityId;
  const ids = await publicOrganisationIds(db, m, now, q.search);
  const rows = await exportOrganisationRows(db, m, ids);
  const page = slice(rows, q.page, q.per_page);
  const full = q.full || q.full_service;
  if (!full) return { ...page, contents: page.contents.map(toHsdsOrganization) };
  return { ...page, contents: await withServices(db, m, page.contents, q.full_service === true, now) };
}

/** Organisations with their services, loaded for all of them at once (no query per organisation). */
async function withServices(
  db: Db,
  m: string,
  orgs: ExportOrganisation[],
  fullService: boolean,
  now: Date,
): Promise<HsdsObject[]> {
  if (orgs.length === 0) return [];
  const terms = await listTaxonomy(db, m);
  const assets = await loadAssets(
    db,
    m,
    { kinds: serviceKinds, organisationIds: orgs.map((o) => o.id) },
    now,
  );
  const data = await exportData(db, m, assets, terms, now);
  return orgs.map((org) => ({
    ...toHsdsOrganization(org),
    services: assets
      .filter((a) => a.ownerOrganisationId === org.id)
      .map((a) => (fullService ? toHsdsService(a, data) : basic(toHsdsService(a, data)))),
  }));
}

/** One organisation with its services (basic, or full with full_service), or null when it has no public items. */
export async function hsdsOrganization(
  db: Db,
  actor: Actor,
  id: string,
  query: Pick<HsdsQuery, 'full_service'> = {},
  now = new Date(),
): Promise<HsdsObject | null> {
  requirePublicList(actor);
  const q = parseInput(hsdsQuery, query);
  if (!z.uuid().safeParse(id).success) return null;
  const m = actor.municipalityId;
  const publicIds = await publicOrganisationIds(db, m, now);
  if (!publicIds.includes(id)) return null;
  const [org] = await exportOrganisationRows(db, m, [id]);
  if (!org) return null;
  const [out] = await withServices(db, m, [org], q.full_service === true, now);
  return out ?? null;
}

/** One service_at_location with its location and its (basic) service, or null. */
export async function hsdsServiceAtLocation(
  db: Db,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<HsdsObject | null> {
  requirePublicList(actor);
  if (!z.uuid().safeParse(id).success) return null;
  // The id is derived (service + location), so it cannot be looked up directly: build them all
  // in the same fixed number of queries as the list and pick the one.
  const all = await allServiceAtLocations(
    db,
    actor.municipalityId,
    parseInput(hsdsQuery, { full: true }),
    now,
  );
  const found = all.find((s) => s.id === id);
  return found ?? null;
}

export async function hsdsTaxonomies(_db: Db, actor: Actor, query: HsdsQuery = {}) {
  requirePublicList(actor);
  const q = parseInput(hsdsQuery, query);
  const search = q.search?.toLowerCase();
  const all = vocabularies
    .map((v) => toHsdsTaxonomy(actor.municipalityId, v))
    .filter((t) => !search || String(t.name).toLowerCase().includes(search));
  return slice(all, q.page, q.per_page);
}

export async function hsdsTaxonomyTerms(db: Db, actor: Actor, query: HsdsQuery = {}) {
  requirePublicList(actor);
  const q = parseInput(hsdsQuery, query);
  const m = actor.municipalityId;
  const search = q.search?.toLowerCase();
  const all = (await listTaxonomy(db, m))
    .map((t) => toHsdsTaxonomyTerm(m, t))
    .filter(() => q.parent_id === undefined)
    .filter((t) => !q.taxonomy_id || t.taxonomy_id === q.taxonomy_id)
    .filter((t) => !search || `${t.name} ${t.description} ${t.code}`.toLowerCase().includes(search));
  return slice(all, q.page, q.per_page);
}

/** One taxonomy (one of our vocabularies), or null. */
export function hsdsTaxonomy(actor: Actor, id: string): HsdsObject | null {
  requirePublicList(actor);
  return vocabularies.map((v) => toHsdsTaxonomy(actor.municipalityId, v)).find((t) => t.id === id) ?? null;
}

/** One taxonomy term, or null. */
export async function hsdsTaxonomyTerm(db: Db, actor: Actor, id: string): Promise<HsdsObject | null> {
  requirePublicList(actor);
  const m = actor.municipalityId;
  return (await listTaxonomy(db, m)).map((t) => toHsdsTaxonomyTerm(m, t)).find((t) => t.id === id) ?? null;
}
