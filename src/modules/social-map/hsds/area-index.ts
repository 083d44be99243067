import type { AreaSummary } from '../../../core/areas/area.ts';
import { boundariesOf } from '../../../core/areas/areas.repository.ts';
import { containsPoint } from '../../../core/areas/geo.ts';
import type { Db } from '../../../core/db/database.ts';
import type { AreaRef } from '../asset.ts';

// Which area a point lies in, for imports: the municipality's boundaries are read once and
// every record is located in memory (the same choice as locatePoint: the buurt, else the wijk,
// else the deepest gebied, else the gemeente), instead of one query per record.

export async function areaIndex(db: Db, municipalityId: string) {
  const areas = (await boundariesOf(db, municipalityId, {})).filter((a) => a.boundary && a.summary.bbox);
  const rank: Record<AreaSummary['kind'], number> = { buurt: 0, wijk: 1, gebied: 2, gemeente: 3 };
  return {
    /** The area of the point, or null when it lies outside the municipality. */
    locate(lat: number, lon: number): AreaRef | null {
      let best: AreaSummary | null = null;
      for (const { summary, boundary } of areas) {
        const [west, south, east, north] = summary.bbox as [number, number, number, number];
        if (lon < west || lon > east || lat < south || lat > north) continue;
        if (!boundary || !containsPoint(boundary, lon, lat)) continue;
        if (
          !best ||
          rank[summary.kind] < rank[best.kind] ||
          (summary.kind === best.kind && summary.depth > best.depth)
        )
          best = summary;
      }
      return best ? { id: best.id, code: best.code, name: best.name, path: best.path } : null;
    },
  };
}
