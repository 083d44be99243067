import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { processWide } from '../../../core/process-wide.ts';
import type { AssetContent, Formality } from '../asset.ts';
import { emptyContent, searchTextFor } from '../asset-content.ts';
import {
  applyContent,
  insertAssetRow,
  linksOf,
  organisationName,
  rowToContent,
  setAssetStatus,
} from '../assets.repository.ts';
import { revisionSourceFor, revisionStateFor } from '../create-asset.ts';
import { policySettings } from '../editorial-policies.repository.ts';
import { effectivePolicy, publicationMode } from '../editorial-policy.ts';
import { diffContent } from '../revision-diff.ts';
import { insertRevision } from '../revisions.repository.ts';
import { type FeedResult, fetchFeed } from '../schedule/fetch-feed.ts';
import { IcsParseError, parseICalendar } from '../schedule/ics-import.ts';
import { type AssetRow, smDb, smTx } from '../social-map.tables.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { type FeedDefaults, planSync, type SyncPlan } from './feed-diff.ts';
import { type FeedProblem, isReservedHost, problemOf } from './feed-problem.ts';
import {
  type FeedRowWithRefs,
  findFeedRow,
  insertRun,
  knownItems,
  markFromFeed,
  markItemRemoved,
  recordFetch,
  upsertItem,
} from './feeds.repository.ts';
import { type FeedRunState, type FeedState, feedDb, feedTx } from './feeds.tables.ts';
import { pinnedFetch } from './pinned-fetch.ts';

// Fetches a feed and brings its items in step with it, in one transaction: a feed that cannot be
// fetched or read changes the feed's state and nothing else; a good one creates, updates and
// archives activities by UID. Unchanged events write nothing.

export interface FeedFetching {
  timeoutMs: number;
  maxBytes: number;
  /** Loopback and private addresses (tests; a municipality's own intranet feeds). */
  allowPrivateNetwork: boolean;
}

const fetching = processWide('socialMap.feedFetching', () => ({
  current: { timeoutMs: 10_000, maxBytes: 2_000_000, allowPrivateNetwork: false } as FeedFetching,
}));

/** Changes how feeds are fetched for the whole process (tests serve feeds on 127.0.0.1). */
export function configureFeedFetching(patch: Partial<FeedFetching>): void {
  fetching.current = { ...fetching.current, ...patch };
}

export interface SyncReport {
  state: FeedRunState;
  problem: FeedProblem | null;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  warnings: string[];
}

const maxBackoffMs = 24 * 60 * 60_000;

/** When to fetch next: the interval, doubled for every failure in a row (at most a day). */
export function nextFetchAt(now: Date, intervalMinutes: number, failures: number, url: string): Date | null {
  if (isReservedHost(url)) return null; // can never answer: not polled (docs/decisions/010)
  const base = intervalMinutes * 60_000;
  const wait =
    failures === 0 ? base : Math.min(Math.max(base, maxBackoffMs), base * 2 ** Math.min(failures, 6));
  return new Date(now.getTime() + wait);
}

async function fetchOnce(row: FeedRowWithRefs): Promise<FeedResult> {
  if (isReservedHost(row.url))
    return {
      status: 'error',
      message: `${new URL(row.url).hostname} is a reserved example name that never answers`,
    };
  const options = fetching.current;
  return fetchFeed(row.url, {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    allowPrivateNetwork: options.allowPrivateNetwork,
    etag: row.etag ?? undefined,
    lastModified: row.last_modified ?? undefined,
    // The address checked is the address connected to (no second DNS answer: DNS rebinding).
    fetchImpl: options.allowPrivateNetwork ? fetch : pinnedFetch,
  });
}

// One fetch of a feed at a time in this process ("nu ophalen" while the scheduler is at it):
// the second waits for the first and then reads the feed afresh.
const running = processWide('socialMap.feedsRunning', () => new Map<string, Promise<unknown>>());

/** Fetches the feed now and applies what it says. ctx: who asked (the scheduler: undefined). */
export async function fetchAndSyncFeed(
  db: Db,
  municipalityId: string,
  feedId: string,
  ctx?: ServiceContext,
  now = new Date(),
): Promise<SyncReport | null> {
  const before = running.get(feedId) ?? Promise.resolve();
  const mine = before
    .catch(() => {})
    .then(async () => {
      const row = await findFeedRow(feedDb(db), municipalityId, feedId);
      if (!row) return null;
      const result = await fetchOnce(row);
      return applyFeedResult(ctx ?? feedContext(db, row), row, result, now);
    });
  running.set(feedId, mine);
  try {
    return await mine;
  } finally {
    if (running.get(feedId) === mine) running.delete(feedId);
  }
}

