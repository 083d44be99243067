import type { Schedule } from '../schedule/schedule.ts';
import type { SmDb } from '../social-map.tables.ts';

// The agenda's one query of its own: the schedules of a set of items, in one round trip.

export async function schedulesOf(
  db: SmDb,
  municipalityId: string,
  assetIds: string[],
): Promise<Map<string, Schedule[]>> {
  const out = new Map<string, Schedule[]>();
  if (assetIds.length === 0) return out;
  const rows = await db
    .selectFrom('social_map_assets')
    .select(['id', 'schedules'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', assetIds)
    .execute();
  for (const r of rows) out.set(r.id, (r.schedules ?? []) as Schedule[]);
  return out;
}
