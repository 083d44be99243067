import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { resolveArea } from '../asset-content.ts';
import type { Feed } from './feed.ts';
import { checkFeedDefaults, feedById, requireFeedRow } from './feed-access.ts';
import { parseFeedInput, type UpdateFeedInput, updateFeedInput } from './feed-input.ts';
import { isReservedHost } from './feed-problem.ts';
import { updateFeedRow } from './feeds.repository.ts';
import { feedDb, feedTx } from './feeds.tables.ts';

export type { UpdateFeedInput };

/**
 * The owner or an editor changes a feed. A new URL starts afresh (state new, fetched soon); new
 * defaults for the items (area, themes, target groups) reach the items at the next fetch.
 */
export async function updateFeed(ctx: ServiceContext, id: string, input: UpdateFeedInput): Promise<Feed> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await requireFeedRow(ctx.db, ctx.actor, id, 'update');
  const data = parseFeedInput(updateFeedInput, input);
  const area =
    data.areaCode !== undefined
      ? await resolveArea(ctx.db, ctx.actor, { areaCode: data.areaCode })
      : { id: row.area_id, code: row.area_code, path: row.area_path };
  if (area.id !== row.area_id)
    requireAccess(ctx.actor, 'create', {
      type: 'social_map_feed',
      municipalityId,
      areaPath: area.path,
      ownerOrganisationId: row.owner_organisation_id,
      ownerPersonId: row.owner_person_id,
    });
  await checkFeedDefaults(ctx.db, municipalityId, data);
  const newUrl = data.url !== undefined && data.url !== row.url ? data.url : undefined;
  if (newUrl) {
    const taken = await feedDb(ctx.db)
      .selectFrom('social_map_feeds')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('url', '=', newUrl)
      .where('id', '<>', row.id)
      .executeTakeFirst();
    if (taken) throw new ValidationError([{ field: 'url', key: 'sm.feeds.validation.duplicate' }]);
  }
  const before = {
    name: row.name,
    url: row.url,
    area: row.area_code,
    themes: row.themes,
    targetGroups: row.target_groups,
    intervalMinutes: row.interval_minutes,
  };
  const after = {
    name: data.name ?? row.name,
    url: newUrl ?? row.url,
    area: area.code,
    themes: data.themes ?? row.themes,
    targetGroups: data.targetGroups ?? row.target_groups,
    intervalMinutes: data.intervalMinutes ?? row.interval_minutes,
  };
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return feedById(ctx.db, municipalityId, row.id);
  const newDefaults = 'area' in changes || 'themes' in changes || 'targetGroups' in changes;
  const now = new Date();
  await runWrite(ctx, async (wtx, audit) => {
    await updateFeedRow(feedTx(wtx), municipalityId, row.id, {
      name: data.name,
      url: newUrl,
      areaId: area.id,
      themes: data.themes,
      targetGroups: data.targetGroups,
      intervalMinutes: data.intervalMinutes,
      resetState: newUrl !== undefined,
      clearValidators: newDefaults,
      ...(newUrl || newDefaults ? { nextFetchAt: isReservedHost(after.url) ? null : now } : {}),
      now,
    });
    audit({ action: 'social_map.feed.update', resourceType: 'social_map_feed', resourceId: row.id, changes });
  });
  return feedById(ctx.db, municipalityId, row.id);
}
