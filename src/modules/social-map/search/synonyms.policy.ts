import { hasRole } from '../../../core/permissions/actor.ts';
import { type Resource, registerPolicy } from '../../../core/permissions/can.ts';

// The synonym list of the search: anyone may see which words count as the same (the search
// says "ook gezocht op …"); coordinators and administrators edit it for the municipality.

export interface SynonymsResource extends Resource {
  type: 'social_map_synonyms';
}

registerPolicy<SynonymsResource>('social_map_synonyms', (actor, action) => {
  if (action === 'read' || action === 'list') return true;
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
});
