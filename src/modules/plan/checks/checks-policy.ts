import { type Actor, coversArea, hasRole, memberOf } from '../../../core/permissions/actor.ts';
import { type Action, type Resource, registerPolicy } from '../../../core/permissions/can.ts';

// Who may do what with a wijktoets. It is internal advice on a decision in the making: staff of the
// municipality read it (administrators, coordinators, area officers, department officers); a
// department asks (its officers, or coordinators and administrators on its behalf); the area
// officers of an asked area answer for that area; the requester closes it.

export interface NeighbourhoodCheckResource extends Resource {
  type: 'neighbourhood_check';
  requestingOrganisationId: string | null;
  requestedBy: string | null;
}

export interface CheckAnswerResource extends Resource {
  type: 'neighbourhood_check_answer';
  areaPath: string;
}

export function isMunicipalStaff(actor: Actor): boolean {
  return (
    hasRole(actor, 'administrator') ||
    hasRole(actor, 'coordinator') ||
    hasRole(actor, 'area_officer') ||
    hasRole(actor, 'department_officer')
  );
}

/** Departments the actor may ask on behalf of (null: any, for coordinators and administrators). */
export function requestingDepartments(actor: Actor): string[] | null {
  if (hasRole(actor, 'administrator') || hasRole(actor, 'coordinator')) return null;
  return actor.grants.flatMap((g) =>
    g.role === 'department_officer' && g.organisationId ? [g.organisationId] : [],
  );
}

export function mayRequestCheck(actor: Actor, organisationId: string | null): boolean {
  const departments = requestingDepartments(actor);
  if (departments === null) return true;
  return organisationId !== null && departments.includes(organisationId);
}

export function mayAnswerFor(actor: Actor, areaPath: string): boolean {
  return hasRole(actor, 'administrator') || coversArea(actor, areaPath);
}

function checkPolicy(actor: Actor, action: Action, r: NeighbourhoodCheckResource): boolean {
  if (action === 'read' || action === 'list')
    return isMunicipalStaff(actor) || (r.requestedBy !== null && r.requestedBy === actor.personId);
  if (action === 'create') return mayRequestCheck(actor, r.requestingOrganisationId);
  // Update (close) and delete: the requester, their department, coordinators and administrators.
  if (hasRole(actor, 'administrator') || hasRole(actor, 'coordinator')) return true;
  if (r.requestedBy !== null && r.requestedBy === actor.personId) return true;
  return (
    r.requestingOrganisationId !== null && memberOf(actor, r.requestingOrganisationId, 'department_officer')
  );
}

registerPolicy<NeighbourhoodCheckResource>('neighbourhood_check', checkPolicy);
registerPolicy<CheckAnswerResource>('neighbourhood_check_answer', (actor, action, r) =>
  action === 'read' || action === 'list' ? isMunicipalStaff(actor) : mayAnswerFor(actor, r.areaPath),
);
