import { type Actor, hasRole, memberOf } from '../../../core/permissions/actor.ts';
import { type Action, type Resource, registerPolicy } from '../../../core/permissions/can.ts';

// Who may see and change planning cycles. The dates of a planning and control cycle are public
// (the council's calendar, a corporation's year plan); an organisation keeps its own cycles, the
// programme office (coordinators) and administrators keep all, including the municipality's own.

export interface PlanningCycleResource extends Resource {
  type: 'planning_cycle';
  /** null: the municipality's own cycle. */
  organisationId: string | null;
}

export function mayKeepCycle(actor: Actor, organisationId: string | null): boolean {
  if (hasRole(actor, 'administrator') || hasRole(actor, 'coordinator')) return true;
  return organisationId !== null && memberOf(actor, organisationId);
}

/** May the actor keep any cycle at all (the "new cycle" action on the list page)? */
export function mayKeepSomeCycle(actor: Actor): boolean {
  return (
    hasRole(actor, 'administrator') ||
    hasRole(actor, 'coordinator') ||
    actor.grants.some((g) => g.organisationId !== undefined)
  );
}

function cyclePolicy(actor: Actor, action: Action, r: PlanningCycleResource): boolean {
  if (action === 'read' || action === 'list') return true;
  return mayKeepCycle(actor, r.organisationId);
}

registerPolicy<PlanningCycleResource>('planning_cycle', cyclePolicy);
