import type { Db } from '../../core/db/database.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can } from '../../core/permissions/can.ts';
import { assetResource } from './asset-access.ts';
import { findAssetRows } from './assets.repository.ts';
import './policy.ts';
import { smDb } from './social-map.tables.ts';

export interface AssetTitle {
  title: string;
  /** The item's public page. */
  href: string;
}

/**
 * The titles of items that another module links to (a wijkplan's intervention runs at a
 * community centre), in one query: only the items this actor may read; others are left out, so
 * a link never reveals a hidden or staff-only item.
 */
export async function assetTitles(
  db: Db,
  actor: Actor,
  ids: string[],
  now = new Date(),
): Promise<Map<string, AssetTitle>> {
  const rows = await findAssetRows(smDb(db), actor.municipalityId, [...new Set(ids)]);
  const titles = new Map<string, AssetTitle>();
  for (const row of rows) {
    if (!can(actor, 'read', assetResource(row, now))) continue;
    titles.set(row.id, { title: row.title, href: `/sociale-kaart/${row.id}` });
  }
  return titles;
}
