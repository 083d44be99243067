import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { type Feed, type FeedRun, feedResource, toFeed, toFeedRun } from './feed.ts';
import { requireFeedRow } from './feed-access.ts';
import { listRunRows } from './feeds.repository.ts';
import { feedDb } from './feeds.tables.ts';

export interface FeedWithRuns extends Feed {
  /** The most recent fetches, newest first. */
  runs: FeedRun[];
  /** May the actor change, fetch and delete it (owner or editor)? */
  canManage: boolean;
}

export async function getFeed(db: Db, actor: Actor, id: string): Promise<FeedWithRuns> {
  const row = await requireFeedRow(db, actor, id, 'read');
  const runs = await listRunRows(feedDb(db), actor.municipalityId, row.id, 10);
  return { ...toFeed(row), runs: runs.map(toFeedRun), canManage: can(actor, 'update', feedResource(row)) };
}
