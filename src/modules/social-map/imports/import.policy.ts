import { type Resource, registerPolicy } from '../../../core/permissions/can.ts';
import { isEditorFor } from '../policy.ts';

// Imports publish at once, anywhere in the municipality: for editors of the whole municipality
// (administrators, coordinators), the same rule importRecords applies.

export interface ImportResource extends Resource {
  type: 'social_map_import';
  /** The path of the municipality's root area. */
  areaPath: string;
}

registerPolicy<ImportResource>('social_map_import', (actor, _action, r) => isEditorFor(actor, r.areaPath));
