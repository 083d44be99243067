import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { requireFeedRow } from './feed-access.ts';
import { fetchAndSyncFeed, type SyncReport } from './sync-feed.ts';

/** "Nu ophalen": the owner or an editor fetches the feed at once and sees what it did. */
export async function fetchFeedNow(ctx: ServiceContext, id: string): Promise<SyncReport> {
  const row = await requireFeedRow(ctx.db, ctx.actor, id, 'update');
  const report = await fetchAndSyncFeed(ctx.db, ctx.actor.municipalityId, row.id, ctx);
  if (!report) throw new NotFoundError('feed');
  return report;
}
