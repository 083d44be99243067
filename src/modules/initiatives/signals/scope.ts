import { treeOrder } from '../../../core/areas/area-tree.ts';
import { listAreas } from '../../../core/areas/list-areas.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { pathWithin } from '../../../core/permissions/actor.ts';
import { ForbiddenError, requireAccess } from '../../../core/permissions/can.ts';
import { isInitiativesOffice } from '../policy.ts';
import type { ScopePaths } from './signals.repository.ts';

// Whose figures: coordinators and administrators see the whole municipality (or one area they
// pick); area officers the areas they cover (or one area inside them). Anyone else has no
// dashboard (ForbiddenError). The same scope filters every figure, so an officer never sees
// counts of items outside their areas.

export interface ScopeArea {
  code: string;
  name: string;
  kind: string;
  path: string;
  depth: number;
}

export interface SignalsScope {
  /** The area asked for, or null for everything the actor covers. */
  area: ScopeArea | null;
  paths: ScopePaths;
  office: boolean;
  /** The areas the actor may narrow to, in tree order (without the municipality itself). */
  choices: ScopeArea[];
  /** The rows of a per-area table: the area's children, the covered areas, or the wijken. */
  rowAreas: ScopeArea[];
}

/** The area paths of the actor's area-officer grants. */
export function coveredPaths(ctx: ServiceContext): string[] {
  return ctx.actor.grants
    .filter((g) => g.role === 'area_officer' && g.areaPath !== undefined)
    .map((g) => g.areaPath as string);
}

export async function resolveScope(
  ctx: ServiceContext,
  areaCode?: string | undefined,
): Promise<SignalsScope> {
  const actor = ctx.actor;
  const office = isInitiativesOffice(actor);
  const covered = coveredPaths(ctx);
  if (!office && covered.length === 0) throw new ForbiddenError('read', 'neighbourhood_signal');
  const all = treeOrder(
    (await listAreas(ctx.db, actor, { limit: 5000 })).items.map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      path: a.path,
      depth: a.depth,
      parentId: a.parentId,
      id: a.id,
    })),
  );
  const strip = ({ code, name, kind, path, depth }: ScopeArea): ScopeArea => ({
    code,
    name,
    kind,
    path,
    depth,
  });
  const visible = all.filter(
    (a) => a.kind !== 'gemeente' && (office || covered.some((p) => pathWithin(a.path, p))),
  );
  let area: ScopeArea | null = null;
  let paths: ScopePaths = office ? null : covered;
  let rowAreas: ScopeArea[];
  if (areaCode) {
    const found = all.find((a) => a.code === areaCode.trim().toUpperCase());
    if (!found) throw new NotFoundError('area');
    requireAccess(actor, 'read', {
      type: 'neighbourhood_signal',
      municipalityId: actor.municipalityId,
      areaPath: found.path,
    } as never);
    area = strip(found);
    paths = [found.path];
    const children = all.filter((a) => a.parentId === found.id);
    rowAreas = (children.length > 0 ? children : [found]).map(strip);
  } else if (office) {
    const top = Math.min(...all.map((a) => a.depth));
    rowAreas = all.filter((a) => a.depth === top + 1).map(strip);
  } else {
    rowAreas = visible.filter((a) => covered.includes(a.path)).map(strip);
  }
  return { area, paths, office, choices: visible.map(strip), rowAreas };
}
