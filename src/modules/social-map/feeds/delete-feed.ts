import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { setAssetStatus } from '../assets.repository.ts';
import { smTx } from '../social-map.tables.ts';
import { requireFeedRow } from './feed-access.ts';
import { deleteFeedRow, liveAssetIds } from './feeds.repository.ts';
import { feedDb, feedTx } from './feeds.tables.ts';

/**
 * The owner or an editor removes a feed. Its items leave the map (archived, never deleted: their
 * history stays and an editor can bring one back); the feed and its fetch history go.
 */
export async function deleteFeed(ctx: ServiceContext, id: string): Promise<{ archived: number }> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await requireFeedRow(ctx.db, ctx.actor, id, 'delete');
  const assetIds = await liveAssetIds(feedDb(ctx.db), municipalityId, row.id);
  const now = new Date();
  await runWrite(ctx, async (wtx, audit) => {
    for (const assetId of assetIds) await setAssetStatus(smTx(wtx), municipalityId, assetId, 'archived', now);
    await deleteFeedRow(feedTx(wtx), municipalityId, row.id);
    audit({
      action: 'social_map.feed.delete',
      resourceType: 'social_map_feed',
      resourceId: row.id,
      changes: { name: row.name, url: row.url, archived: assetIds.length },
    });
  });
  return { archived: assetIds.length };
}
