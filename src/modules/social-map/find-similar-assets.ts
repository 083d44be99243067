import type { Db } from '../../core/db/database.ts';
import { DomainError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can } from '../../core/permissions/can.ts';
import type { AssetKind } from './asset.ts';
import { assetResource } from './asset-access.ts';
import { resolveArea } from './asset-content.ts';
import { findAssetRow, findSimilarTitles } from './assets.repository.ts';
import './policy.ts';
import { smDb } from './social-map.tables.ts';

/**
 * Items like the one someone is about to submit (same kind, same area, a title more than 60%
 * similar), so the form can ask "is it one of these?" before a duplicate is made. Only items
 * the asker may see are named: a pending submission of someone else stays unknown.
 */
export async function findSimilarAssets(
  db: Db,
  actor: Actor,
  v: {
    kind: AssetKind;
    title: string;
    areaCode?: string | null | undefined;
    point?: { lat: number; lon: number } | null | undefined;
  },
): Promise<Array<{ id: string; title: string }>> {
  const title = v.title.trim();
  if (title.length < 3 || title.length > 200) return [];
  let areaId: string;
  try {
    areaId = (await resolveArea(db, actor, { areaCode: v.areaCode ?? null, point: v.point ?? null })).id;
  } catch (error) {
    // A bad area is the submission's problem to report, not this check's.
    if (error instanceof DomainError) return [];
    throw error;
  }
  const similar = await findSimilarTitles(smDb(db), actor.municipalityId, { areaId, kind: v.kind, title });
  const rows = await Promise.all(similar.map((s) => findAssetRow(smDb(db), actor.municipalityId, s.id)));
  return rows
    .filter((row) => row !== undefined && can(actor, 'read', assetResource(row)))
    .map((row) => ({ id: row?.id ?? '', title: row?.title ?? '' }));
}
