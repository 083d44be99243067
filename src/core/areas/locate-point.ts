import type { Db } from '../db/database.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { AreaSummary } from './area.ts';
import { areasWithBoxContaining } from './areas.repository.ts';
import { containsPoint } from './geo.ts';

export interface Location {
  buurt: AreaSummary | null;
  wijk: AreaSummary | null;
  gebied: AreaSummary | null;
  gemeente: AreaSummary | null;
}

/** Which buurt, wijk (and gebied, gemeente) contain the point? A bbox query, then an exact test. */
export async function locatePoint(db: Db, actor: Actor, lat: number, lon: number): Promise<Location> {
  requireAccess(actor, 'list', { type: 'area', municipalityId: actor.municipalityId, areaPath: '' });
  const candidates = await areasWithBoxContaining(db, actor.municipalityId, lon, lat);
  const hits = candidates
    .filter((c) => c.boundary && containsPoint(c.boundary, lon, lat))
    .map((c) => c.summary);
  // The deepest gebied wins when gebieden nest.
  const pick = (kind: AreaSummary['kind']) =>
    hits.filter((h) => h.kind === kind).sort((a, b) => b.depth - a.depth)[0] ?? null;
  return { buurt: pick('buurt'), wijk: pick('wijk'), gebied: pick('gebied'), gemeente: pick('gemeente') };
}
