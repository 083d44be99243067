import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { Asset } from '../asset.ts';
import { linksOf, toAsset } from '../assets.repository.ts';
import { type HsdsAssetFilter, visibleAssetRows } from '../hsds/hsds.repository.ts';
import '../policy.ts';
import { smDb } from '../social-map.tables.ts';

// What every export starts from: the publicly visible items (never key persons, never hidden,
// stale, pending or expired ones) with their links, and the places they are located at, in a
// fixed number of queries whatever their number.

/** The exports are public data: everyone may read them, and they show what the public sees. */
export function requirePublicRead(actor: Actor): void {
  requireAccess(actor, 'list', {
    type: 'asset',
    municipalityId: actor.municipalityId,
    areaPath: '',
    kind: 'place',
    ownerPersonId: null,
    ownerOrganisationId: null,
    publiclyVisible: true,
  });
}

export async function areaByCode(db: Db, municipalityId: string, code: string) {
  const area = await findAreaRowByCode(db, municipalityId, code);
  if (!area) throw new NotFoundError('area');
  return area;
}

export interface PublicAssets {
  assets: Asset[];
  /** Publicly visible places that the assets are located at, by id. */
  places: ReadonlyMap<string, Asset>;
}

async function load(db: Db, municipalityId: string, f: HsdsAssetFilter, now: Date): Promise<Asset[]> {
  const rows = await visibleAssetRows(db, municipalityId, f, now);
  const links = await linksOf(
    smDb(db),
    municipalityId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAsset(r, links.get(r.id) ?? [], now)).filter((a) => a.publiclyVisible);
}

export async function publicAssets(
  db: Db,
  municipalityId: string,
  f: HsdsAssetFilter,
  now: Date,
): Promise<PublicAssets> {
  const assets = await load(db, municipalityId, f, now);
  const byId = new Map(assets.filter((a) => a.kind === 'place').map((a) => [a.id, a]));
  const missing = [
    ...new Set(
      assets.flatMap((a) =>
        a.links.filter((l) => l.relation === 'located_at' && !byId.has(l.assetId)).map((l) => l.assetId),
      ),
    ),
  ];
  if (missing.length > 0) {
    for (const p of await load(db, municipalityId, { kinds: ['place'], ids: missing }, now))
      byId.set(p.id, p);
  }
  return { assets, places: byId };
}

/** The first publicly visible place an asset is located at. */
export function placeOf(asset: Asset, places: ReadonlyMap<string, Asset>): Asset | undefined {
  for (const l of asset.links) {
    if (l.relation !== 'located_at') continue;
    const place = places.get(l.assetId);
    if (place) return place;
  }
  return undefined;
}
