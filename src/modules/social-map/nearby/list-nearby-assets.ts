import { sql } from 'kysely';
import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import type { Asset, AssetKind, LinkRelation } from '../asset.ts';
import { publiclyVisibleSql } from '../assets.repository.ts';
import '../policy.ts';
import { smDb } from '../social-map.tables.ts';

// What an item page shows around an item: the items it links to (those the public may see) and
// other items nearby (within a kilometre, or in the same area), in one query.

export interface NeighbourAsset {
  id: string;
  kind: AssetKind;
  title: string;
  areaName: string;
  /** Set for the item's own links. */
  relation: LinkRelation | null;
  distanceKm: number | null;
}

const nearbyKm = 1;

export async function listNearbyAssets(
  db: Db,
  actor: Actor,
  asset: Pick<Asset, 'id' | 'areaId' | 'point' | 'links'>,
  limit = 6,
  now = new Date(),
): Promise<{ related: NeighbourAsset[]; nearby: NeighbourAsset[] }> {
  const linkIds = asset.links.map((l) => l.assetId);
  const p = asset.point;
  const distance = p
    ? sql<number | null>`case when s.lat is null then null else 2 * 6371 * asin(sqrt(
        power(sin(radians(s.lat - ${p.lat}::float8) / 2), 2) +
        cos(radians(${p.lat}::float8)) * cos(radians(s.lat)) * power(sin(radians(s.lon - ${p.lon}::float8) / 2), 2)
      )) end`
    : sql<number | null>`null::float8`;
  const dLat = nearbyKm / 111.32;
  const dLon = p ? nearbyKm / (111.32 * Math.max(Math.cos((p.lat * Math.PI) / 180), 0.01)) : 0;
  const rows = await smDb(db)
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select(['s.id', 's.kind', 's.title', 'a.name as area_name', distance.as('distance_km')])
    .where('s.municipality_id', '=', actor.municipalityId)
    .where('s.id', '<>', asset.id)
    .where((eb) => publiclyVisibleSql(eb, now))
    .where((eb) => {
      const ors = [eb('s.area_id', '=', asset.areaId)];
      if (linkIds.length > 0) ors.push(eb('s.id', 'in', linkIds));
      if (p) {
        ors.push(
          eb.and([
            eb('s.lat', '>=', p.lat - dLat),
            eb('s.lat', '<=', p.lat + dLat),
            eb('s.lon', '>=', p.lon - dLon),
            eb('s.lon', '<=', p.lon + dLon),
          ]),
        );
      }
      return eb.or(ors);
    })
    .$if(linkIds.length > 0, (q) => q.orderBy(sql`s.id = any(${linkIds}::uuid[])`, 'desc'))
    .$if(p !== null, (q) => q.orderBy(sql`${distance} asc nulls last`))
    .orderBy('s.title')
    .limit(linkIds.length + limit)
    .execute();
  const relationOf = new Map(asset.links.map((l) => [l.assetId, l.relation]));
  const all: NeighbourAsset[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    areaName: r.area_name,
    relation: relationOf.get(r.id) ?? null,
    distanceKm: r.distance_km === null ? null : Number(r.distance_km),
  }));
  return {
    related: all.filter((n) => n.relation !== null),
    nearby: all
      .filter((n) => n.relation === null && (n.distanceKm === null || n.distanceKm <= nearbyKm * 1.5))
      .slice(0, limit),
  };
}
