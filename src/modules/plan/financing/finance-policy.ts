import { hasRole } from '../../../core/permissions/actor.ts';
import { type Resource, registerPolicy } from '../../../core/permissions/can.ts';
import '../policy.ts';

// Financing follows the plan's rules (src/modules/plan/policy.ts): whoever may read a plan reads
// its budget lines, whoever may edit an item edits that item's lines. The programme overview,
// over all plans, is for the programme office and the area officers (decision 021).

export interface ProgrammeFinancesResource extends Resource {
  type: 'plan_programme_finances';
}

registerPolicy<ProgrammeFinancesResource>('plan_programme_finances', (actor, action) => {
  if (action !== 'read' && action !== 'list') return false;
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator') || hasRole(actor, 'area_officer');
});
