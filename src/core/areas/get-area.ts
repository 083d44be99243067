import type { Db } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { Area, Boundary } from './area.ts';
import { ancestorCodes } from './area-tree.ts';
import { boundariesOf, countChildren, findAreaRowByCode, summariesByCodes, toArea } from './areas.repository.ts';

export async function getArea(db: Db, actor: Actor, code: string): Promise<Area> {
  const row = await findAreaRowByCode(db, actor.municipalityId, code);
  if (!row) throw new NotFoundError('area');
  requireAccess(actor, 'read', { type: 'area', municipalityId: actor.municipalityId, areaPath: row.path });
  const codes = ancestorCodes(row.path);
  const [ancestors, childCount] = await Promise.all([
    summariesByCodes(db, actor.municipalityId, codes),
    countChildren(db, actor.municipalityId, row.id),
  ]);
  ancestors.sort((a, b) => a.depth - b.depth);
  return toArea(row, ancestors, childCount);
}

export async function getAreaBoundary(db: Db, actor: Actor, code: string): Promise<{ area: Area; boundary: Boundary | null }> {
  const area = await getArea(db, actor, code);
  const [b] = await boundariesOf(db, actor.municipalityId, { ids: [area.id] });
  return { area, boundary: b?.boundary ?? null };
}
