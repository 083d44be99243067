import { sql } from 'kysely';
import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { areaWithin, publiclyVisibleSql } from '../assets.repository.ts';
import '../policy.ts';
import { smDb } from '../social-map.tables.ts';

// For an area's public page: how much the social map has in the area (and below it), in one query.

export interface AreaAssetCounts {
  total: number;
  activities: number;
}

export async function countAreaAssets(
  db: Db,
  actor: Actor,
  areaPath: string,
  now = new Date(),
): Promise<AreaAssetCounts> {
  const row = await smDb(db)
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) filter (where s.kind = 'activity'))::int`.as('activities'),
    ])
    .where('s.municipality_id', '=', actor.municipalityId)
    .where(areaWithin([areaPath]))
    .where((eb) => publiclyVisibleSql(eb, now))
    .executeTakeFirst();
  return { total: Number(row?.total ?? 0), activities: Number(row?.activities ?? 0) };
}
