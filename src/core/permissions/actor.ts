// Who is acting. Built once per request from the session or API token; passed to every service.

export const roles = [
  'administrator',
  'coordinator',
  'area_officer',
  'department_officer',
  'partner',
  'resident',
] as const;
export type Role = (typeof roles)[number];

export interface Grant {
  role: Role;
  /** area_officer: the area whose subtree they cover; partner: optionally limited to one area. */
  areaPath?: string | undefined;
  /** department_officer and partner: their organisation. */
  organisationId?: string | undefined;
}

export interface Actor {
  municipalityId: string;
  personId: string | null;
  label: string;
  grants: Grant[];
  /** Set for API tokens: the token's scopes ('read', 'write'). Undefined for a browser session. */
  tokenScopes?: string[] | undefined;
}

export function anonymous(municipalityId: string): Actor {
  return { municipalityId, personId: null, label: 'anonymous', grants: [] };
}

/** The system itself (imports, demo loader, scheduled jobs): everything in its municipality. */
export function systemActor(municipalityId: string, label = 'system'): Actor {
  return { municipalityId, personId: null, label, grants: [{ role: 'administrator' }] };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}

/** True when path is the area itself or lies inside it in the tree. */
export function pathWithin(path: string, ancestorPath: string): boolean {
  return path === ancestorPath || path.startsWith(`${ancestorPath}/`);
}

/** Does one of the actor's area grants of this role cover the area? */
export function coversArea(actor: Actor, areaPath: string, role: Role = 'area_officer'): boolean {
  return actor.grants.some(
    (g) => g.role === role && g.areaPath !== undefined && pathWithin(areaPath, g.areaPath),
  );
}

export function memberOf(actor: Actor, organisationId: string, role?: Role): boolean {
  return actor.grants.some(
    (g) => g.organisationId === organisationId && (role === undefined || g.role === role),
  );
}
