import type { Db } from '../../core/db/database.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { assetTitles } from '../social-map/asset-titles.ts';
import type { PlanItem } from './plan.ts';

/**
 * Names the social-map items that plan items link to, through the social map's own service (one
 * query for the whole plan). A linked item the actor may not read keeps no label and no link.
 */
export async function labelItemLinks(db: Db, actor: Actor, items: PlanItem[]): Promise<PlanItem[]> {
  const ids = items.flatMap((i) => i.links.filter((l) => l.module === 'social_map').map((l) => l.refId));
  if (ids.length === 0) return items;
  const titles = await assetTitles(db, actor, ids);
  return items.map((item) => ({
    ...item,
    links: item.links.map((l) => {
      if (l.module !== 'social_map') return l;
      const found = titles.get(l.refId);
      return { ...l, label: found?.title ?? null, href: found?.href ?? null };
    }),
  }));
}
