import { type Actor, coversArea, hasRole } from '../../../core/permissions/actor.ts';
import { type Resource, registerPolicy } from '../../../core/permissions/can.ts';

// Who may do what in the programme. Anyone submits a project idea (residents without an account,
// confirmed by e-mail); coordinators and administrators decide and configure the framework;
// assessors (listed in the programme settings) and coordinators score; area officers see the
// ideas of their areas; a signed-in submitter sees their own.

export interface ProjectIdeaResource extends Resource {
  type: 'project_idea';
  areaPath: string;
  submitterPersonId: string | null;
  /** The actor is listed as an assessor in the programme settings. */
  assessor: boolean;
}

export interface ProjectAssessmentResource extends Resource {
  type: 'project_assessment';
  assessor: boolean;
}

export interface ProjectDecisionResource extends Resource {
  type: 'project_decision';
}

export interface EffectFrameworkResource extends Resource {
  type: 'effect_framework';
}

export const programmeOffice = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');

registerPolicy<ProjectIdeaResource>('project_idea', (actor, action, r) => {
  if (action === 'create') return true;
  if (action === 'read' || action === 'list') {
    return (
      programmeOffice(actor) ||
      r.assessor ||
      coversArea(actor, r.areaPath) ||
      (r.submitterPersonId !== null && r.submitterPersonId === actor.personId)
    );
  }
  // Linking an idea to goals of a plan.
  if (action === 'update') return programmeOffice(actor) || r.assessor;
  return false;
});

registerPolicy<ProjectAssessmentResource>('project_assessment', (actor, action, r) => {
  if (action === 'create' || action === 'update') return hasRole(actor, 'coordinator') || r.assessor;
  return programmeOffice(actor) || r.assessor;
});

registerPolicy<ProjectDecisionResource>('project_decision', (actor, action) =>
  action === 'read' || action === 'list'
    ? programmeOffice(actor)
    : action === 'create' && programmeOffice(actor),
);

registerPolicy<EffectFrameworkResource>('effect_framework', (actor, action) =>
  action === 'read' || action === 'list' ? true : action === 'update' && programmeOffice(actor),
);
