import type { Db } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { Area, AreaSummary, Boundary } from './area.ts';
import { ancestorCodes } from './area-tree.ts';
import {
  boundariesOf,
  childCounts,
  findAreaRowByCode,
  summariesByCodes,
  toArea,
} from './areas.repository.ts';

// Everything the public area page shows about the tree, in five queries whatever the size:
// the area (with its boundary), its ancestors, its children with boundaries, their child counts,
// and the parent's boundary for context.

export interface AreaOverview {
  area: Area;
  boundary: Boundary | null;
  children: Array<{ summary: AreaSummary; boundary: Boundary | null; childCount: number }>;
  parentBoundary: Boundary | null;
}

export async function getAreaOverview(db: Db, actor: Actor, code: string): Promise<AreaOverview> {
  const row = await findAreaRowByCode(db, actor.municipalityId, code);
  if (!row) throw new NotFoundError('area');
  requireAccess(actor, 'read', { type: 'area', municipalityId: actor.municipalityId, areaPath: row.path });
  const [ancestors, children, parent] = await Promise.all([
    summariesByCodes(db, actor.municipalityId, ancestorCodes(row.path)),
    boundariesOf(db, actor.municipalityId, { parentId: row.id }),
    row.parent_id ? boundariesOf(db, actor.municipalityId, { ids: [row.parent_id] }) : Promise.resolve([]),
  ]);
  const counts = await childCounts(
    db,
    actor.municipalityId,
    children.map((c) => c.summary.id),
  );
  ancestors.sort((a, b) => a.depth - b.depth);
  return {
    area: toArea(row, ancestors, children.length),
    boundary: row.boundary,
    children: children.map((c) => ({ ...c, childCount: counts.get(c.summary.id) ?? 0 })),
    parentBoundary: parent[0]?.boundary ?? null,
  };
}
