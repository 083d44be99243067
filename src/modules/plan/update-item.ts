import { changedFields, runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { ConflictError, NotFoundError } from '../../core/errors.ts';
import { can, requireAccess } from '../../core/permissions/can.ts';
import { levelUnder } from './create-item.ts';
import './i18n.ts';
import { planDb, planTx } from './plan.tables.ts';
import type { PlanItem } from './plan.ts';
import { itemResource, type PlanContext, requirePlan } from './plan-access.ts';
import { parsePlanInput, type UpdateItemInput, updateItemInput } from './plan-input.ts';
import { areasByCodes, checkPeopleAndOrganisations, checkPeriod } from './plan-references.ts';
import {
  findItemRow,
  type ItemRowWithNames,
  loadItem,
  nextItemPosition,
  replaceItemAreas,
  replaceItemLinks,
  touchPlan,
  updateItemRow,
} from './plans.repository.ts';

export type { UpdateItemInput };
export { updateItemInput };

/** The item moved on since the version the editor started from; carries the item as it is now. */
export class ItemConflictError extends ConflictError {
  readonly current: PlanItem;
  constructor(current: PlanItem) {
    super('plan.error.conflict');
    this.current = current;
  }
}

/** The item of this plan, readable by the actor, or NotFoundError. */
export async function requireItem(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
): Promise<{ p: PlanContext; row: ItemRowWithNames }> {
  const p = await requirePlan(ctx.db, ctx.actor, planId);
  const row = await findItemRow(planDb(ctx.db), ctx.actor.municipalityId, itemId);
  if (!row || row.plan_id !== p.row.id) throw new NotFoundError('plan_item');
  return { p, row };
}

export function rowResource(p: PlanContext, row: ItemRowWithNames) {
  return itemResource(p.resource, {
    level: row.level,
    ownerOrganisationId: row.owner_organisation_id,
    contactPersonId: row.contact_person_id,
  });
}

async function currentItem(ctx: ServiceContext, itemId: string): Promise<PlanItem> {
  const item = await loadItem(planDb(ctx.db), ctx.actor.municipalityId, itemId);
  if (!item) throw new NotFoundError('plan_item');
  return item;
}

/**
 * A manager, or a co-author for their own part, changes an item. Only the fields given change.
 * The input names the version the editor started from; when the item moved on, nothing is
 * written and ItemConflictError carries the item as it is now, so the editor can choose.
 * A co-author cannot hand their part to someone else (it would no longer be theirs to edit).
 */
export async function updateItem(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  input: UpdateItemInput,
): Promise<PlanItem> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireItem(ctx, planId, itemId);
  requireAccess(ctx.actor, 'update', rowResource(p, row));
  const data = parsePlanInput(updateItemInput, input);
  if (data.version !== row.version) throw new ItemConflictError(await currentItem(ctx, row.id));

  const next = {
    parentId: data.parentId !== undefined ? data.parentId : row.parent_id,
    title: data.title ?? row.title,
    description: data.description ?? row.description,
    ownerOrganisationId:
      data.ownerOrganisationId !== undefined ? data.ownerOrganisationId : row.owner_organisation_id,
    contactPersonId: data.contactPersonId !== undefined ? data.contactPersonId : row.contact_person_id,
    startDate: data.startDate !== undefined ? data.startDate : row.start_date,
    endDate: data.endDate !== undefined ? data.endDate : row.end_date,
    status: data.status ?? row.status,
    themes: data.themes ?? row.themes,
    weight: data.weight !== undefined ? data.weight : row.weight === null ? null : Number(row.weight),
    progress: data.progress !== undefined ? data.progress : row.progress,
    position: data.position ?? row.position,
  };
  const moves = (next.parentId ?? null) !== row.parent_id;
  if (moves) await levelUnder(ctx, p.row.id, next.parentId, row.level);
  const after = itemResource(p.resource, {
    level: row.level,
    ownerOrganisationId: next.ownerOrganisationId,
    contactPersonId: next.contactPersonId,
  });
  if (!can(ctx.actor, 'update', p.resource)) requireAccess(ctx.actor, 'update', after);
  checkPeriod(next.startDate, next.endDate, data.endDate !== undefined ? 'endDate' : 'startDate');
  await checkPeopleAndOrganisations(ctx.db, municipalityId, {
    organisationId: data.ownerOrganisationId,
    personId: data.contactPersonId,
  });
  const areas = data.areaCodes ? await areasByCodes(ctx.db, municipalityId, data.areaCodes) : undefined;
  const before = {
    parentId: row.parent_id,
    title: row.title,
    description: row.description,
    ownerOrganisationId: row.owner_organisation_id,
    contactPersonId: row.contact_person_id,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
    themes: row.themes,
    weight: row.weight === null ? null : Number(row.weight),
    progress: row.progress,
    position: row.position,
  };

  try {
    await runWrite(ctx, async (wtx, audit) => {
      const tx = planTx(wtx);
      const position =
        moves && data.position === undefined
          ? await nextItemPosition(tx, municipalityId, p.row.id, next.parentId ?? null)
          : next.position;
      const ok = await updateItemRow(tx, municipalityId, row.id, data.version, {
        ...next,
        parentId: next.parentId ?? null,
        position,
      });
      if (!ok) throw new ConflictError('plan.error.conflict');
      if (areas)
        await replaceItemAreas(
          tx,
          municipalityId,
          row.id,
          areas.map((a) => a.id),
        );
      if (data.links) await replaceItemLinks(tx, municipalityId, row.id, data.links);
      await touchPlan(tx, municipalityId, p.row.id);
      audit({
        action: 'plan.item.update',
        resourceType: 'plan_item',
        resourceId: row.id,
        changes: {
          ...changedFields(before, { ...next, position }),
          ...(areas ? { areaCodes: areas.map((a) => a.code) } : {}),
          ...(data.links ? { links: data.links.length } : {}),
          version: data.version + 1,
        },
      });
    });
  } catch (e) {
    // Someone saved between our read and our write: tell the editor what is there now.
    if (e instanceof ConflictError && !(e instanceof ItemConflictError))
      throw new ItemConflictError(await currentItem(ctx, row.id));
    throw e;
  }
  return currentItem(ctx, row.id);
}
