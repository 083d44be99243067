import type { Actor } from '../../core/permissions/actor.ts';
import { coversArea, hasRole, memberOf } from '../../core/permissions/actor.ts';
import { type Action, type Resource, registerPolicy } from '../../core/permissions/can.ts';
import type { ItemLevel, MemberRole, PlanState } from './plan.ts';

// Who may do what with a wijkplan: one policy for the whole module (plans, items, members,
// review moments, …), imported by every service of the module so the registration has happened
// before a service calls requireAccess. The rules are plain functions so they can be unit tested
// and so the pages can show or hide actions with the same answers.

/** A member as the policy needs it: a person or an organisation, with its role in the plan. */
export interface PlanMembership {
  personId: string | null;
  organisationId: string | null;
  role: MemberRole;
}

export interface PlanResource extends Resource {
  type: 'plan';
  /** Path of the plan's area (a wijk, a gebied, or the municipality's root for the programme). */
  areaPath: string;
  state: PlanState;
  members: PlanMembership[];
}

export interface PlanItemResource extends Resource {
  type: 'plan_item';
  plan: PlanResource;
  level: ItemLevel;
  ownerOrganisationId: string | null;
  contactPersonId: string | null;
}

const rank: Record<MemberRole, number> = { reader: 1, co_author: 2, owner: 3 };

/** The actor's strongest role in the plan: as a person member or through a member organisation. */
export function memberRoleOf(actor: Actor, members: PlanMembership[]): MemberRole | null {
  let best: MemberRole | null = null;
  for (const m of members) {
    const mine =
      (m.personId !== null && actor.personId !== null && m.personId === actor.personId) ||
      (m.organisationId !== null && memberOf(actor, m.organisationId));
    if (mine && (best === null || rank[m.role] > rank[best])) best = m.role;
  }
  return best;
}

/** Staff who manage every plan of their municipality, or of the areas they cover. */
export function isPlanStaff(actor: Actor, areaPath: string): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator') || coversArea(actor, areaPath);
}

/** Adopted, under review and closed plans are public; a draft is for its makers. */
export function isPublicState(state: PlanState): boolean {
  return state !== 'draft';
}

export function mayReadPlan(actor: Actor, plan: PlanResource): boolean {
  if (actor.municipalityId !== plan.municipalityId) return false;
  if (isPublicState(plan.state)) return true;
  return isPlanStaff(actor, plan.areaPath) || memberRoleOf(actor, plan.members) !== null;
}

/** Plan text, state, members, goals and action lines, review moments. */
export function mayManagePlan(actor: Actor, plan: PlanResource): boolean {
  if (actor.municipalityId !== plan.municipalityId) return false;
  return isPlanStaff(actor, plan.areaPath) || memberRoleOf(actor, plan.members) === 'owner';
}

/** A co-author's own part: the item's owner organisation is theirs, or they are its contact. */
export function isOwnPart(
  actor: Actor,
  item: { ownerOrganisationId: string | null; contactPersonId: string | null },
): boolean {
  if (item.contactPersonId !== null && actor.personId !== null && item.contactPersonId === actor.personId)
    return true;
  return item.ownerOrganisationId !== null && memberOf(actor, item.ownerOrganisationId);
}

export function mayEditItem(actor: Actor, item: PlanItemResource): boolean {
  if (mayManagePlan(actor, item.plan)) return true;
  return memberRoleOf(actor, item.plan.members) === 'co_author' && isOwnPart(actor, item);
}

/**
 * Adding an item: managers add anything; co-authors add interventions owned by an organisation
 * of theirs (the parent is an action line; the level is checked by the service).
 */
export function mayAddItem(actor: Actor, item: PlanItemResource): boolean {
  if (mayManagePlan(actor, item.plan)) return true;
  return (
    memberRoleOf(actor, item.plan.members) === 'co_author' &&
    item.level === 'intervention' &&
    item.ownerOrganisationId !== null &&
    memberOf(actor, item.ownerOrganisationId)
  );
}

/** Creating a plan: administrators, coordinators and the area officers of its area. */
export function mayCreatePlan(actor: Actor, areaPath: string): boolean {
  return isPlanStaff(actor, areaPath);
}

function planPolicy(actor: Actor, action: Action, r: PlanResource): boolean {
  if (action === 'list') return true; // the list service filters what each actor may see
  if (action === 'read') return mayReadPlan(actor, r);
  if (action === 'create') return mayCreatePlan(actor, r.areaPath);
  return mayManagePlan(actor, r); // update, delete
}

function itemPolicy(actor: Actor, action: Action, r: PlanItemResource): boolean {
  if (action === 'read' || action === 'list') return mayReadPlan(actor, r.plan);
  if (action === 'create') return mayAddItem(actor, r);
  if (action === 'update') return mayEditItem(actor, r);
  // Removing an item changes the plan's structure: managers, or a co-author for their own intervention.
  return (
    mayManagePlan(actor, r.plan) ||
    (r.level === 'intervention' && mayEditItem(actor, r) && r.ownerOrganisationId !== null)
  );
}

registerPolicy<PlanResource>('plan', planPolicy);
registerPolicy<PlanItemResource>('plan_item', itemPolicy);
