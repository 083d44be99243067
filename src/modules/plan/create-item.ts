import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can, requireAccess } from '../../core/permissions/can.ts';
import './i18n.ts';
import { planDb, planTx } from './plan.tables.ts';
import { childLevel, type ItemLevel, type PlanItem } from './plan.ts';
import { itemResource, requirePlan } from './plan-access.ts';
import { type CreateItemInput, createItemInput, parsePlanInput } from './plan-input.ts';
import { areasByCodes, checkPeopleAndOrganisations, checkPeriod } from './plan-references.ts';
import {
  findItemRow,
  insertItem,
  loadItem,
  nextItemPosition,
  replaceItemAreas,
  replaceItemLinks,
  touchPlan,
} from './plans.repository.ts';

export type { CreateItemInput };
export { createItemInput };

/** The organisation a co-author writes for when they name none: their only one. */
function onlyOrganisation(actor: Actor): string | null {
  const orgs = new Set(actor.grants.map((g) => g.organisationId).filter((id): id is string => Boolean(id)));
  return orgs.size === 1 ? ([...orgs][0] ?? null) : null;
}

/** The level of a new item under this parent (null: a goal), or a ValidationError. */
export async function levelUnder(
  ctx: ServiceContext,
  planId: string,
  parentId: string | null | undefined,
  asked: ItemLevel | undefined,
): Promise<ItemLevel> {
  let parentLevel: ItemLevel | null = null;
  if (parentId) {
    const parent = await findItemRow(planDb(ctx.db), ctx.actor.municipalityId, parentId);
    if (!parent || parent.plan_id !== planId)
      throw new ValidationError([{ field: 'parentId', key: 'plan.validation.parent' }]);
    parentLevel = parent.level;
  }
  const level = childLevel(parentLevel);
  if (level === null) throw new ValidationError([{ field: 'parentId', key: 'plan.validation.noChildren' }]);
  if (asked !== undefined && asked !== level)
    throw new ValidationError([{ field: 'level', key: 'plan.validation.level' }]);
  return level;
}

/**
 * Adds a goal, an action line under a goal, or an intervention/project under an action line.
 * Managers add anything; co-authors add interventions owned by their organisation (by default
 * their only one). The programme calls this to turn an accepted project into an intervention.
 */
export async function createItem(
  ctx: ServiceContext,
  planId: string,
  input: CreateItemInput,
): Promise<PlanItem> {
  const municipalityId = ctx.actor.municipalityId;
  const p = await requirePlan(ctx.db, ctx.actor, planId);
  const data = parsePlanInput(createItemInput, input);
  const level = await levelUnder(ctx, p.row.id, data.parentId, data.level);
  const manager = can(ctx.actor, 'update', p.resource);
  const ownerOrganisationId =
    data.ownerOrganisationId !== undefined
      ? data.ownerOrganisationId
      : manager
        ? null
        : onlyOrganisation(ctx.actor);
  const contactPersonId = data.contactPersonId ?? null;
  const resource = itemResource(p.resource, { level, ownerOrganisationId, contactPersonId });
  if (!can(ctx.actor, 'create', resource)) {
    // A co-author who names another organisation learns which field to fix.
    if (
      !manager &&
      can(ctx.actor, 'create', { ...resource, ownerOrganisationId: onlyOrganisation(ctx.actor) })
    )
      throw new ValidationError([{ field: 'ownerOrganisationId', key: 'plan.validation.ownOrganisation' }]);
    requireAccess(ctx.actor, 'create', resource);
  }
  checkPeriod(data.startDate, data.endDate, 'endDate');
  await checkPeopleAndOrganisations(ctx.db, municipalityId, {
    organisationId: ownerOrganisationId,
    personId: contactPersonId,
  });
  const areas = await areasByCodes(ctx.db, municipalityId, data.areaCodes);

  const itemId = await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const parentId = data.parentId ?? null;
    const id = await insertItem(tx, municipalityId, {
      planId: p.row.id,
      parentId,
      level,
      position: await nextItemPosition(tx, municipalityId, p.row.id, parentId),
      title: data.title,
      description: data.description,
      ownerOrganisationId,
      contactPersonId,
      startDate: data.startDate ?? null,
      endDate: data.endDate ?? null,
      status: data.status,
      themes: data.themes,
      weight: data.weight ?? null,
      progress: data.progress ?? null,
    });
    await replaceItemAreas(
      tx,
      municipalityId,
      id,
      areas.map((a) => a.id),
    );
    await replaceItemLinks(tx, municipalityId, id, data.links);
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: 'plan.item.create',
      resourceType: 'plan_item',
      resourceId: id,
      changes: { plan: p.row.id, level, title: data.title, parentId, ownerOrganisationId },
    });
    return id;
  });
  const item = await loadItem(planDb(ctx.db), municipalityId, itemId);
  if (!item) throw new NotFoundError('plan_item');
  return item;
}
