import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { escapeLike } from '../../core/areas/areas.repository.ts';
import type { CoreTables } from '../../core/db/tables.ts';
import type {
  AccessibilityFeature,
  AreaRef,
  Asset,
  AssetContent,
  AssetLink,
  AssetStatus,
  ContactChannel,
  FreshnessState,
} from './asset.ts';
import { duplicateThreshold } from './duplicates.ts';
import { dutchDate, isExpired } from './freshness.ts';
import type { Schedule } from './schedule/schedule.ts';
import type { AssetRow, SmDb, SmTx, SocialMapTables } from './social-map.tables.ts';

// The only place that queries social_map_assets and social_map_asset_links.

type Tables = CoreTables & SocialMapTables;

export type AssetRowWithRefs = AssetRow & {
  area_code: string;
  area_name: string;
  area_path: string;
  organisation_name: string | null;
};

function withRefs(db: SmDb) {
  return db
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .leftJoin('organisations as o', 'o.id', 's.owner_organisation_id')
    .selectAll('s')
    .select([
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'o.name as organisation_name',
    ]);
}

export async function findAssetRow(
  db: SmDb,
  municipalityId: string,
  id: string,
): Promise<AssetRowWithRefs | undefined> {
  if (!isUuid(id)) return undefined;
  return withRefs(db)
    .where('s.municipality_id', '=', municipalityId)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Several items by id, with their area and organisation (ids that are not uuids are ignored). */
export async function findAssetRows(
  db: SmDb,
  municipalityId: string,
  ids: string[],
): Promise<AssetRowWithRefs[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return withRefs(db).where('s.municipality_id', '=', municipalityId).where('s.id', 'in', valid).execute();
}

export function isUuid(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}

/** SQL condition on the joined area 'a': it lies in one of these subtrees. */
export function areaWithin(paths: string[]) {
  if (paths.length === 0) return sql<boolean>`false`;
  const likes = paths.map((p) => `${escapeLike(p)}/%`);
  return sql<boolean>`(a.path = any(${paths}::text[]) or a.path like any(${likes}::text[]))`;
}

/** SQL condition: the asset is shown to everyone (see Asset.publiclyVisible). */
export function publiclyVisibleSql(
  eb: ExpressionBuilder<Tables & { s: Tables['social_map_assets'] }, 's'>,
  now: Date,
) {
  const today = dutchDate(now);
  return eb.and([
    eb('s.status', '=', 'published'),
    eb('s.hidden_for_reports_at', 'is', null),
    eb('s.freshness_state', '<>', 'hidden_stale'),
    eb('s.personal_data_removed_at', 'is', null),
    eb.or([eb('s.valid_until', 'is', null), eb('s.valid_until', '>=', today)]),
    eb.or([eb('s.kind', '<>', 'key_person'), eb('s.publication_consent', '=', true)]),
  ]);
}

export interface AssetListFilter {
  areaPath?: string | undefined;
  kind?: Asset['kind'] | undefined;
  theme?: string | undefined;
  /** Only publicly visible assets. */
  publicOnly: boolean;
  /** Otherwise: publicly visible, or in one of these subtrees (editor), or owned. */
  editorPaths?: string[] | 'all' | undefined;
  ownerPersonId?: string | null | undefined;
  ownerOrganisationIds?: string[] | undefined;
  limit: number;
  offset: number;
}

export async function listAssetRows(db: SmDb, municipalityId: string, f: AssetListFilter, now: Date) {
  let q = withRefs(db).where('s.municipality_id', '=', municipalityId);
  if (f.areaPath) q = q.where(areaWithin([f.areaPath]));
  if (f.kind) q = q.where('s.kind', '=', f.kind);
  if (f.theme) q = q.where(sql<boolean>`${f.theme} = any(s.themes)`);
  q = q.where((eb) => {
    const visible = publiclyVisibleSql(eb, now);
    if (f.publicOnly) return visible;
    const ors: Expression<SqlBool>[] = [visible];
    if (f.editorPaths === 'all') ors.push(sql<boolean>`true`);
    else if (f.editorPaths?.length) ors.push(areaWithin(f.editorPaths));
    if (f.ownerPersonId)
      ors.push(eb.and([eb('s.owner_person_id', '=', f.ownerPersonId), eb('s.kind', '<>', 'key_person')]));
    if (f.ownerOrganisationIds?.length) {
      ors.push(
        eb.and([
          eb('s.owner_organisation_id', 'in', f.ownerOrganisationIds),
          eb('s.kind', '<>', 'key_person'),
        ]),
      );
    }
    return eb.or(ors);
  });
  return q.orderBy('s.title').orderBy('s.id').limit(f.limit).offset(f.offset).execute();
}

export async function linksOf(
  db: SmDb,
  municipalityId: string,
  assetIds: string[],
): Promise<Map<string, AssetLink[]>> {
  const out = new Map<string, AssetLink[]>();
  if (assetIds.length === 0) return out;
  const rows = await db
    .selectFrom('social_map_asset_links')
    .select(['asset_id', 'target_asset_id', 'relation'])
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', 'in', assetIds)
    .orderBy('relation')
    .orderBy('target_asset_id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.asset_id) ?? [];
    list.push({ relation: r.relation, assetId: r.target_asset_id });
    out.set(r.asset_id, list);
  }
  return out;
}

export function rowToContent(r: AssetRow, links: AssetLink[]): AssetContent {
  return {
    kind: r.kind,
    formality: r.formality,
    title: r.title,
    summary: r.summary,
    description: r.description,
    areaId: r.area_id,
    ownerOrganisationId: r.owner_organisation_id,
    themes: r.themes,
    targetGroups: r.target_groups,
    abcdCategories: r.abcd_categories,
    locationType: r.location_type,
    address:
      r.street !== null ? { street: r.street, postalCode: r.postal_code ?? '', city: r.city ?? '' } : null,
    point: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    onlineUrl: r.online_url,
    schedules: (r.schedules ?? []) as Schedule[],
    scheduleNote: r.schedule_note,
    costFree: r.cost_free,
    costText: r.cost_text,
    languages: r.languages,
    accessibility: r.accessibility as AccessibilityFeature[],
    contact: (r.contact ?? []) as ContactChannel[],
    photoUrl: r.photo_url,
    photoAlt: r.photo_alt,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    links,
  };
}

export function toAsset(r: AssetRowWithRefs, links: AssetLink[], now: Date): Asset {
  const area: AreaRef = { id: r.area_id, code: r.area_code, name: r.area_name, path: r.area_path };
  const expired = isExpired(r.valid_until, now);
  const hiddenForReports = r.hidden_for_reports_at !== null;
  return {
    ...rowToContent(r, links),
    id: r.id,
    area,
    ownerOrganisationName: r.organisation_name,
    ownerPersonId: r.owner_person_id,
    status: r.status,
    currentRevisionId: r.current_revision_id,
    revisionCount: r.revision_count,
    lastVerifiedAt: r.last_verified_at,
    lastVerifiedLabel: r.last_verified_label,
    freshness: r.freshness_state,
    hiddenForReports,
    expired,
    publicationConsent: r.publication_consent,
    publiclyVisible:
      r.status === 'published' &&
      !hiddenForReports &&
      r.freshness_state !== 'hidden_stale' &&
      r.personal_data_removed_at === null &&
      !expired &&
      (r.kind !== 'key_person' || r.publication_consent),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The columns of a content (imports write them in batches). */
export function contentColumns(c: AssetContent, searchText: string) {
  return {
    area_id: c.areaId,
    kind: c.kind,
    formality: c.formality,
    title: c.title,
    summary: c.summary,
    description: c.description,
    owner_organisation_id: c.ownerOrganisationId,
    themes: c.themes,
    target_groups: c.targetGroups,
    abcd_categories: c.abcdCategories,
    location_type: c.locationType,
    street: c.address?.street ?? null,
    postal_code: c.address?.postalCode ?? null,
    city: c.address?.city ?? null,
    lon: c.point?.lon ?? null,
    lat: c.point?.lat ?? null,
    online_url: c.onlineUrl,
    schedules: JSON.stringify(c.schedules),
    schedule_note: c.scheduleNote,
    cost_free: c.costFree,
    cost_text: c.costText,
    languages: c.languages,
    accessibility: c.accessibility,
    contact: JSON.stringify(c.contact),
    photo_url: c.photoUrl,
    photo_alt: c.photoAlt,
    valid_from: c.validFrom,
    valid_until: c.validUntil,
    search_text: searchText,
  };
}

export interface NewAssetRow {
  content: AssetContent;
  searchText: string;
  status: AssetStatus;
  ownerPersonId: string | null;
  maintainerEmail: string | null;
  verifiedBy: string | null;
  verifiedLabel: string;
  now: Date;
}

export async function insertAssetRow(tx: SmTx, municipalityId: string, v: NewAssetRow): Promise<string> {
  const row = await tx
    .insertInto('social_map_assets')
    .values({
      municipality_id: municipalityId,
      ...contentColumns(v.content, v.searchText),
      owner_person_id: v.ownerPersonId,
      maintainer_email: v.maintainerEmail,
      status: v.status,
      current_revision_id: null,
      last_verified_at: v.now,
      last_verified_by: v.verifiedBy,
      last_verified_label: v.verifiedLabel,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Makes a snapshot the current content of the asset: columns, links, search text. */
export async function applyContent(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  content: AssetContent,
  searchText: string,
  extra: {
    status: AssetStatus;
    currentRevisionId: string | null;
    verifiedBy?: { personId: string | null; label: string } | undefined;
    now: Date;
  },
): Promise<void> {
  await tx
    .updateTable('social_map_assets')
    .set({
      ...contentColumns(content, searchText),
      status: extra.status,
      current_revision_id: extra.currentRevisionId,
      updated_at: extra.now,
      ...(extra.verifiedBy ? verifiedColumns(extra.verifiedBy, extra.now) : {}),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
  await replaceLinks(tx, municipalityId, assetId, content.links);
}

function verifiedColumns(by: { personId: string | null; label: string }, now: Date) {
  return {
    last_verified_at: now,
    last_verified_by: by.personId,
    last_verified_label: by.label,
    reminder_sent_at: null,
    freshness_state: 'fresh' as const,
  };
}

export async function replaceLinks(tx: SmTx, municipalityId: string, assetId: string, links: AssetLink[]) {
  await tx
    .deleteFrom('social_map_asset_links')
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .execute();
  const unique = new Map(links.map((l) => [`${l.relation}:${l.assetId}`, l]));
  if (unique.size === 0) return;
  await tx
    .insertInto('social_map_asset_links')
    .values(
      [...unique.values()].map((l) => ({
        municipality_id: municipalityId,
        asset_id: assetId,
        target_asset_id: l.assetId,
        relation: l.relation,
      })),
    )
    .execute();
}

export async function setAssetStatus(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  status: AssetStatus,
  now: Date,
) {
  await tx
    .updateTable('social_map_assets')
    .set({ status, updated_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

export async function markVerified(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  by: { personId: string | null; label: string },
  now: Date,
) {
  await tx
    .updateTable('social_map_assets')
    .set(verifiedColumns(by, now))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

export async function setHiddenForReports(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  at: Date | null,
) {
  await tx
    .updateTable('social_map_assets')
    .set({ hidden_for_reports_at: at })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

export async function setFreshness(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  v: { state: FreshnessState; reminderSentAt?: Date | undefined },
) {
  await tx
    .updateTable('social_map_assets')
    .set({ freshness_state: v.state, ...(v.reminderSentAt ? { reminder_sent_at: v.reminderSentAt } : {}) })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

/** Existing items of the same kind in the same area whose title is very similar (pg_trgm). */
export async function findSimilarTitles(
  db: SmDb,
  municipalityId: string,
  v: { areaId: string; kind: string; title: string; excludeId?: string | undefined },
): Promise<Array<{ id: string; title: string; similarity: number }>> {
  let q = db
    .selectFrom('social_map_assets')
    .select(['id', 'title', sql<number>`similarity(title, ${v.title})`.as('similarity')])
    .where('municipality_id', '=', municipalityId)
    .where('area_id', '=', v.areaId)
    .where('kind', '=', v.kind as AssetRow['kind'])
    .where('status', 'in', ['pending', 'published'])
    .where(sql<boolean>`similarity(title, ${v.title}) > ${duplicateThreshold}`);
  if (v.excludeId) q = q.where('id', '<>', v.excludeId);
  return q.orderBy('similarity', 'desc').limit(5).execute();
}

/** Do these assets exist in the municipality? Returns the ids found. */
export async function existingAssetIds(
  db: SmDb,
  municipalityId: string,
  ids: string[],
): Promise<Set<string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Set();
  const rows = await db
    .selectFrom('social_map_assets')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', valid)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function titlesOf(
  db: SmDb,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('social_map_assets')
    .select(['id', 'title'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function organisationName(
  db: SmDb,
  municipalityId: string,
  id: string | null,
): Promise<string | null> {
  if (!id || !isUuid(id)) return null;
  const r = await db
    .selectFrom('organisations')
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.name ?? null;
}

/** Published items hidden because nobody confirmed them for too long: listed for the area officer. */
export async function staleAssetRows(db: SmDb, municipalityId: string, paths: string[] | 'all') {
  let q = db
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select([
      's.id',
      's.title',
      's.kind',
      's.last_verified_at',
      'a.id as area_id',
      'a.code',
      'a.name',
      'a.path',
    ])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.status', '=', 'published')
    .where('s.freshness_state', '=', 'hidden_stale');
  if (paths !== 'all') q = q.where(areaWithin(paths));
  const rows = await q.orderBy('s.last_verified_at').execute();
  return rows.map((r) => ({
    assetId: r.id,
    title: r.title,
    kind: r.kind,
    area: { id: r.area_id, code: r.code, name: r.name, path: r.path },
    lastVerifiedAt: r.last_verified_at,
  }));
}

/** When each published item in an area's subtree was last verified (for the freshness figure). */
export async function publishedVerificationDates(
  db: SmDb,
  municipalityId: string,
  areaPath: string,
): Promise<Date[]> {
  const rows = await db
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select('s.last_verified_at')
    .where('s.municipality_id', '=', municipalityId)
    .where('s.status', '=', 'published')
    .where(areaWithin([areaPath]))
    .execute();
  return rows.map((r) => r.last_verified_at);
}

/** Municipalities with published items: the jobs visit each in turn. */
export async function municipalitiesWithAssets(db: SmDb): Promise<string[]> {
  const rows = await db.selectFrom('social_map_assets').select('municipality_id').distinct().execute();
  return rows.map((r) => r.municipality_id);
}

/**
 * Published items with what the freshness job needs, and who to remind: the owner's account,
 * else the resident who submitted it, else the owning organisation, else the item's e-mail.
 */
export async function freshnessRows(db: SmDb, municipalityId: string) {
  return db
    .selectFrom('social_map_assets as s')
    .leftJoin('people as p', (j) => j.onRef('p.id', '=', 's.owner_person_id').on('p.status', '=', 'active'))
    .leftJoin('organisations as o', 'o.id', 's.owner_organisation_id')
    .select([
      's.id',
      's.title',
      's.kind',
      's.last_verified_at',
      's.reminder_sent_at',
      's.freshness_state',
      's.maintainer_email',
      's.contact',
      'p.email as owner_email',
      'p.locale as owner_locale',
      'o.email as organisation_email',
    ])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.status', '=', 'published')
    .where('s.personal_data_removed_at', 'is', null)
    .orderBy('s.id')
    .execute();
}

export async function setPublicationConsent(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  value: boolean,
) {
  await tx
    .updateTable('social_map_assets')
    .set({ publication_consent: value })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

/** Items that hold this e-mail address: as the submitter who maintains them, or in their contact channels. */
export async function assetRowsByEmail(
  db: SmDb,
  municipalityId: string,
  email: string,
): Promise<AssetRowWithRefs[]> {
  const e = email.trim().toLowerCase();
  return withRefs(db)
    .where('s.municipality_id', '=', municipalityId)
    .where('s.personal_data_removed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb(sql`lower(s.maintainer_email)`, '=', e),
        sql<boolean>`exists (select 1 from jsonb_array_elements(s.contact) c where c->>'type' = 'email' and lower(c->>'value') = ${e})`,
      ]),
    )
    .orderBy('s.title')
    .execute();
}

/** Personal data gone: the item is off the map for good and nobody is reminded about it. */
export async function markPersonalDataRemoved(tx: SmTx, municipalityId: string, assetId: string, now: Date) {
  await tx
    .updateTable('social_map_assets')
    .set({
      personal_data_removed_at: now,
      maintainer_email: null,
      owner_person_id: null,
      publication_consent: false,
      search_text: '',
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

export async function clearMaintainer(tx: SmTx, municipalityId: string, assetId: string) {
  await tx
    .updateTable('social_map_assets')
    .set({ maintainer_email: null })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

/** Key persons not verified since the cutoff (their retention period has passed). */
export async function keyPersonsVerifiedBefore(
  db: SmDb,
  municipalityId: string,
  cutoff: Date,
): Promise<AssetRowWithRefs[]> {
  return withRefs(db)
    .where('s.municipality_id', '=', municipalityId)
    .where('s.kind', '=', 'key_person')
    .where('s.personal_data_removed_at', 'is', null)
    .where('s.last_verified_at', '<', cutoff)
    .execute();
}

/** Sets when an item was last verified and where it stands (demo data, imports). */
export async function setVerificationFacts(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  v: { lastVerifiedAt: Date; label: string; reminderSentAt: Date | null; state: FreshnessState },
) {
  await tx
    .updateTable('social_map_assets')
    .set({
      last_verified_at: v.lastVerifiedAt,
      last_verified_label: v.label,
      reminder_sent_at: v.reminderSentAt,
      freshness_state: v.state,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

export async function hasAssets(db: SmDb, municipalityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('social_map_assets')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
