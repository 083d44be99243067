import type { Actor } from '../../core/permissions/actor.ts';
import { coversArea, hasRole, memberOf, pathWithin } from '../../core/permissions/actor.ts';
import { type Resource, registerPolicy } from '../../core/permissions/can.ts';
import type { AssetKind } from './asset.ts';
import type { PublisherRole } from './editorial-policy.ts';

// Who may do what on the social map. Imported by every service file of the module, so the
// registration has always happened before a service calls requireAccess.

/** Editors: area officers of the item's subtree, coordinators and administrators. */
export function isEditorFor(actor: Actor, areaPath: string): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator') || coversArea(actor, areaPath);
}

/** Editors somewhere: who has a moderation queue at all. */
export function isEditorAnywhere(actor: Actor): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator') || hasRole(actor, 'area_officer');
}

export function isSignedIn(actor: Actor): boolean {
  return actor.personId !== null;
}

/** May the actor write for this organisation (partner or department officer, within their area)? */
export function writesForOrganisation(
  actor: Actor,
  organisationId: string | null,
  areaPath: string,
): boolean {
  if (!organisationId) return false;
  return actor.grants.some(
    (g) =>
      g.organisationId === organisationId &&
      (g.role === 'partner' || g.role === 'department_officer') &&
      (g.areaPath === undefined || pathWithin(areaPath, g.areaPath)),
  );
}

export interface AssetOwnership {
  areaPath: string;
  ownerPersonId: string | null;
  ownerOrganisationId: string | null;
}

export function isOwner(actor: Actor, r: AssetOwnership): boolean {
  if (r.ownerPersonId !== null && r.ownerPersonId === actor.personId) return true;
  return r.ownerOrganisationId !== null && memberOf(actor, r.ownerOrganisationId);
}

export function publisherRole(actor: Actor, r: AssetOwnership): PublisherRole {
  if (isEditorFor(actor, r.areaPath)) return 'editor';
  if (writesForOrganisation(actor, r.ownerOrganisationId, r.areaPath)) return 'organisation';
  return isSignedIn(actor) ? 'contributor' : 'public';
}

export interface AssetResource extends Resource, AssetOwnership {
  type: 'asset';
  kind: AssetKind;
  /** Shown to everyone: published, not hidden, not stale or expired, consent for key persons. */
  publiclyVisible: boolean;
  /** 'submission': a resident without an account proposes a new item (confirmed by e-mail). */
  channel?: 'submission' | undefined;
}

registerPolicy<AssetResource>('asset', (actor, action, r) => {
  if (action === 'list') return true; // list services filter what each actor may see
  const editor = isEditorFor(actor, r.areaPath);
  if (action === 'read') {
    if (r.publiclyVisible || editor) return true;
    // Key persons without consent are for staff only, not even for their "owner" account.
    return r.kind !== 'key_person' && isOwner(actor, r);
  }
  if (action === 'create') {
    // Key persons are personal data of someone else: only editors record them.
    if (r.kind === 'key_person') return editor;
    if (r.channel === 'submission') return true;
    if (!isSignedIn(actor)) return false;
    // Writing on behalf of an organisation needs membership (or editorship).
    return (
      r.ownerOrganisationId === null ||
      editor ||
      writesForOrganisation(actor, r.ownerOrganisationId, r.areaPath)
    );
  }
  if (action === 'update')
    return editor || (r.kind !== 'key_person' && isSignedIn(actor) && isOwner(actor, r));
  return editor; // delete (archive)
});

export interface AssetQueueResource extends Resource {
  type: 'asset_queue';
  /** The area of the queue entry; undefined for the queue as a whole. */
  areaPath?: string | undefined;
}

registerPolicy<AssetQueueResource>('asset_queue', (actor, action, r) => {
  if (r.areaPath === undefined) return (action === 'list' || action === 'read') && isEditorAnywhere(actor);
  return isEditorFor(actor, r.areaPath);
});

export interface EditorialPolicyResource extends Resource {
  type: 'editorial_policy';
  areaPath: string;
}

registerPolicy<EditorialPolicyResource>('editorial_policy', (actor, action, r) => {
  // How the map of an area is edited is public; changing it is for editors of that area.
  if (action === 'read' || action === 'list') return true;
  return action === 'update' && isEditorFor(actor, r.areaPath);
});
