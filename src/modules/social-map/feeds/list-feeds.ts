import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { type Feed, seesAllFeeds, toFeed } from './feed.ts';
import { listFeedRows } from './feeds.repository.ts';
import { type FeedState, feedDb } from './feeds.tables.ts';

export interface FeedPage {
  items: Feed[];
  nextCursor: { name: string; id: string } | null;
}

/**
 * The feeds the actor may see: coordinators and administrators all, area officers those in their
 * areas, everyone their own (their own, or their organisation's).
 */
export async function listFeeds(
  db: Db,
  actor: Actor,
  q: {
    state?: FeedState | undefined;
    after?: { name: string; id: string } | undefined;
    limit?: number | undefined;
  } = {},
): Promise<FeedPage> {
  requireAccess(actor, 'list', {
    type: 'social_map_feed',
    municipalityId: actor.municipalityId,
    areaPath: '',
    ownerOrganisationId: null,
    ownerPersonId: null,
  });
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  const visible = seesAllFeeds(actor)
    ? ('all' as const)
    : {
        areaPaths: actor.grants
          .filter((g) => g.role === 'area_officer' && g.areaPath)
          .map((g) => g.areaPath as string),
        organisationIds: [
          ...new Set(actor.grants.filter((g) => g.organisationId).map((g) => g.organisationId as string)),
        ],
        personId: actor.personId,
      };
  const rows = await listFeedRows(feedDb(db), actor.municipalityId, {
    visible,
    state: q.state,
    after: q.after,
    limit,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toFeed),
    nextCursor: rows.length > limit && last ? { name: last.name, id: last.id } : null,
  };
}
