import type { Actor } from '../../core/permissions/actor.ts';
import { coversArea, hasRole, memberOf } from '../../core/permissions/actor.ts';
import { type Action, type Resource, registerPolicy } from '../../core/permissions/can.ts';

// Who may do what with residents' ideas, initiatives, signals and questions. One policy file for
// the module, imported by every service so the registration has happened before requireAccess.
// - Anyone submits (residents without an account); the resident follows their own item by the
//   private link (the services check the token, not this policy).
// - A department (department_officer) or partner organisation sees and handles what is routed
//   to it; area officers see and handle the items of their areas; coordinators and
//   administrators everything in the municipality.
// - Configuration (kinds, categories, routing rules, templates, settings): administrators and
//   coordinators. Budgets: coordinators set them up and record payments; area officers grant
//   from the budget of their areas. Wijksignalen: area officers of the area and coordinators.

export interface InitiativeItemResource extends Resource {
  type: 'initiative_item';
  areaPath: string;
  ownerOrganisationId: string;
  ownerPersonId: string | null;
  registeredBy: string | null;
}

export interface InitiativeConfigResource extends Resource {
  type: 'initiative_config';
}

export interface InitiativeBudgetResource extends Resource {
  type: 'initiative_budget';
  areaPath: string;
}

/** Granting from a budget, recording payments and reviewing an accounting. */
export interface InitiativeGrantResource extends Resource {
  type: 'initiative_grant';
  areaPath: string;
  /** 'grant' and 'review' are for the area's officers; 'pay' for the finance side (coordinators). */
  step: 'grant' | 'pay' | 'review';
}

export interface NeighbourhoodSignalResource extends Resource {
  type: 'neighbourhood_signal';
  areaPath: string;
}

export const isInitiativesOffice = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');

/** Staff or partners who may register items on behalf of residents (phone, counter, street). */
export function mayRegisterOnBehalf(actor: Actor): boolean {
  return (
    isInitiativesOffice(actor) ||
    hasRole(actor, 'area_officer') ||
    hasRole(actor, 'department_officer') ||
    hasRole(actor, 'partner')
  );
}

/** Does the item's owner organisation include the actor (department officer or partner)? */
export function handlesItem(actor: Actor, item: InitiativeItemResource): boolean {
  if (item.ownerPersonId !== null && item.ownerPersonId === actor.personId) return true;
  return memberOf(actor, item.ownerOrganisationId);
}

export function mayReadItem(actor: Actor, item: InitiativeItemResource): boolean {
  return (
    isInitiativesOffice(actor) ||
    coversArea(actor, item.areaPath) ||
    handlesItem(actor, item) ||
    (item.registeredBy !== null && item.registeredBy === actor.personId)
  );
}

/** Handling: transitions, answers, questions, transfers, category/location changes. */
export function mayHandleItem(actor: Actor, item: InitiativeItemResource): boolean {
  return isInitiativesOffice(actor) || coversArea(actor, item.areaPath) || handlesItem(actor, item);
}

export function itemPolicy(actor: Actor, action: Action, r: InitiativeItemResource): boolean {
  if (action === 'create') return true;
  if (action === 'read') return mayReadItem(actor, r);
  // 'list' is asked with the actor's own scope; the list query filters rows by the same rules.
  if (action === 'list') return mayRegisterOnBehalf(actor);
  if (action === 'update') return mayHandleItem(actor, r);
  // Nothing is ever deleted by hand: a department can only hand on, answer or close.
  return false;
}

registerPolicy<InitiativeItemResource>('initiative_item', itemPolicy);

registerPolicy<InitiativeConfigResource>('initiative_config', (actor, action) =>
  action === 'read' || action === 'list' ? true : isInitiativesOffice(actor),
);

registerPolicy<InitiativeBudgetResource>('initiative_budget', (actor, action) => {
  // The budget's amount, rules and remaining are public (published rules).
  if (action === 'read' || action === 'list') return true;
  return isInitiativesOffice(actor) && action !== 'delete';
});

registerPolicy<InitiativeGrantResource>('initiative_grant', (actor, action, r) => {
  if (action === 'read' || action === 'list')
    return isInitiativesOffice(actor) || coversArea(actor, r.areaPath);
  if (r.step === 'pay') return isInitiativesOffice(actor);
  return isInitiativesOffice(actor) || coversArea(actor, r.areaPath);
});

registerPolicy<NeighbourhoodSignalResource>('neighbourhood_signal', (actor, action, r) => {
  if (action === 'delete') return false;
  return isInitiativesOffice(actor) || coversArea(actor, r.areaPath);
});
