import type { AssetStatus } from '../asset.ts';
import type { KnownItem } from './feed-diff.ts';
import type { FeedDb, FeedPublisherRole, FeedRow, FeedRunState, FeedState, FeedTx } from './feeds.tables.ts';

// The Kysely queries of the feed tables. Nothing else reads or writes them.

export type FeedRowWithRefs = FeedRow & {
  area_code: string;
  area_name: string;
  area_path: string;
  owner_organisation_name: string | null;
  owner_person_name: string | null;
};

function withRefs(db: FeedDb) {
  return db
    .selectFrom('social_map_feeds as f')
    .innerJoin('areas as a', 'a.id', 'f.area_id')
    .leftJoin('organisations as o', 'o.id', 'f.owner_organisation_id')
    .leftJoin('people as p', 'p.id', 'f.owner_person_id')
    .selectAll('f')
    .select([
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'o.name as owner_organisation_name',
      'p.name as owner_person_name',
    ]);
}

export async function findFeedRow(
  db: FeedDb,
  municipalityId: string,
  id: string,
): Promise<FeedRowWithRefs | undefined> {
  return withRefs(db)
    .where('f.municipality_id', '=', municipalityId)
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export interface FeedListFilter {
  /** Everything, or only what lies in these area subtrees or belongs to these owners. */
  visible: 'all' | { areaPaths: string[]; organisationIds: string[]; personId: string | null };
  state?: FeedState | undefined;
  after?: { name: string; id: string } | undefined;
  limit: number;
}

export async function listFeedRows(db: FeedDb, municipalityId: string, f: FeedListFilter) {
  let q = withRefs(db).where('f.municipality_id', '=', municipalityId);
  if (f.visible !== 'all') {
    const v = f.visible;
    q = q.where((eb) =>
      eb.or([
        ...v.areaPaths.flatMap((p) => [eb('a.path', '=', p), eb('a.path', 'like', `${p}/%`)]),
        ...(v.organisationIds.length ? [eb('f.owner_organisation_id', 'in', v.organisationIds)] : []),
        ...(v.personId ? [eb('f.owner_person_id', '=', v.personId)] : []),
        eb.val(false),
      ]),
    );
  }
  if (f.state) q = q.where('f.state', '=', f.state);
  if (f.after) {
    const a = f.after;
    q = q.where((eb) =>
      eb.or([eb('f.name', '>', a.name), eb.and([eb('f.name', '=', a.name), eb('f.id', '>', a.id)])]),
    );
  }
  return q
    .orderBy('f.name')
    .orderBy('f.id')
    .limit(f.limit + 1)
    .execute();
}

export interface NewFeed {
  name: string;
  url: string;
  ownerOrganisationId: string | null;
  ownerPersonId: string | null;
  createdBy: string | null;
  areaId: string;
  themes: string[];
  targetGroups: string[];
  publisherRole: FeedPublisherRole;
  intervalMinutes: number;
  nextFetchAt: Date | null;
  now: Date;
}

export async function insertFeedRow(tx: FeedTx, municipalityId: string, v: NewFeed): Promise<string> {
  const row = await tx
    .insertInto('social_map_feeds')
    .values({
      municipality_id: municipalityId,
      name: v.name,
      url: v.url,
      owner_organisation_id: v.ownerOrganisationId,
      owner_person_id: v.ownerPersonId,
      created_by: v.createdBy,
      area_id: v.areaId,
      themes: v.themes,
      target_groups: v.targetGroups,
      publisher_role: v.publisherRole,
      interval_minutes: v.intervalMinutes,
      next_fetch_at: v.nextFetchAt,
      problem_key: null,
      problem_detail: null,
      etag: null,
      last_modified: null,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface FeedSettingsChange {
  name?: string | undefined;
  url?: string | undefined;
  areaId?: string | undefined;
  themes?: string[] | undefined;
  targetGroups?: string[] | undefined;
  intervalMinutes?: number | undefined;
  nextFetchAt?: Date | null | undefined;
  /** A new URL starts afresh: no validators, state new. */
  resetState?: boolean | undefined;
  /** New defaults for the items: the next fetch must read the whole feed, not get a 304. */
  clearValidators?: boolean | undefined;
  now: Date;
}

export async function updateFeedRow(tx: FeedTx, municipalityId: string, id: string, v: FeedSettingsChange) {
  await tx
    .updateTable('social_map_feeds')
    .set({
      ...(v.name !== undefined ? { name: v.name } : {}),
      ...(v.url !== undefined ? { url: v.url } : {}),
      ...(v.areaId !== undefined ? { area_id: v.areaId } : {}),
      ...(v.themes !== undefined ? { themes: v.themes } : {}),
      ...(v.targetGroups !== undefined ? { target_groups: v.targetGroups } : {}),
      ...(v.intervalMinutes !== undefined ? { interval_minutes: v.intervalMinutes } : {}),
      ...(v.nextFetchAt !== undefined ? { next_fetch_at: v.nextFetchAt } : {}),
      ...(v.resetState
        ? {
            state: 'new' as const,
            problem_key: null,
            problem_detail: null,
            etag: null,
            last_modified: null,
            consecutive_failures: 0,
          }
        : {}),
      ...(v.clearValidators ? { etag: null, last_modified: null } : {}),
      updated_at: v.now,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function deleteFeedRow(tx: FeedTx, municipalityId: string, id: string) {
  await tx
    .deleteFrom('social_map_feeds')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export interface FeedFetchState {
  state: FeedState;
  problemKey: string | null;
  problemDetail: string | null;
  consecutiveFailures: number;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  fetchedAt: Date;
  succeeded: boolean;
  nextFetchAt: Date | null;
  itemCount?: number | undefined;
}

export async function recordFetch(tx: FeedTx, municipalityId: string, id: string, v: FeedFetchState) {
  await tx
    .updateTable('social_map_feeds')
    .set({
      state: v.state,
      problem_key: v.problemKey,
      problem_detail: v.problemDetail,
      consecutive_failures: v.consecutiveFailures,
      ...(v.etag !== undefined ? { etag: v.etag } : {}),
      ...(v.lastModified !== undefined ? { last_modified: v.lastModified } : {}),
      last_fetched_at: v.fetchedAt,
      ...(v.succeeded ? { last_succeeded_at: v.fetchedAt } : {}),
      next_fetch_at: v.nextFetchAt,
      ...(v.itemCount !== undefined ? { item_count: v.itemCount } : {}),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export interface NewRun {
  feedId: string;
  startedAt: Date;
  state: FeedRunState;
  problemKey: string | null;
  problemDetail: string | null;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  warnings: string[];
}

/** Adds a run and keeps only the most recent ones of the feed. */
export async function insertRun(tx: FeedTx, municipalityId: string, v: NewRun, keep = 20) {
  await tx
    .insertInto('social_map_feed_runs')
    .values({
      municipality_id: municipalityId,
      feed_id: v.feedId,
      started_at: v.startedAt,
      state: v.state,
      problem_key: v.problemKey,
      problem_detail: v.problemDetail,
      created: v.created,
      updated: v.updated,
      removed: v.removed,
      unchanged: v.unchanged,
      warnings: JSON.stringify(v.warnings.slice(0, 50)),
    })
    .execute();
  await tx
    .deleteFrom('social_map_feed_runs')
    .where('municipality_id', '=', municipalityId)
    .where('feed_id', '=', v.feedId)
    .where(
      'id',
      'not in',
      tx
        .selectFrom('social_map_feed_runs')
        .select('id')
        .where('feed_id', '=', v.feedId)
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(keep),
    )
    .execute();
}

export async function listRunRows(db: FeedDb, municipalityId: string, feedId: string, limit = 10) {
  return db
    .selectFrom('social_map_feed_runs')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('feed_id', '=', feedId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function knownItems(db: FeedDb, municipalityId: string, feedId: string): Promise<KnownItem[]> {
  const rows = await db
    .selectFrom('social_map_feed_items as i')
    .innerJoin('social_map_assets as s', 's.id', 'i.asset_id')
    .select(['i.uid', 'i.asset_id', 'i.content_hash', 'i.removed_at', 's.status'])
    .where('i.municipality_id', '=', municipalityId)
    .where('i.feed_id', '=', feedId)
    .execute();
  return rows.map((r) => ({
    uid: r.uid,
    assetId: r.asset_id,
    contentHash: r.content_hash,
    removed: r.removed_at !== null,
    assetStatus: r.status as AssetStatus,
  }));
}

export async function upsertItem(
  tx: FeedTx,
  municipalityId: string,
  v: { feedId: string; uid: string; assetId: string; hash: string },
) {
  await tx
    .insertInto('social_map_feed_items')
    .values({
      municipality_id: municipalityId,
      feed_id: v.feedId,
      uid: v.uid,
      asset_id: v.assetId,
      content_hash: v.hash,
      removed_at: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['feed_id', 'uid'])
        .doUpdateSet({ asset_id: v.assetId, content_hash: v.hash, removed_at: null }),
    )
    .execute();
}

export async function markItemRemoved(
  tx: FeedTx,
  municipalityId: string,
  feedId: string,
  uid: string,
  now: Date,
) {
  await tx
    .updateTable('social_map_feed_items')
    .set({ removed_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('feed_id', '=', feedId)
    .where('uid', '=', uid)
    .execute();
}

/** Where an item came from (migration 0004): source 'feed', id '<feed id>/<uid>'. */
export async function markFromFeed(
  tx: FeedTx,
  municipalityId: string,
  assetId: string,
  v: { sourceId: string; currentRevisionId: string | null },
) {
  await tx
    .updateTable('social_map_assets')
    .set({
      source: 'feed',
      source_id: v.sourceId,
      ...(v.currentRevisionId ? { current_revision_id: v.currentRevisionId } : {}),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

/** The assets of a feed that are still on the map (not archived), for deleting the feed. */
export async function liveAssetIds(db: FeedDb, municipalityId: string, feedId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('social_map_feed_items as i')
    .innerJoin('social_map_assets as s', 's.id', 'i.asset_id')
    .select('i.asset_id')
    .where('i.municipality_id', '=', municipalityId)
    .where('i.feed_id', '=', feedId)
    .where('s.status', '<>', 'archived')
    .execute();
  return rows.map((r) => r.asset_id);
}

export async function countLiveItems(
  db: FeedDb | FeedTx,
  municipalityId: string,
  feedId: string,
): Promise<number> {
  const row = await db
    .selectFrom('social_map_feed_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('feed_id', '=', feedId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Feeds whose next fetch is due, over all municipalities (the scheduler's job). */
export async function dueFeedRows(db: FeedDb, now: Date, limit: number) {
  return db
    .selectFrom('social_map_feeds')
    .select(['id', 'municipality_id'])
    .where('next_fetch_at', '<=', now)
    .orderBy('next_fetch_at')
    .limit(limit)
    .execute();
}
