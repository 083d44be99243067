import type { AreaKind } from './area.ts';

// Pure rules of the area tree: gemeente -> (gebied) -> wijk -> buurt.

const allowedParents: Record<AreaKind, AreaKind[]> = {
  gemeente: [],
  gebied: ['gemeente', 'gebied'],
  wijk: ['gemeente', 'gebied'],
  buurt: ['wijk'],
};

/** May an area of kind `child` sit directly under one of kind `parent`? */
export function canNest(parent: AreaKind, child: AreaKind): boolean {
  return allowedParents[child].includes(parent);
}

/** The materialised path of an area: its ancestors' codes and its own, joined by '/'. */
export function childPath(parentPath: string | null, code: string): string {
  return parentPath ? `${parentPath}/${code}` : code;
}

/** Codes of the ancestors in a path, root first, without the area itself. */
export function ancestorCodes(path: string): string[] {
  return path.split('/').slice(0, -1);
}

export function depthOf(path: string): number {
  return path.split('/').length - 1;
}

/** Sort areas in tree order for display: by path, so each parent precedes its children. */
export function treeOrder<T extends { path: string; name: string }>(areas: T[]): T[] {
  return [...areas].sort((a, b) => a.path.localeCompare(b.path));
}
