import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can, requireAccess } from '../../core/permissions/can.ts';
import { planDb } from './plan.tables.ts';
import type { ItemLevel, Plan, PlanPermissions } from './plan.ts';
import { childLevel } from './plan.ts';
import {
  findPlanRow,
  type MemberWithRef,
  membersOf,
  type PlanRowWithArea,
  toPlan,
} from './plans.repository.ts';
import { memberRoleOf, type PlanItemResource, type PlanResource } from './policy.ts';

// Loading a plan for an actor: what they may not read does not exist for them (NotFoundError);
// what they may read comes with the permissions the pages and the API show actions by.

export interface PlanContext {
  row: PlanRowWithArea;
  plan: Plan;
  resource: PlanResource;
  members: MemberWithRef[];
}

export function planResource(row: PlanRowWithArea, members: MemberWithRef[]): PlanResource {
  return {
    type: 'plan',
    municipalityId: row.municipality_id,
    areaPath: row.area_path,
    state: row.state,
    members: members.map((m) => m.membership),
  };
}

export interface ItemRef {
  id: string;
  level: ItemLevel;
  ownerOrganisationId: string | null;
  contactPersonId: string | null;
}

export function itemResource(plan: PlanResource, item: Omit<ItemRef, 'id'>): PlanItemResource {
  return {
    type: 'plan_item',
    municipalityId: plan.municipalityId,
    plan,
    level: item.level,
    ownerOrganisationId: item.ownerOrganisationId,
    contactPersonId: item.contactPersonId,
  };
}

/** The plan and its members, or NotFoundError when it does not exist or the actor may not read it. */
export async function requirePlan(db: Db, actor: Actor, planId: string): Promise<PlanContext> {
  const row = await findPlanRow(planDb(db), actor.municipalityId, planId);
  if (!row) throw new NotFoundError('plan');
  const members = (await membersOf(planDb(db), actor.municipalityId, [row.id])).get(row.id) ?? [];
  const resource = planResource(row, members);
  if (!can(actor, 'read', resource)) throw new NotFoundError('plan');
  return { row, plan: toPlan(row), resource, members };
}

/** For writes to the plan itself: readable (else 404) and manageable (else 403). */
export async function requireManagedPlan(db: Db, actor: Actor, planId: string): Promise<PlanContext> {
  const p = await requirePlan(db, actor, planId);
  requireAccess(actor, 'update', p.resource);
  return p;
}

/** What the actor may do with the plan and each of its items. Pure. */
export function planPermissions(
  actor: Actor,
  plan: PlanResource,
  items: ReadonlyArray<ItemRef>,
): PlanPermissions {
  const read = can(actor, 'read', plan);
  const manage = read && can(actor, 'update', plan);
  const coAuthor = read && memberRoleOf(actor, plan.members) === 'co_author';
  const ownOrganisations = actor.grants
    .map((g) => g.organisationId)
    .filter((id): id is string => Boolean(id));
  const editableItemIds = read
    ? items.filter((i) => can(actor, 'update', itemResource(plan, i))).map((i) => i.id)
    : [];
  const addItemUnder = items
    .filter((i) => {
      const level = childLevel(i.level);
      if (level === null || !read) return false;
      if (manage) return true;
      return (
        coAuthor &&
        ownOrganisations.some((org) =>
          can(
            actor,
            'create',
            itemResource(plan, { level, ownerOrganisationId: org, contactPersonId: null }),
          ),
        )
      );
    })
    .map((i) => i.id);
  return { read, editPlan: manage, manage, editableItemIds, addItemUnder };
}

async function itemRefs(db: Db, municipalityId: string, planId: string): Promise<ItemRef[]> {
  const rows = await planDb(db)
    .selectFrom('plan_items')
    .select(['id', 'level', 'owner_organisation_id', 'contact_person_id'])
    .where('municipality_id', '=', municipalityId)
    .where('plan_id', '=', planId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    level: r.level,
    ownerOrganisationId: r.owner_organisation_id,
    contactPersonId: r.contact_person_id,
  }));
}

/**
 * The plan with what the actor may do with it, for the other parts of the module (reviews,
 * cycles, financing, reports). NotFoundError when the actor may not read it.
 */
export async function getPlanAccess(
  db: Db,
  actor: Actor,
  planId: string,
): Promise<{ plan: Plan; permissions: PlanPermissions }> {
  const p = await requirePlan(db, actor, planId);
  const items = await itemRefs(db, actor.municipalityId, p.row.id);
  return { plan: p.plan, permissions: planPermissions(actor, p.resource, items) };
}
