import type { Db } from '../db/database.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import type { AreaKind, AreaSummary, Boundary } from './area.ts';
import {
  type AreaFilter,
  boundariesOf,
  childCounts,
  findAreaRowByCode,
  listAreaSummaries,
} from './areas.repository.ts';

export interface ListAreasInput {
  kind?: AreaKind | undefined;
  parentCode?: string | undefined;
  withinCode?: string | undefined;
  q?: string | undefined;
  afterCode?: string | undefined;
  limit: number;
}

export interface AreaListItem extends AreaSummary {
  childCount: number;
}

/** One page of areas plus whether there is a next one (cursor = last code). */
export async function listAreas(
  db: Db,
  actor: Actor,
  input: ListAreasInput,
): Promise<{ items: AreaListItem[]; nextCursor: string | null }> {
  requireAccess(actor, 'list', { type: 'area', municipalityId: actor.municipalityId, areaPath: '' });
  let withinPath: string | undefined;
  if (input.withinCode) {
    const within = await findAreaRowByCode(db, actor.municipalityId, input.withinCode);
    if (!within) return { items: [], nextCursor: null };
    withinPath = within.path;
  }
  const filter: AreaFilter = {
    kind: input.kind,
    parentCode: input.parentCode,
    withinPath,
    q: input.q,
    afterCode: input.afterCode,
    limit: input.limit + 1,
  };
  const rows = await listAreaSummaries(db, actor.municipalityId, filter);
  const page = rows.slice(0, input.limit);
  const counts = await childCounts(
    db,
    actor.municipalityId,
    page.map((a) => a.id),
  );
  return {
    items: page.map((a) => ({ ...a, childCount: counts.get(a.id) ?? 0 })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.code ?? null) : null,
  };
}

/** The children of an area with their boundaries, for maps. */
export async function childBoundaries(
  db: Db,
  actor: Actor,
  parentId: string,
): Promise<Array<{ summary: AreaSummary; boundary: Boundary | null }>> {
  requireAccess(actor, 'list', { type: 'area', municipalityId: actor.municipalityId, areaPath: '' });
  return boundariesOf(db, actor.municipalityId, { parentId });
}

export async function boundariesOfKind(db: Db, actor: Actor, kind: AreaKind) {
  requireAccess(actor, 'list', { type: 'area', municipalityId: actor.municipalityId, areaPath: '' });
  return boundariesOf(db, actor.municipalityId, { kind });
}
