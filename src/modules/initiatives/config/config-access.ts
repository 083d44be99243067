import type { Actor } from '../../../core/permissions/actor.ts';
import { type Action, ForbiddenError, requireAccess } from '../../../core/permissions/can.ts';
import { isInitiativesOffice, mayRegisterOnBehalf } from '../policy.ts';
import './config-i18n.ts';

// Who may do what with the configuration: administrators and coordinators change it (policy.ts,
// resource initiative_config); kinds, categories and settings are public; the routing rules and
// the municipality's texts to residents are read by staff and partners (rules name people).

export function requireConfigChange(
  actor: Actor,
  action: Extract<Action, 'create' | 'update' | 'delete'>,
): void {
  requireAccess(actor, action, { type: 'initiative_config', municipalityId: actor.municipalityId });
}

/** Staff and partners who work with items (and the office) may read rules and templates. */
export function requireConfigStaffRead(actor: Actor): void {
  requireAccess(actor, 'list', { type: 'initiative_config', municipalityId: actor.municipalityId });
  if (!(isInitiativesOffice(actor) || mayRegisterOnBehalf(actor)))
    throw new ForbiddenError('list', 'initiative_config');
}

export function mayChangeConfig(actor: Actor): boolean {
  return (
    isInitiativesOffice(actor) && (actor.tokenScopes === undefined || actor.tokenScopes.includes('write'))
  );
}
