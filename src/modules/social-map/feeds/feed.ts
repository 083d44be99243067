import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { hasRole, memberOf } from '../../../core/permissions/actor.ts';
import { can, type Resource, registerPolicy, requireAccess } from '../../../core/permissions/can.ts';
import type { AreaRef } from '../asset.ts';
import { isEditorFor, isSignedIn } from '../policy.ts';
import type { FeedRowWithRefs } from './feeds.repository.ts';
import type { FeedPublisherRole, FeedRunRow, FeedRunState, FeedState } from './feeds.tables.ts';
import './i18n.ts';

// A calendar feed (agenda-koppeling) as the services hand it out, and who may do what with it:
// its owner (the person, or a member of the organisation) and the editors of its area.

export interface Feed {
  id: string;
  name: string;
  url: string;
  area: AreaRef;
  themes: string[];
  targetGroups: string[];
  ownerOrganisationId: string | null;
  ownerOrganisationName: string | null;
  ownerPersonId: string | null;
  ownerPersonName: string | null;
  publisherRole: FeedPublisherRole;
  intervalMinutes: number;
  state: FeedState;
  /** A message key (sm.feeds.problem.*) when the last fetch failed. */
  problemKey: string | null;
  /** The fetcher's own words about the problem (technical, English). */
  problemDetail: string | null;
  consecutiveFailures: number;
  lastFetchedAt: Date | null;
  lastSucceededAt: Date | null;
  nextFetchAt: Date | null;
  itemCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface FeedRun {
  id: string;
  startedAt: Date;
  state: FeedRunState;
  problemKey: string | null;
  problemDetail: string | null;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  warnings: string[];
}

export function toFeed(r: FeedRowWithRefs): Feed {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    area: { id: r.area_id, code: r.area_code, name: r.area_name, path: r.area_path },
    themes: r.themes,
    targetGroups: r.target_groups,
    ownerOrganisationId: r.owner_organisation_id,
    ownerOrganisationName: r.owner_organisation_name,
    ownerPersonId: r.owner_person_id,
    ownerPersonName: r.owner_person_name,
    publisherRole: r.publisher_role,
    intervalMinutes: r.interval_minutes,
    state: r.state,
    problemKey: r.problem_key,
    problemDetail: r.problem_detail,
    consecutiveFailures: r.consecutive_failures,
    lastFetchedAt: r.last_fetched_at,
    lastSucceededAt: r.last_succeeded_at,
    nextFetchAt: r.next_fetch_at,
    itemCount: r.item_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toFeedRun(r: FeedRunRow): FeedRun {
  return {
    id: r.id,
    startedAt: r.started_at,
    state: r.state,
    problemKey: r.problem_key,
    problemDetail: r.problem_detail,
    created: r.created,
    updated: r.updated,
    removed: r.removed,
    unchanged: r.unchanged,
    warnings: Array.isArray(r.warnings) ? r.warnings : [],
  };
}

export interface FeedResource extends Resource {
  type: 'social_map_feed';
  areaPath: string;
  ownerOrganisationId: string | null;
  ownerPersonId: string | null;
}

export function feedResource(r: FeedRowWithRefs): FeedResource {
  return {
    type: 'social_map_feed',
    municipalityId: r.municipality_id,
    areaPath: r.area_path,
    ownerOrganisationId: r.owner_organisation_id,
    ownerPersonId: r.owner_person_id,
  };
}

export function ownsFeed(
  actor: Actor,
  r: { ownerOrganisationId: string | null; ownerPersonId: string | null },
): boolean {
  if (r.ownerPersonId !== null && r.ownerPersonId === actor.personId) return true;
  return r.ownerOrganisationId !== null && memberOf(actor, r.ownerOrganisationId);
}

registerPolicy<FeedResource>('social_map_feed', (actor, action, r) => {
  // Listing is filtered by the service; the system (scheduler, jobs) lists too.
  if (action === 'list') return isSignedIn(actor) || actor.grants.length > 0;
  if (isEditorFor(actor, r.areaPath)) return true;
  if (!isSignedIn(actor)) return false;
  if (action === 'create') {
    // A person registers for themselves, or for an organisation they belong to.
    if (r.ownerOrganisationId !== null) return memberOf(actor, r.ownerOrganisationId);
    return r.ownerPersonId === actor.personId;
  }
  return ownsFeed(actor, r);
});

/** What the actor cannot see does not exist for them; what they see but may not change is forbidden. */
export function requireFeedAccess(actor: Actor, action: 'read' | 'update' | 'delete', r: FeedResource): void {
  if (!can(actor, 'read', r)) throw new NotFoundError('feed');
  requireAccess(actor, action, r);
}

/** Editors of the whole municipality see every feed; area officers those in their areas. */
export function seesAllFeeds(actor: Actor): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
}
