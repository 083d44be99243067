import type { Db } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { Area, Boundary } from './area.ts';
import { ancestorCodes } from './area-tree.ts';
import { countChildren, findAreaRowByCode, summariesByCodes, toArea } from './areas.repository.ts';

/** One area with its ancestors and number of children, plus its boundary (three queries). */
export async function getAreaBoundary(
  db: Db,
  actor: Actor,
  code: string,
): Promise<{ area: Area; boundary: Boundary | null }> {
  const row = await findAreaRowByCode(db, actor.municipalityId, code);
  if (!row) throw new NotFoundError('area');
  requireAccess(actor, 'read', { type: 'area', municipalityId: actor.municipalityId, areaPath: row.path });
  const [ancestors, childCount] = await Promise.all([
    summariesByCodes(db, actor.municipalityId, ancestorCodes(row.path)),
    countChildren(db, actor.municipalityId, row.id),
  ]);
  ancestors.sort((a, b) => a.depth - b.depth);
  return { area: toArea(row, ancestors, childCount), boundary: row.boundary };
}

export async function getArea(db: Db, actor: Actor, code: string): Promise<Area> {
  return (await getAreaBoundary(db, actor, code)).area;
}