function feedContext(db: Db, row: FeedRowWithRefs): ServiceContext {
  return { db, actor: systemActor(row.municipality_id, `feed ${row.name}`.slice(0, 200)), meta: {} };
}

const emptyReport = (state: FeedRunState, problem: FeedProblem | null): SyncReport => ({
  state,
  problem,
  created: 0,
  updated: 0,
  removed: 0,
  unchanged: 0,
  warnings: [],
});

/** Applies one answer of the feed's URL (also used by the demo loader with a bundled text). */
export async function applyFeedResult(
  ctx: ServiceContext,
  row: FeedRowWithRefs,
  result: FeedResult,
  now = new Date(),
): Promise<SyncReport> {
  if (result.status === 'error' || result.status === 'bad_source') {
    const problem = isReservedHost(row.url)
      ? { key: 'sm.feeds.problem.reservedHost' as const, detail: result.message }
      : problemOf(result);
    return recordOutcome(ctx, row, emptyReport(result.status, problem), now);
  }
  if (result.status === 'not_modified')
    return recordOutcome(ctx, row, emptyReport('not_modified', null), now);

  let events: ReturnType<typeof parseICalendar>;
  try {
    events = parseICalendar(result.text);
  } catch (error) {
    if (!(error instanceof IcsParseError)) throw error;
    const problem: FeedProblem = { key: 'sm.feeds.problem.malformed', detail: error.message.slice(0, 1000) };
    return recordOutcome(ctx, row, emptyReport('bad_source', problem), now);
  }
  const municipalityId = row.municipality_id;
  const defaults: FeedDefaults = {
    areaId: row.area_id,
    themes: row.themes,
    targetGroups: row.target_groups,
    ownerOrganisationId: row.owner_organisation_id,
    formality: await formalityOf(ctx.db, municipalityId, row.owner_organisation_id),
  };
  const plan = planSync(await knownItems(feedDb(ctx.db), municipalityId, row.id), events.events, defaults);
  const report: SyncReport = {
    state: 'ok',
    problem: null,
    created: plan.create.length,
    updated: plan.update.length,
    removed: plan.remove.length,
    unchanged: plan.unchanged,
    warnings: [
      ...events.warnings,
      ...plan.skipped.map((s) =>
        s.reason === 'no_title'
          ? `event "${s.uid}": no SUMMARY (title): left out`
          : `event "${s.uid}": its item was archived or rejected here: left alone`,
      ),
    ],
  };
  return recordOutcome(ctx, row, report, now, { plan, validators: result });
}

async function formalityOf(
  db: Db,
  municipalityId: string,
  organisationId: string | null,
): Promise<Formality> {
  if (!organisationId) return 'informal';
  const org = await smDb(db)
    .selectFrom('organisations')
    .select('kind')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return org && (org.kind === 'department' || org.kind === 'partner') ? 'formal' : 'informal';
}

async function recordOutcome(
  ctx: ServiceContext,
  row: FeedRowWithRefs,
  report: SyncReport,
  now: Date,
  ok?: { plan: SyncPlan; validators: { etag: string | undefined; lastModified: string | undefined } },
): Promise<SyncReport> {
  const municipalityId = row.municipality_id;
  const failed = report.state === 'error' || report.state === 'bad_source';
  const failures = failed ? row.consecutive_failures + 1 : 0;
  const state: FeedState = failed ? (report.state as FeedState) : 'ok';
  const prepared = ok ? await prepareWrites(ctx.db, row, ok.plan) : undefined;
  await runWrite(ctx, async (wtx, audit) => {
    const tx = feedTx(wtx);
    if (prepared) await prepared.write(wtx, now);
    const itemCount = prepared ? await liveCount(tx, municipalityId, row.id) : undefined;
    await recordFetch(tx, municipalityId, row.id, {
      state,
      problemKey: report.problem?.key ?? null,
      problemDetail: report.problem?.detail ?? null,
      consecutiveFailures: failures,
      ...(ok ? { etag: ok.validators.etag ?? null, lastModified: ok.validators.lastModified ?? null } : {}),
      fetchedAt: now,
      succeeded: !failed,
      nextFetchAt: nextFetchAt(now, row.interval_minutes, failures, row.url),
      itemCount,
    });
    await insertRun(tx, municipalityId, {
      feedId: row.id,
      startedAt: now,
      state: report.state,
      problemKey: report.problem?.key ?? null,
      problemDetail: report.problem?.detail ?? null,
      created: report.created,
      updated: report.updated,
      removed: report.removed,
      unchanged: report.unchanged,
      warnings: report.warnings,
    });
    audit({
      action: 'social_map.feed.fetch',
      resourceType: 'social_map_feed',
      resourceId: row.id,
      changes: {
        state: report.state,
        problem: report.problem?.key,
        created: report.created,
        updated: report.updated,
        removed: report.removed,
      },
    });
  });
  return report;
}

