import { processWide } from '../process-wide.ts';
import type { Actor } from './actor.ts';
import { coversArea, hasRole, memberOf, pathWithin } from './actor.ts';

// One function decides every action on every resource. Universal rules first (tenant, token
// scope), then the policy of the resource type. Modules add their resource types with
// registerPolicy() from their own policy file; the core never imports a module.

export type Action = 'read' | 'list' | 'create' | 'update' | 'delete';
export const writeActions: ReadonlySet<Action> = new Set(['create', 'update', 'delete']);

export interface Resource {
  type: string;
  municipalityId: string;
  [key: string]: unknown;
}

export type Policy<R extends Resource = Resource> = (actor: Actor, action: Action, resource: R) => boolean;

// One registry per process, shared with the page bundle (see process-wide.ts).
const policies = processWide('policies', () => new Map<string, Policy>());

export function registerPolicy<R extends Resource>(type: R['type'], policy: Policy<R>): void {
  policies.set(type, policy as Policy);
}

export class UnknownResourceTypeError extends Error {}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.municipalityId !== resource.municipalityId) return false;
  if (writeActions.has(action) && actor.tokenScopes && !actor.tokenScopes.includes('write')) return false;
  if (!writeActions.has(action) && actor.tokenScopes && !actor.tokenScopes.includes('read')) return false;
  const policy = policies.get(resource.type);
  if (!policy) throw new UnknownResourceTypeError(`no policy for resource type ${resource.type}`);
  return policy(actor, action, resource);
}

export class ForbiddenError extends Error {
  readonly action: Action;
  readonly resourceType: string;
  constructor(action: Action, resourceType: string) {
    super(`forbidden: ${action} ${resourceType}`);
    this.action = action;
    this.resourceType = resourceType;
  }
}

/** Throws ForbiddenError unless can(); called at the top of every service function. */
export function requireAccess(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw new ForbiddenError(action, resource.type);
}

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const isStaffWide = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');
const isSignedIn = (a: Actor) => a.personId !== null || a.grants.length > 0;

// ---- core policies ----

export interface MunicipalityResource extends Resource {
  type: 'municipality';
}
registerPolicy<MunicipalityResource>('municipality', (actor, action) =>
  action === 'read' || action === 'list' ? true : action === 'update' && isAdmin(actor),
);

export interface AreaResource extends Resource {
  type: 'area';
  areaPath: string;
}
registerPolicy<AreaResource>('area', (actor, action, r) => {
  if (action === 'read' || action === 'list') return true; // areas are public
  if (isAdmin(actor)) return true;
  // An area officer may edit the description and settings of areas in their subtree.
  return action === 'update' && coversArea(actor, r.areaPath);
});

export interface OrganisationResource extends Resource {
  type: 'organisation';
  organisationId?: string | undefined;
  kind: 'department' | 'partner' | 'resident_organisation' | 'informal_group';
  /** Paths of the areas the organisation serves. */
  areaPaths: string[];
}
registerPolicy<OrganisationResource>('organisation', (actor, action, r) => {
  if (action === 'read' || action === 'list') return true; // who works in the neighbourhood is public
  if (isAdmin(actor)) return true;
  if (action === 'update' && r.organisationId && memberOf(actor, r.organisationId)) return true;
  // Area officers register resident organisations and informal groups of their areas.
  const community = r.kind === 'resident_organisation' || r.kind === 'informal_group';
  return (
    community &&
    r.areaPaths.length > 0 &&
    r.areaPaths.every((p) => coversArea(actor, p)) &&
    action !== 'delete'
  );
});

export interface PersonResource extends Resource {
  type: 'person';
  personId?: string | undefined;
}
registerPolicy<PersonResource>('person', (actor, action, r) => {
  const self = r.personId !== undefined && r.personId === actor.personId;
  if (action === 'read') return self || isStaffWide(actor);
  if (action === 'list') return isStaffWide(actor);
  if (action === 'update') return self || isAdmin(actor);
  return isAdmin(actor); // create, delete
});

export interface RoleAssignmentResource extends Resource {
  type: 'role_assignment';
  personId: string;
}
registerPolicy<RoleAssignmentResource>('role_assignment', (actor, action, r) => {
  if (action === 'read' || action === 'list') return isStaffWide(actor) || r.personId === actor.personId;
  return isAdmin(actor);
});

export interface AuditLogResource extends Resource {
  type: 'audit_log';
}
registerPolicy<AuditLogResource>(
  'audit_log',
  (actor, action) => (action === 'read' || action === 'list') && isAdmin(actor),
);

export interface OutboxResource extends Resource {
  type: 'outbox';
}
registerPolicy<OutboxResource>(
  'outbox',
  (actor, action) => (action === 'read' || action === 'list') && isAdmin(actor),
);

export interface ApiTokenResource extends Resource {
  type: 'api_token';
  ownerId: string;
}
registerPolicy<ApiTokenResource>('api_token', (actor, action, r) => {
  if (!isSignedIn(actor) || actor.tokenScopes) return false; // tokens are managed in the browser only
  if (r.ownerId === actor.personId) return true;
  return isAdmin(actor) && (action === 'read' || action === 'list' || action === 'delete');
});

export { pathWithin };
