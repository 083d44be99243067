import { type Resource, registerPolicy } from '../../../core/permissions/can.ts';
import { isEditorFor } from '../policy.ts';

// The officer's overview of an area: for staff who edit that area (area officers of its
// subtree, coordinators, administrators). It shows key persons and the queue, so not public.

export interface OverviewResource extends Resource {
  type: 'social_map_overview';
  areaPath: string;
}

registerPolicy<OverviewResource>('social_map_overview', (actor, action, r) => {
  if (action !== 'read' && action !== 'list') return false;
  return isEditorFor(actor, r.areaPath);
});
