import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { resolveArea } from '../asset-content.ts';
import { publisherRole } from '../policy.ts';
import type { Feed } from './feed.ts';
import { checkFeedDefaults, feedById } from './feed-access.ts';
import { parseFeedInput, type RegisterFeedInput, registerFeedInput } from './feed-input.ts';
import { isReservedHost } from './feed-problem.ts';
import { insertFeedRow } from './feeds.repository.ts';
import { feedDb, feedTx } from './feeds.tables.ts';

export type { RegisterFeedInput };

/**
 * An organisation (through a member) or a registered person registers a calendar feed. It is
 * due at once: the scheduler (or "fetch now") reads it. Its items are published the way the
 * registering person's own items would be in that area.
 */
export async function registerFeed(ctx: ServiceContext, input: RegisterFeedInput): Promise<Feed> {
  const municipalityId = ctx.actor.municipalityId;
  const data = parseFeedInput(registerFeedInput, input);
  const area = await resolveArea(ctx.db, ctx.actor, { areaCode: data.areaCode });
  const ownerOrganisationId = data.organisationId ?? null;
  const ownerPersonId = ownerOrganisationId ? null : ctx.actor.personId;
  const ownership = { areaPath: area.path, ownerOrganisationId, ownerPersonId };
  requireAccess(ctx.actor, 'create', { type: 'social_map_feed', municipalityId, ...ownership });
  await checkFeedDefaults(ctx.db, municipalityId, data);
  const taken = await feedDb(ctx.db)
    .selectFrom('social_map_feeds')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('url', '=', data.url)
    .executeTakeFirst();
  if (taken) throw new ValidationError([{ field: 'url', key: 'sm.feeds.validation.duplicate' }]);
  const role = publisherRole(ctx.actor, ownership);
  const now = new Date();
  const id = await runWrite(ctx, async (wtx, audit) => {
    const feedId = await insertFeedRow(feedTx(wtx), municipalityId, {
      name: data.name,
      url: data.url,
      ownerOrganisationId,
      ownerPersonId,
      createdBy: ctx.actor.personId,
      areaId: area.id,
      themes: data.themes ?? [],
      targetGroups: data.targetGroups ?? [],
      publisherRole: role === 'public' ? 'contributor' : role,
      intervalMinutes: data.intervalMinutes ?? 360,
      nextFetchAt: isReservedHost(data.url) ? null : now,
      now,
    });
    audit({
      action: 'social_map.feed.register',
      resourceType: 'social_map_feed',
      resourceId: feedId,
      changes: { name: data.name, url: data.url, area: area.code, owner: ownerOrganisationId ?? 'person' },
    });
    return feedId;
  });
  return feedById(ctx.db, municipalityId, id);
}
