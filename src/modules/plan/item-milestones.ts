import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError } from '../../core/errors.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import './i18n.ts';
import { planDb, planTx } from './plan.tables.ts';
import type { Milestone } from './plan.ts';
import { type MilestoneInput, milestoneInput, parsePlanInput } from './plan-input.ts';
import { touchPlan } from './plans.repository.ts';
import { requireItem, rowResource } from './update-item.ts';

// Milestones of an item: who may edit the item adds, changes and removes them. A leaf without a
// progress of its own takes the share of done milestones (rollup.ts).

export type { MilestoneInput };

async function requireEditableItem(ctx: ServiceContext, planId: string, itemId: string) {
  const found = await requireItem(ctx, planId, itemId);
  requireAccess(ctx.actor, 'update', rowResource(found.p, found.row));
  return found;
}

export async function addMilestone(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  input: MilestoneInput,
): Promise<Milestone> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireEditableItem(ctx, planId, itemId);
  const data = parsePlanInput(milestoneInput, input);
  return runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const last = await tx
      .selectFrom('plan_milestones')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('municipality_id', '=', municipalityId)
      .where('item_id', '=', row.id)
      .executeTakeFirst();
    const created = await tx
      .insertInto('plan_milestones')
      .values({
        municipality_id: municipalityId,
        item_id: row.id,
        title: data.title,
        due_date: data.dueDate ?? null,
        done_on: data.doneOn ?? null,
        position: last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1,
      })
      .returning(['id', 'title', 'due_date', 'done_on'])
      .executeTakeFirstOrThrow();
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: 'plan.milestone.add',
      resourceType: 'plan_item',
      resourceId: row.id,
      changes: { milestoneId: created.id, title: data.title, dueDate: data.dueDate ?? null },
    });
    return { id: created.id, title: created.title, dueDate: created.due_date, doneOn: created.done_on };
  });
}

/** Changes a milestone (typically: marks it done), or removes it when input is null. */
export async function changeMilestone(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  milestoneId: string,
  input: MilestoneInput | null,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireEditableItem(ctx, planId, itemId);
  const current = await planDb(ctx.db)
    .selectFrom('plan_milestones')
    .select(['id', 'title', 'due_date', 'done_on'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', row.id)
    .where(
      'id',
      '=',
      /^[0-9a-f-]{36}$/i.test(milestoneId) ? milestoneId : '00000000-0000-0000-0000-000000000000',
    )
    .executeTakeFirst();
  if (!current) throw new NotFoundError('plan_milestone');
  const data = input === null ? null : parsePlanInput(milestoneInput, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    if (data === null) {
      await tx
        .deleteFrom('plan_milestones')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', current.id)
        .execute();
    } else {
      await tx
        .updateTable('plan_milestones')
        .set({ title: data.title, due_date: data.dueDate ?? null, done_on: data.doneOn ?? null })
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', current.id)
        .execute();
    }
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: data === null ? 'plan.milestone.remove' : 'plan.milestone.update',
      resourceType: 'plan_item',
      resourceId: row.id,
      changes: {
        milestoneId: current.id,
        title: current.title,
        doneOn: { from: current.done_on, to: data?.doneOn ?? null },
      },
    });
  });
}
