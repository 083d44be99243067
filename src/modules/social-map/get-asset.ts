import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can } from '../../core/permissions/can.ts';
import type { Asset } from './asset.ts';
import { assetResource } from './asset-access.ts';
import { findAssetRow, linksOf, toAsset } from './assets.repository.ts';
import './policy.ts';
import { smDb } from './social-map.tables.ts';

/**
 * One item, for whoever may see it. What one may not see does not exist for them (not found
 * rather than forbidden): a key person without consent is not even confirmed to exist.
 */
export async function getAsset(db: Db, actor: Actor, assetId: string, now = new Date()): Promise<Asset> {
  const row = await findAssetRow(smDb(db), actor.municipalityId, assetId);
  if (!row || !can(actor, 'read', assetResource(row, now))) throw new NotFoundError('asset');
  const links = await linksOf(smDb(db), actor.municipalityId, [row.id]);
  return toAsset(row, links.get(row.id) ?? [], now);
}