async function liveCount(tx: ReturnType<typeof feedTx>, municipalityId: string, feedId: string) {
  const r = await tx
    .selectFrom('social_map_feed_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('feed_id', '=', feedId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Reads what the writes need (outside the transaction), and returns the writes. */
async function prepareWrites(db: Db, row: FeedRowWithRefs, plan: SyncPlan) {
  const municipalityId = row.municipality_id;
  const terms = await listTaxonomy(db, municipalityId);
  const orgName = await organisationName(smDb(db), municipalityId, row.owner_organisation_id);
  const { policy } = effectivePolicy(row.area_path, await policySettings(smDb(db), municipalityId));
  const role = row.publisher_role;
  const outcome = publicationMode(policy, role);
  const updateIds = plan.update.map((u) => u.assetId);
  const current = new Map<string, AssetRow>();
  if (updateIds.length) {
    const rows = await smDb(db)
      .selectFrom('social_map_assets')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', updateIds)
      .execute();
    for (const r of rows) current.set(r.id, r);
  }
  const links = await linksOf(smDb(db), municipalityId, updateIds);
  const author = { personId: null, label: row.name };
  const sourceId = (uid: string) => `${row.id}/${uid}`.slice(0, 1000);

  return {
    async write(wtx: Parameters<typeof smTx>[0], now: Date) {
      const tx = smTx(wtx);
      const ftx = feedTx(wtx);
      for (const c of plan.create) {
        const content: AssetContent = { ...emptyContent('activity', c.fields.areaId), ...c.fields };
        const searchText = searchTextFor(content, terms, orgName);
        const assetId = await insertAssetRow(tx, municipalityId, {
          content,
          searchText,
          status: outcome === 'pending' ? 'pending' : 'published',
          ownerPersonId: row.owner_person_id,
          maintainerEmail: null,
          verifiedBy: null,
          verifiedLabel: author.label,
          now,
        });
        const revision = await insertRevision(tx, municipalityId, {
          assetId,
          snapshot: content,
          state: revisionStateFor[outcome],
          source: revisionSourceFor[role],
          baseRevisionId: null,
          authorPersonId: null,
          authorLabel: author.label,
          changeNote: `feed ${c.uid}`.slice(0, 500),
          reviewer: outcome === 'published' ? author : undefined,
          now,
        });
        await markFromFeed(ftx, municipalityId, assetId, {
          sourceId: sourceId(c.uid),
          currentRevisionId: outcome === 'pending' ? null : revision.id,
        });
        await upsertItem(ftx, municipalityId, { feedId: row.id, uid: c.uid, assetId, hash: c.hash });
      }
      for (const u of plan.update) {
        const before = current.get(u.assetId);
        if (!before) continue;
        const base = rowToContent(before, links.get(u.assetId) ?? []);
        const after: AssetContent = { ...base, ...u.fields };
        if (diffContent(base, after).length > 0 || u.revive) {
          const searchText = searchTextFor(after, terms, orgName);
          const revision = await insertRevision(tx, municipalityId, {
            assetId: u.assetId,
            snapshot: after,
            state: revisionStateFor[outcome],
            source: revisionSourceFor[role],
            baseRevisionId: before.current_revision_id,
            authorPersonId: null,
            authorLabel: author.label,
            changeNote: `feed ${u.uid}`.slice(0, 500),
            reviewer: outcome === 'published' ? author : undefined,
            now,
          });
          if (outcome !== 'pending')
            await applyContent(tx, municipalityId, u.assetId, after, searchText, {
              status: 'published',
              currentRevisionId: revision.id,
              verifiedBy: author,
              now,
            });
        }
        await upsertItem(ftx, municipalityId, {
          feedId: row.id,
          uid: u.uid,
          assetId: u.assetId,
          hash: u.hash,
        });
      }
      for (const r of plan.remove) {
        // Taken off the map, never deleted: its history stays, and it comes back with its event.
        await setAssetStatus(tx, municipalityId, r.assetId, 'archived', now);
        await markItemRemoved(ftx, municipalityId, row.id, r.uid, now);
      }
    },
  };
}

/** Loads the feed row for the services (undefined when it is not there). */
export async function feedRowFor(db: Db, municipalityId: string, id: string) {
  return findFeedRow(feedDb(db), municipalityId, id);
}
